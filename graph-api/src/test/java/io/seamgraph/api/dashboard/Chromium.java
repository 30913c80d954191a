package io.seamgraph.api.dashboard;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/**
 * A headless Chromium in a process of its own, driven over the Chrome DevTools Protocol. It is started with
 * {@code --remote-debugging-port=0}, so it picks a free port and writes it, with the browser's WebSocket path, to
 * {@code DevToolsActivePort} in its profile folder.
 *
 * <p>The binary is {@code $SEAMGRAPH_CHROMIUM}, else the first of {@link #NAMES} on the {@code PATH}.
 */
final class Chromium implements AutoCloseable {

    static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final DevToolsConnection browser;
    private final JsonMapper json = JsonMapper.builder().build();
    private final int port;

    private Chromium(Path binary, Path profile) throws IOException {
        this.profile = profile;
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start. Only our own page is loaded.
        this.process = new ProcessBuilder(binary.toString(), "--headless=new", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "--no-sandbox", "--no-first-run", "--no-default-browser-check",
                "--disable-gpu", "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--window-size=1280,900", "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile())
            .start();
        List<String> active = awaitActivePort();
        this.port = Integer.parseInt(active.get(0).trim());
        this.browser = DevToolsConnection.open(json, URI.create("ws://127.0.0.1:" + port + active.get(1).trim()));
    }

    /** The binary this machine has, if any. */
    static Optional<Path> find() {
        String configured = System.getenv("SEAMGRAPH_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return NAMES.stream()
            .flatMap(name -> Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, name)))
            .filter(Files::isExecutable)
            .findFirst();
    }

    static boolean isInstalled() {
        return find().isPresent();
    }

    /** Starts the browser with a fresh profile in {@code profile} (an empty folder the caller deletes later). */
    static Chromium launch(Path binary, Path profile) {
        try {
            return new Chromium(binary, profile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + binary, e);
        }
    }

    /** A new tab of its own: its own session storage, so each test signs in afresh. */
    BrowserPage newPage() {
        String targetId = browser.call("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asString();
        DevToolsConnection page = DevToolsConnection.open(json,
            URI.create("ws://127.0.0.1:" + port + "/devtools/page/" + targetId));
        return new BrowserPage(page, () -> browser.call("Target.closeTarget", Map.of("targetId", targetId)));
    }

    @Override
    public void close() {
        try {
            browser.call("Browser.close");
        } catch (IllegalStateException alreadyGone) {
            // The browser may close the socket before it answers; the process checks below settle it.
        } finally {
            browser.close();
            stop();
        }
    }

    private void stop() {
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<String> awaitActivePort() throws IOException {
        Path file = profile.resolve("DevToolsActivePort");
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Chromium exited with " + process.exitValue() + " before it was ready: "
                    + log());
            }
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.size() >= 2) {
                    return lines;
                }
            }
            sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Chromium wrote no " + file + " within " + START_TIMEOUT + ": " + log());
    }

    private String log() throws IOException {
        Path log = profile.resolveSibling(profile.getFileName() + ".log");
        if (!Files.exists(log)) {
            return "(no output)";
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return text.length() > 2000 ? "..." + text.substring(text.length() - 2000) : text;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
