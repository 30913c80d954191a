package io.seamgraph.pipeline;

import io.seamgraph.graph.Neo4jConnection;
import picocli.CommandLine.Option;

/** Where the graph is. The password is read from NEO4J_PASSWORD only, so it never shows in a process list. */
final class Neo4jOptions {

    @Option(names = "--neo4j-uri", paramLabel = "URI",
        description = "Bolt URI: bolt://, neo4j:// or neo4j+s:// (env NEO4J_URI; default ${DEFAULT-VALUE})",
        defaultValue = "${env:NEO4J_URI:-" + Neo4jConnection.DEFAULT_URI + "}")
    String uri;

    @Option(names = "--neo4j-user", paramLabel = "USER", description = "user (env NEO4J_USER; default neo4j)",
        defaultValue = "${env:NEO4J_USER}")
    String user;

    @Option(names = "--neo4j-database", paramLabel = "NAME", description = "database (env NEO4J_DATABASE; default neo4j)",
        defaultValue = "${env:NEO4J_DATABASE}")
    String database;

    Neo4jConnection connection() {
        return Neo4jConnection.fromEnvironment(uri, user, null, database);
    }
}
