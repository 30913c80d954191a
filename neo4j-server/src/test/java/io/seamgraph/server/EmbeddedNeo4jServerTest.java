package io.seamgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import picocli.CommandLine;

/** Option handling without starting Neo4j; test-support's tests start the packaged jar and query it over Bolt. */
class EmbeddedNeo4jServerTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private EmbeddedNeo4jServer parse(Map<String, String> environment, String... args) {
        EmbeddedNeo4jServer server = new EmbeddedNeo4jServer(environment, print(out), print(err));
        new CommandLine(server).parseArgs(args);
        return server;
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    @Test
    void defaults_to_localhost_7687_without_auth_under_the_working_folder() {
        ServerOptions options = parse(Map.of()).options();

        assertThat(options.boltUri()).isEqualTo("bolt://127.0.0.1:7687");
        assertThat(options.authEnabled()).isFalse();
        assertThat(options.dataDirectory()).isEqualTo(Path.of(".seamgraph/neo4j").toAbsolutePath().normalize());
        assertThat(options.pageCacheBytes()).isEqualTo(512L << 20);
        assertThat(options.transactionMemoryTotalBytes()).isEqualTo(1L << 30);
        assertThat(options.transactionMemoryMaxBytes()).isEqualTo(512L << 20);
    }

    @Test
    void port_zero_picks_a_free_port_before_starting() {
        ServerOptions options = parse(Map.of(), "--port", "0").options();

        assertThat(options.port()).isBetween(1, 65_535);
        assertThat(options.boltUri()).isEqualTo("bolt://127.0.0.1:" + options.port());
    }

    @Test
    void settings_enable_bolt_on_the_chosen_address_with_the_memory_limits() {
        ServerOptions options = parse(Map.of(), "--port", "17687", "--page-cache", "256m", "--tx-memory-total", "768m",
                "--tx-memory-max", "128m").options();

        var settings = Neo4jSettings.of(options);

        assertThat(settings).containsEntry(BoltConnector.enabled, true)
                .containsEntry(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 17687))
                .containsEntry(GraphDatabaseSettings.auth_enabled, false)
                .containsEntry(GraphDatabaseSettings.pagecache_memory, 256L << 20)
                .containsEntry(GraphDatabaseSettings.memory_transaction_global_max_size, 768L << 20)
                .containsEntry(GraphDatabaseSettings.memory_transaction_max_size, 128L << 20);
    }

    @Test
    void auth_takes_the_password_from_the_environment() {
        ServerOptions options = parse(Map.of("NEO4J_PASSWORD", "s3cret-enough"), "--auth").options();

        assertThat(options.authEnabled()).isTrue();
        assertThat(Neo4jSettings.of(options)).containsEntry(GraphDatabaseSettings.auth_enabled, true);
    }

    @Test
    void auth_without_a_password_says_how_to_fix_it() {
        assertThatThrownBy(() -> parse(Map.of(), "--auth").options())
                .isInstanceOf(ServerStartException.class)
                .hasMessageContaining("NEO4J_PASSWORD");
    }

    @Test
    void every_invalid_option_is_reported_in_one_message() {
        assertThatThrownBy(() -> parse(Map.of("NEO4J_PASSWORD", "short"), "--auth", "--port", "70000",
                "--tx-memory-total", "64m", "--tx-memory-max", "128m").options())
                .isInstanceOf(ServerStartException.class)
                .hasMessageContaining("--port 70000")
                .hasMessageContaining("at least 8")
                .hasMessageContaining("--tx-memory-max is larger");
    }

    @Test
    void a_wildcard_host_is_announced_as_loopback() {
        assertThat(parse(Map.of(), "--host", "0.0.0.0", "--port", "7000").options().boltUri())
                .isEqualTo("bolt://127.0.0.1:7000");
    }

    @Test
    void help_describes_the_ready_line_and_exits_zero() {
        int exitCode = new CommandLine(new EmbeddedNeo4jServer(Map.of(), print(out), print(err)))
                .setOut(new java.io.PrintWriter(out, true, StandardCharsets.UTF_8))
                .execute("--help");

        assertThat(exitCode).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("SEAMGRAPH_NEO4J_READY bolt://HOST:PORT")
                .contains("--port")
                .contains("NEO4J_PASSWORD");
    }

    @Test
    void a_size_that_is_not_a_size_is_rejected_by_the_parser() {
        assertThatThrownBy(() -> parse(Map.of(), "--page-cache", "lots"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("'lots' is not a size");
    }
}
