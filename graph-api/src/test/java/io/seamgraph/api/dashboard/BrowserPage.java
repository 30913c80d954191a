package io.seamgraph.api.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One tab: navigate, run JavaScript in the page and read the answer, wait until the page shows something, take a
 * screenshot. Uncaught exceptions and console errors of the page are collected, so a test can require there were none.
 */
final class BrowserPage implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    private static final JsonMapper QUOTER = JsonMapper.builder().build();

    private final DevToolsConnection devTools;
    private final Runnable closeTab;
    private final List<String> exceptions = new CopyOnWriteArrayList<>();
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

    BrowserPage(DevToolsConnection devTools, Runnable closeTab) {
        this.devTools = devTools;
        this.closeTab = closeTab;
        devTools.onEvent(event -> {
            String method = event.get("method").asString();
            JsonNode params = event.get("params");
            if (method.equals("Runtime.exceptionThrown")) {
                JsonNode details = params.get("exceptionDetails");
                exceptions.add(details.has("exception") && details.get("exception").has("description")
                    ? details.get("exception").get("description").asString() : details.get("text").asString());
            } else if (method.equals("Log.entryAdded") && params.get("entry").get("level").asString().equals("error")) {
                JsonNode entry = params.get("entry");
                consoleErrors.add(entry.get("source").asString() + ": " + entry.get("text").asString()
                    + (entry.has("url") ? " (" + entry.get("url").asString() + ")" : ""));
            }
        });
        devTools.call("Runtime.enable");
        devTools.call("Log.enable");
        devTools.call("Page.enable");
        devTools.call("Emulation.setDeviceMetricsOverride",
            Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Opens the URL and waits until its document has loaded. */
    void open(String url) {
        JsonNode answer = devTools.call("Page.navigate", Map.of("url", url));
        if (answer.has("errorText")) {
            throw new IllegalStateException("cannot open " + url + ": " + answer.get("errorText").asString());
        }
        waitFor("document.readyState === 'complete' && location.href !== 'about:blank'", "the page " + url + " to load");
    }

    /** The value of a JavaScript expression (awaited if it is a promise), as JSON. */
    JsonNode eval(String expression) {
        JsonNode answer = devTools.call("Runtime.evaluate",
            Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (answer.has("exceptionDetails")) {
            JsonNode details = answer.get("exceptionDetails");
            throw new IllegalStateException("JavaScript failed: " + expression + "\n  "
                + (details.has("exception") ? details.get("exception").get("description").asString()
                    : details.get("text").asString()));
        }
        JsonNode result = answer.get("result");
        return result.has("value") ? result.get("value") : null;
    }

    String text(String selector) {
        JsonNode value = eval("document.querySelector(" + quote(selector) + ")?.textContent.trim() ?? null");
        return value == null || value.isNull() ? null : value.asString();
    }

    List<String> texts(String selector) {
        return strings("[...document.querySelectorAll(" + quote(selector) + ")].map(e => e.textContent.trim())");
    }

    List<String> attributes(String selector, String attribute) {
        return strings("[...document.querySelectorAll(" + quote(selector) + ")].map(e => e.getAttribute("
            + quote(attribute) + "))");
    }

    int count(String selector) {
        return eval("document.querySelectorAll(" + quote(selector) + ").length").asInt();
    }

    void click(String selector) {
        eval("(() => { const e = document.querySelector(" + quote(selector) + "); "
            + "if (!e) throw new Error('nothing matches ' + " + quote(selector) + "); e.click(); })()");
    }

    /** Chooses an option of a select as a user would: the page hears a change event. */
    void select(String selector, String value) {
        eval("(() => { const s = document.querySelector(" + quote(selector) + "); s.value = " + quote(value) + "; "
            + "s.dispatchEvent(new Event('change', {bubbles: true})); })()");
    }

    void type(String selector, String value) {
        eval("document.querySelector(" + quote(selector) + ").value = " + quote(value));
    }

    /**
     * Polls until the expression is truthy. On time-out the failure names what was awaited and shows the page's
     * text, which is usually enough to see why.
     */
    void waitFor(String expression, String what) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode value = eval("!!(" + expression + ")");
            if (value != null && value.asBoolean()) {
                return;
            }
            Chromium.sleep(50);
        }
        JsonNode page = eval("document.body ? document.body.innerText : '(no body)'");
        throw new AssertionError("Waited " + WAIT.toSeconds() + " s for " + what + " (" + expression + ").\n"
            + "Page text:\n" + (page == null ? "" : page.asString()) + "\nPage exceptions: " + exceptions
            + "\nConsole errors: " + consoleErrors);
    }

    /** A PNG of the whole page, not just the window. */
    void screenshot(Path file) {
        JsonNode size = devTools.call("Page.getLayoutMetrics").get("cssContentSize");
        JsonNode shot = devTools.call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
            "clip", Map.of("x", 0, "y", 0, "width", size.get("width").asDouble(), "height", size.get("height").asDouble(),
                "scale", 1)));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode(shot.get("data").asString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    List<String> exceptions() {
        return List.copyOf(exceptions);
    }

    List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    @Override
    public void close() {
        try {
            devTools.close();
        } finally {
            closeTab.run();
        }
    }

    List<String> strings(String expression) {
        List<String> values = new ArrayList<>();
        eval(expression).forEach(value -> values.add(value.isNull() ? null : value.asString()));
        return values;
    }

    /** A JavaScript string literal: JSON's quoting is JavaScript's. */
    static String quote(String value) {
        return QUOTER.writeValueAsString(value);
    }
}
