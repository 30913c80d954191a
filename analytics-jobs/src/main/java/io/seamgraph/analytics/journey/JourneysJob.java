package io.seamgraph.analytics.journey;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.seamgraph.graph.GraphReader;
import io.seamgraph.graph.GraphSession;
import io.seamgraph.graph.GraphWriter;
import io.seamgraph.graph.Neo4jConnection;
import io.seamgraph.job.Progress;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/** Rebuilds every customer's journey: positions, the NEXT chain with gaps and hand-offs, and the first touch. */
public final class JourneysJob {

    private static final StructType TOUCHPOINTS = new StructType()
        .add("customerId", DataTypes.StringType)
        .add("key", DataTypes.StringType)
        .add("atMillis", DataTypes.LongType)
        .add("businessUnit", DataTypes.StringType)
        .add("channel", DataTypes.StringType);

    private final SparkSession spark;
    private final Neo4jConnection neo4j;
    private final int batchSize;
    private final Progress progress;

    public JourneysJob(SparkSession spark, Neo4jConnection neo4j, int batchSize, Progress progress) {
        this.spark = spark;
        this.neo4j = neo4j;
        this.batchSize = batchSize;
        this.progress = progress;
    }

    public JourneySummary run() {
        Dataset<Row> chained = JourneyChain.build(new GraphReader(neo4j).read(spark, "journeys/read-customer-touchpoints", TOUCHPOINTS))
            .persist(StorageLevel.MEMORY_AND_DISK());
        try (GraphSession graph = new GraphSession(neo4j)) {
            progress.step("apply schema migrations", graph::migrateSchema);
            progress.step("remove previous journeys", () -> {
                graph.runNamed("journeys/delete-chains", Map.of());
                graph.runNamed("journeys/delete-first-touches", Map.of());
                return graph.runNamed("journeys/clear-positions", Map.of());
            });
        }
        GraphWriter writer = new GraphWriter(neo4j, batchSize);
        long touchpoints = progress.step("write journey positions",
            () -> writer.writeNodes(chained.select("key", "customerId", "seq"), "journeys/set-positions"));
        long steps = progress.step("chain touchpoints (NEXT)", () -> writer.writeRelationships(
            chained.filter(col("previousKey").isNotNull())
                .select("previousKey", "key", "gapSeconds", "handoff", "channelSwitch", "previousUnit", "businessUnit"),
            "journeys/link-next"));
        long journeys = progress.step("link first touches", () -> writer.writeRelationships(
            chained.filter(col("seq").equalTo(0)).select("customerId", "key"), "journeys/link-first-touch"));
        Row flags = chained.agg(sum(when(col("handoff"), 1).otherwise(0)), sum(when(col("channelSwitch"), 1).otherwise(0))).first();
        JourneySummary summary = new JourneySummary(touchpoints, journeys, steps,
            flags.isNullAt(0) ? 0 : flags.getLong(0), flags.isNullAt(1) ? 0 : flags.getLong(1));
        progress.info("%d touchpoints in %d journeys: %d steps, %d hand-offs between units, %d channel switches",
            summary.touchpoints(), summary.journeys(), summary.steps(), summary.handoffs(), summary.channelSwitches());
        chained.unpersist();
        return summary;
    }
}
