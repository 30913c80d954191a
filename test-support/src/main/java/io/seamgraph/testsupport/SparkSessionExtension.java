package io.seamgraph.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects one local {@link SparkSession} per test JVM into test constructors and methods, and stops it when the JVM's
 * tests have run. Starting a session costs seconds here, so every test class shares it: do not stop it, and do not
 * rely on temp views or settings another test class may have left.
 *
 * <pre>{@code
 * @ExtendWith(SparkSessionExtension.class)
 * class NormaliseEmailTest {
 *     @Test
 *     void lower_cases_the_domain(SparkSession spark) { ... }
 * }</pre>
 *
 * <p>The test JVM needs Spark's {@code --add-opens} flags; the root pom's surefire and failsafe {@code argLine} has them.
 */
public final class SparkSessionExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SparkSessionExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SparkSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedSession.class, key -> SharedSession.start(), SharedSession.class)
                .spark();
    }

    /** The session and its warehouse folder, released together. */
    static final class SharedSession implements ExtensionContext.Store.CloseableResource {
        private final SparkSession spark;
        private final Path warehouse;

        private SharedSession(SparkSession spark, Path warehouse) {
            this.spark = spark;
            this.warehouse = warehouse;
        }

        static SharedSession start() {
            Path warehouse;
            try {
                warehouse = Files.createTempDirectory("seamgraph-spark-warehouse-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary Spark warehouse folder", e);
            }
            SparkSession spark = SparkSession.builder()
                    .appName("seamgraph-tests")
                    .master("local[2]")
                    // The default of 200 costs about a second per tiny shuffle on a 2-core machine.
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.sql.adaptive.enabled", "true")
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.warehouse.dir", warehouse.toUri().toString())
                    .getOrCreate();
            return new SharedSession(spark, warehouse);
        }

        SparkSession spark() {
            return spark;
        }

        @Override
        public void close() throws IOException {
            spark.stop();
            try (Stream<Path> paths = Files.walk(warehouse)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
