package io.seamgraph.graph;

import io.seamgraph.cypher.CypherCatalog;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.storage.StorageLevel;

/**
 * Writes rows through the Neo4j Connector for Apache Spark with a named query (wrapped by the connector in
 * {@code UNWIND $events AS event}).
 *
 * <p>Nodes are written in parallel: their rows are distinct by key, so two partitions never lock the same node.
 * Relationships are written from one partition, because two transactions that each lock a shared node (a hot
 * channel, a household e-mail) in a different order deadlock. One writer cannot deadlock with itself.
 */
public final class GraphWriter {

    private static final String FORMAT = "org.neo4j.spark.DataSource";

    private final Neo4jConnection connection;
    private final int batchSize;

    public GraphWriter(Neo4jConnection connection, int batchSize) {
        this.connection = connection;
        this.batchSize = batchSize;
    }

    /** Rows must be distinct by the key the query MERGEs on. Returns the number of rows written. */
    public long writeNodes(Dataset<Row> rows, String queryName) {
        return write(rows, queryName, false);
    }

    public long writeRelationships(Dataset<Row> rows, String queryName) {
        return write(rows, queryName, true);
    }

    private long write(Dataset<Row> rows, String queryName, boolean oneWriter) {
        // Computed in parallel and cached first: a coalesce(1) before the cache would pull the whole upstream
        // computation into one task.
        Dataset<Row> cached = rows.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long count = cached.count();
            if (count > 0) {
                (oneWriter ? cached.coalesce(1) : cached).write()
                    .format(FORMAT)
                    .mode(SaveMode.Append)
                    .options(connection.connectorOptions())
                    .option("query", CypherCatalog.query(queryName))
                    .option("batch.size", Integer.toString(batchSize))
                    .option("transaction.retries", "5")
                    .save();
            }
            return count;
        } catch (RuntimeException e) {
            throw new IllegalStateException("Writing to " + connection.uri() + " with the query '" + queryName
                + "' failed: " + e.getMessage(), e);
        } finally {
            cached.unpersist();
        }
    }
}
