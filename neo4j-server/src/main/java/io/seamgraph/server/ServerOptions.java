package io.seamgraph.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The validated settings of one server run. {@code port} 0 means "pick a free port before starting".
 *
 * @param password present when login is required (user {@code neo4j}); absent means auth is disabled
 */
record ServerOptions(
        String host,
        int port,
        Path dataDirectory,
        Optional<String> password,
        long pageCacheBytes,
        long transactionMemoryTotalBytes,
        long transactionMemoryMaxBytes) {

    /** Neo4j 5 refuses shorter passwords ({@code dbms.security.auth_minimum_password_length}). */
    static final int MINIMUM_PASSWORD_LENGTH = 8;

    ServerOptions {
        List<String> problems = new ArrayList<>();
        if (host == null || host.isBlank()) {
            problems.add("--host is empty; use an address such as 127.0.0.1");
        }
        if (port < 0 || port > 65_535) {
            problems.add("--port " + port + " is not a TCP port; use 1-65535, or 0 to pick a free one");
        }
        if (password.isPresent() && password.get().length() < MINIMUM_PASSWORD_LENGTH) {
            problems.add("NEO4J_PASSWORD has " + password.get().length() + " characters; Neo4j needs at least "
                    + MINIMUM_PASSWORD_LENGTH);
        }
        if (pageCacheBytes <= 0) {
            problems.add("--page-cache must be positive");
        }
        if (transactionMemoryMaxBytes <= 0 || transactionMemoryTotalBytes <= 0) {
            problems.add("--tx-memory-total and --tx-memory-max must be positive");
        } else if (transactionMemoryMaxBytes > transactionMemoryTotalBytes) {
            problems.add("--tx-memory-max is larger than --tx-memory-total; one transaction cannot use more than all of them");
        }
        if (!problems.isEmpty()) {
            throw new ServerStartException("invalid options: " + String.join("; ", problems));
        }
        dataDirectory = dataDirectory.toAbsolutePath().normalize();
    }

    boolean authEnabled() {
        return password.isPresent();
    }

    ServerOptions withPort(int chosenPort) {
        return new ServerOptions(host, chosenPort, dataDirectory, password, pageCacheBytes,
                transactionMemoryTotalBytes, transactionMemoryMaxBytes);
    }

    /** The URI a client on this machine connects to: a wildcard listen address is reached through loopback. */
    String boltUri() {
        String reachable = switch (host) {
            case "0.0.0.0", "::", "[::]" -> "127.0.0.1";
            default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        };
        return "bolt://" + reachable + ":" + port;
    }
}
