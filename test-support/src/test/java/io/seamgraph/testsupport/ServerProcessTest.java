package io.seamgraph.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the extension reports a server that is missing, dies or hangs, with stand-in processes instead of Neo4j. */
class ServerProcessTest {

    @TempDir
    Path temp;

    @Test
    void a_configured_jar_that_does_not_exist_says_how_to_build_it() {
        assertThatThrownBy(() -> ServerJar.locate(Optional.of(temp.resolve("missing.jar").toString()), temp))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing.jar")
                .hasMessageContaining("seamgraph.neo4j.server.jar")
                .hasMessageContaining("./mvnw -q -pl neo4j-server package");
    }

    @Test
    void without_the_property_the_jar_is_found_in_the_source_tree_above() throws IOException {
        Path jar = temp.resolve(ServerJar.RELATIVE_PATH);
        Files.createDirectories(jar.getParent());
        Files.createFile(jar);
        Path module = Files.createDirectories(temp.resolve("graph-api"));

        assertThat(ServerJar.locate(Optional.empty(), module)).isEqualTo(jar);
    }

    @Test
    void a_server_that_exits_before_it_is_ready_fails_with_its_output() throws IOException {
        Path data = Files.createDirectories(temp.resolve("data"));

        assertThatThrownBy(() -> ServerProcess.start(List.of("sh", "-c", "echo starting; echo broken >&2; exit 3"),
                data, Duration.ofSeconds(30)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited with code 3")
                .hasMessageContaining("starting")
                .hasMessageContaining("broken");
        assertThat(data).doesNotExist();
    }

    @Test
    void a_server_that_never_gets_ready_is_stopped_after_the_timeout() throws IOException {
        Path data = Files.createDirectories(temp.resolve("data"));

        assertThatThrownBy(() -> ServerProcess.start(List.of("sh", "-c", "echo waiting; exec sleep 60"), data,
                Duration.ofMillis(1500)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("within 1 s")
                .hasMessageContaining("waiting");
    }

    @Test
    void the_ready_line_gives_the_bolt_uri_and_close_stops_the_process() throws IOException {
        Path data = Files.createDirectories(temp.resolve("data"));

        ServerProcess server = ServerProcess.start(List.of("sh", "-c",
                "echo log line; echo '" + ServerProcess.READY_PREFIX + " bolt://127.0.0.1:1234'; exec sleep 60"),
                data, Duration.ofSeconds(30));
        server.close();

        assertThat(server.boltUri()).isEqualTo("bolt://127.0.0.1:1234");
        assertThat(server.recentOutput()).contains("log line");
        assertThat(data).doesNotExist();
    }
}
