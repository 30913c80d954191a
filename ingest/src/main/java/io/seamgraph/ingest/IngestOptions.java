package io.seamgraph.ingest;

import io.seamgraph.graph.Neo4jConnection;

/**
 * @param quarantine  folder for rejected rows and dropped values (JSON Lines per source), replaced on each run
 * @param neo4j       where to write
 * @param batchSize   rows per write transaction
 */
public record IngestOptions(String quarantine, Neo4jConnection neo4j, int batchSize) {
    public static final int DEFAULT_BATCH_SIZE = 5000;

    public IngestOptions {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
    }
}
