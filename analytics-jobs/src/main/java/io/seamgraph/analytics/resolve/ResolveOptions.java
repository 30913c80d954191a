package io.seamgraph.analytics.resolve;

import io.seamgraph.graph.Neo4jConnection;

/**
 * @param neo4j                 the graph to read and write
 * @param maxRecordsPerIdentity an identity carried by more records than this (a household or placeholder e-mail,
 *                              a shop's default phone) links nothing and is reported
 * @param batchSize             rows per write transaction
 */
public record ResolveOptions(Neo4jConnection neo4j, int maxRecordsPerIdentity, int batchSize) {
    public static final int DEFAULT_MAX_RECORDS_PER_IDENTITY = 10;

    public ResolveOptions {
        if (maxRecordsPerIdentity < 2) {
            throw new IllegalArgumentException("max records per identity must be at least 2, got " + maxRecordsPerIdentity);
        }
    }
}
