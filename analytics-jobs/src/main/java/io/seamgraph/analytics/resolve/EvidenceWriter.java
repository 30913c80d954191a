package io.seamgraph.analytics.resolve;

import static org.apache.spark.sql.functions.lit;

import io.seamgraph.graph.GraphSession;
import io.seamgraph.graph.GraphWriter;
import io.seamgraph.graph.Neo4jConnection;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes the evidence rows of {@link EvidenceLinks} as {@code (:SourceRecord)-[:MATCHED]->(:SourceRecord)}, one per
 * pair and rule, then removes the evidence an earlier run wrote and this one did not confirm.
 */
public final class EvidenceWriter {

    private final Neo4jConnection neo4j;
    private final GraphWriter writer;

    public EvidenceWriter(Neo4jConnection neo4j, GraphWriter writer) {
        this.neo4j = neo4j;
        this.writer = writer;
    }

    /** @return the number of MATCHED relationships written */
    public long write(Dataset<Row> evidence, String runId) {
        long written = writer.writeRelationships(evidence.withColumn("runId", lit(runId)), "resolve/merge-evidence");
        try (GraphSession graph = new GraphSession(neo4j)) {
            graph.runNamed("resolve/delete-stale-evidence", Map.of("runId", runId));
        }
        return written;
    }
}
