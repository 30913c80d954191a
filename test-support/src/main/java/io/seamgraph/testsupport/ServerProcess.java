package io.seamgraph.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running server process: started, waited for until it prints its ready line, and stopped once (by the JUnit
 * store at the end of the test run, or by a JVM shutdown hook if the run is cut short). The server is started with
 * {@code --stop-on-stdin-eof}, so even a killed test JVM does not leave it running.
 */
final class ServerProcess implements ExtensionContext.Store.CloseableResource {

    /** Must match {@code io.seamgraph.server.EmbeddedNeo4jServer.READY_PREFIX}; Neo4jServerExtensionTest fails if not. */
    static final String READY_PREFIX = "SEAMGRAPH_NEO4J_READY";

    /** JVM flags of the server process, space-separated; overridable with {@code -D} on the Maven command line. */
    static final String JVM_ARGS_PROPERTY = "seamgraph.neo4j.server.jvmArgs";

    /**
     * Small and serial: the server shares 2 cores with the test JVM. {@code -XX:TieredStopAtLevel=1} makes it ready
     * about 5 s sooner but made a Spark-to-Neo4j write test (ingest's IngestGraphTest) about 30 s slower here.
     */
    static final String DEFAULT_JVM_ARGS = "-Xms256m -Xmx1g -XX:+UseSerialGC";

    private static final int OUTPUT_LINES_KEPT = 200;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final String boltUri;
    private final Path dataDirectory;
    private final OutputTail output;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ServerProcess(Process process, String boltUri, Path dataDirectory, OutputTail output) {
        this.process = process;
        this.boltUri = boltUri;
        this.dataDirectory = dataDirectory;
        this.output = output;
    }

    /** Runs {@code java -jar <jar>} on a free port with a fresh data folder that is deleted when the server stops. */
    static ServerProcess startJar(Path jar, Duration readyTimeout) {
        Path dataDirectory;
        try {
            dataDirectory = Files.createTempDirectory("seamgraph-neo4j-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary data folder for Neo4j", e);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(System.getProperty(JVM_ARGS_PROPERTY, DEFAULT_JVM_ARGS).strip().split("\\s+")));
        command.addAll(List.of(
                "-jar", jar.toString(),
                "--port", "0",
                "--data", dataDirectory.toString(),
                "--page-cache", "256m",
                "--tx-memory-total", "512m",
                "--tx-memory-max", "256m",
                "--stop-on-stdin-eof"));
        return start(command, dataDirectory, readyTimeout);
    }

    /** Starts {@code command} and waits until it prints {@value #READY_PREFIX} followed by the Bolt URI. */
    static ServerProcess start(List<String> command, Path dataDirectory, Duration readyTimeout) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            deleteRecursively(dataDirectory);
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        }
        OutputTail output = new OutputTail(OUTPUT_LINES_KEPT);
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> readOutput(process, output, ready), "seamgraph-neo4j-output");
        reader.setDaemon(true);
        reader.start();

        String boltUri;
        try {
            boltUri = ready.get(readyTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stop(process);
            deleteRecursively(dataDirectory);
            throw new IllegalStateException("The embedded Neo4j server printed no " + READY_PREFIX + " line within "
                    + readyTimeout.toSeconds() + " s; it was stopped. Command: " + String.join(" ", command)
                    + "\nIts output:\n" + output.text());
        } catch (ExecutionException e) {
            stop(process);
            deleteRecursively(dataDirectory);
            throw new IllegalStateException("The embedded Neo4j server exited with code " + process.exitValue()
                    + " before it was ready. Command: " + String.join(" ", command) + "\nIts output:\n"
                    + output.text());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(process);
            deleteRecursively(dataDirectory);
            throw new IllegalStateException("interrupted while waiting for the embedded Neo4j server", e);
        }
        ServerProcess server = new ServerProcess(process, boltUri, dataDirectory, output);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "seamgraph-neo4j-stop"));
        return server;
    }

    private static void readOutput(Process process, OutputTail output, CompletableFuture<String> ready) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                if (!ready.isDone() && line.startsWith(READY_PREFIX + " ")) {
                    ready.complete(line.substring(READY_PREFIX.length() + 1).strip());
                }
            }
        } catch (IOException e) {
            output.add("(reading the output failed: " + e + ")");
        }
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ready.completeExceptionally(new IllegalStateException("the server's output ended"));
    }

    String boltUri() {
        return boltUri;
    }

    /** The last lines the server printed, for assertion messages. */
    String recentOutput() {
        return output.text();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            stop(process);
            deleteRecursively(dataDirectory);
        }
    }

    /** SIGTERM, then a bounded wait, then SIGKILL. */
    private static void stop(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // Closing stdin only asks the server to stop; destroy() below is the real request.
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A leftover temporary folder is not worth failing a test run for; say where it is.
            System.err.println("seamgraph test-support: could not delete " + root + ": " + e);
        }
    }

    /** The last lines of a process's output, for error messages. */
    private static final class OutputTail {
        private final int limit;
        private final Deque<String> lines = new ArrayDeque<>();

        OutputTail(int limit) {
            this.limit = limit;
        }

        synchronized void add(String line) {
            if (lines.size() == limit) {
                lines.removeFirst();
            }
            lines.addLast(line);
        }

        synchronized String text() {
            return lines.isEmpty() ? "(nothing)" : String.join("\n", new ArrayList<>(lines));
        }
    }
}
