package io.seamgraph.testsupport;

/**
 * The embedded Neo4j server of this test JVM, injected by {@link Neo4jServerExtension}. Auth is disabled: connect with
 * {@code AuthTokens.none()} (the Spark connector: {@code authentication.type=none}).
 *
 * @param boltUri e.g. {@code bolt://127.0.0.1:41234}
 */
public record Neo4jServer(String boltUri) {
}
