package io.seamgraph.testsupport;

import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs one embedded Neo4j server per test JVM, in a process of its own ({@code java -jar} on the jar named by system
 * property {@code seamgraph.neo4j.server.jar}, which the root pom sets), on a free port with a fresh data folder.
 * The server is stopped when the JVM's tests have run, whichever test class started it.
 *
 * <pre>{@code
 * @ExtendWith(Neo4jServerExtension.class)
 * class CustomerQueriesTest {
 *     @Test
 *     void finds_a_customer(Neo4jServer neo4j) {
 *         try (CypherFixtures graph = CypherFixtures.connect(neo4j)) {
 *             graph.wipe();
 *             graph.load("fixtures/two-customers.cypher");
 *             ...
 * }</pre>
 *
 * <p>A Spring test registers the URI lazily: {@code registry.add("spring.neo4j.uri", Neo4jServerExtension::boltUri)}
 * in a {@code @DynamicPropertySource} method, with this extension listed before Spring's.
 * All test classes share the one database: wipe it ({@link CypherFixtures#wipe()}) before each test that counts.
 *
 * <p>The server's JVM flags can be changed from the Maven command line, e.g.
 * {@code -Dseamgraph.neo4j.server.jvmArgs="-Xmx2g -XX:+UseSerialGC"}.
 */
public final class Neo4jServerExtension implements BeforeAllCallback, ParameterResolver {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Neo4jServerExtension.class);

    /** Mirrors the server held in the root store, for {@link #boltUri()}; the store owns and stops it. */
    private static volatile ServerProcess started;

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Neo4jServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return new Neo4jServer(server(context).boltUri());
    }

    /**
     * The Bolt URI of the server this extension started in this JVM.
     *
     * @throws IllegalStateException if the extension has not run yet
     */
    public static String boltUri() {
        ServerProcess server = started;
        if (server == null) {
            throw new IllegalStateException("No embedded Neo4j server runs in this JVM yet: annotate the test class"
                    + " with @ExtendWith(Neo4jServerExtension.class), before any extension that needs the URI.");
        }
        return server.boltUri();
    }

    private static ServerProcess server(ExtensionContext context) {
        ServerProcess server = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(ServerProcess.class,
                key -> ServerProcess.startJar(ServerJar.locate(), READY_TIMEOUT), ServerProcess.class);
        started = server;
        return server;
    }
}
