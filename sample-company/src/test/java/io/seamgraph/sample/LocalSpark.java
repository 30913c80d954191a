package io.seamgraph.sample;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local SparkSession for the whole test JVM, stopped when the JVM's tests are done. The generator finds it and
 * uses it instead of starting its own; tests that read Parquet take it as a parameter.
 */
final class LocalSpark implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalSpark.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SparkSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return session(context);
    }

    static SparkSession session(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
            .getOrComputeIfAbsent("spark", key -> new Holder(), Holder.class).spark;
    }

    private static final class Holder implements ExtensionContext.Store.CloseableResource {
        final SparkSession spark = SparkSession.builder()
            .appName("sample-company-tests")
            .master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();

        @Override
        public void close() {
            spark.stop();
        }
    }
}
