package io.seamgraph.api.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Chrome DevTools Protocol connection: JSON commands over a WebSocket, each answered by a message with its id;
 * everything else is an event. java.net.http's WebSocket and Jackson are all it takes, so no WebDriver is needed.
 */
final class DevToolsConnection implements AutoCloseable {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

    private final JsonMapper json;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<JsonNode>> eventListeners = new CopyOnWriteArrayList<>();

    private DevToolsConnection(JsonMapper json, URI endpoint) {
        this.json = json;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .buildAsync(endpoint, new Receiver())
            .join();
    }

    static DevToolsConnection open(JsonMapper json, URI endpoint) {
        return new DevToolsConnection(json, endpoint);
    }

    /** Sends a command and waits for its result; a protocol error becomes an exception naming the command. */
    JsonNode call(String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(json.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true).join();
        try {
            JsonNode message = answer.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (message.has("error")) {
                throw new IllegalStateException("DevTools " + method + " failed: " + message.get("error"));
            }
            return message.get("result");
        } catch (TimeoutException e) {
            throw new IllegalStateException("DevTools " + method + " got no answer within " + COMMAND_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for DevTools " + method, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("DevTools " + method + " failed", e.getCause());
        } finally {
            pending.remove(id);
        }
    }

    JsonNode call(String method) {
        return call(method, Map.of());
    }

    /** Every event ({@code method} and {@code params}) from now on is passed to the listener, on the socket's thread. */
    void onEvent(Consumer<JsonNode> listener) {
        eventListeners.add(listener);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }

    /** Large answers (a screenshot) arrive in parts: they are joined before being read. */
    private final class Receiver implements WebSocket.Listener {

        private final StringBuilder parts = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            parts.append(data);
            if (last) {
                JsonNode message = json.readTree(parts.toString());
                parts.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JsonNode> answer = pending.get(message.get("id").asInt());
                    if (answer != null) {
                        answer.complete(message);
                    }
                } else {
                    eventListeners.forEach(listener -> listener.accept(message));
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pending.values().forEach(answer -> answer.completeExceptionally(error));
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            IllegalStateException closed = new IllegalStateException("DevTools connection closed: " + statusCode + " " + reason);
            pending.values().forEach(answer -> answer.completeExceptionally(closed));
            return null;
        }
    }
}
