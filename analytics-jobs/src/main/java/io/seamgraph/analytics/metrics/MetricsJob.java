package io.seamgraph.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import io.seamgraph.graph.GraphReader;
import io.seamgraph.graph.GraphSession;
import io.seamgraph.graph.GraphWriter;
import io.seamgraph.job.Progress;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Precomputes the journey analytics and metrics the API serves (docs/metrics.md): reads touchpoints, customers and
 * silo gaps, computes every aggregate with the pure transforms of this package, writes them stamped with a new runId,
 * then points the {@code MetricSnapshot} at that run and removes the aggregates of earlier runs.
 */
public final class MetricsJob {

    static final StructType TOUCHPOINTS = new StructType()
        .add("customerId", DataTypes.StringType).add("key", DataTypes.StringType).add("seq", DataTypes.LongType)
        .add("atMillis", DataTypes.LongType).add("businessUnit", DataTypes.StringType)
        .add("channel", DataTypes.StringType).add("stage", DataTypes.StringType)
        .add("direction", DataTypes.StringType).add("topic", DataTypes.StringType);
    static final StructType CUSTOMERS = new StructType()
        .add("customerId", DataTypes.StringType).add("confidence", DataTypes.DoubleType)
        .add("segment", DataTypes.StringType).add("identities", DataTypes.LongType)
        .add("recordUnits", DataTypes.createArrayType(DataTypes.StringType));
    static final StructType GAPS = new StructType()
        .add("key", DataTypes.StringType).add("type", DataTypes.StringType).add("customerId", DataTypes.StringType)
        .add("severity", DataTypes.DoubleType).add("atMillis", DataTypes.LongType)
        .add("units", DataTypes.createArrayType(DataTypes.StringType));

    private final SparkSession spark;
    private final MetricsOptions options;
    private final Progress progress;

    public MetricsJob(SparkSession spark, MetricsOptions options, Progress progress) {
        this.spark = spark;
        this.options = options;
        this.progress = progress;
    }

    public MetricsSummary run() {
        String runId = UUID.randomUUID().toString();
        try (GraphSession graph = new GraphSession(options.neo4j())) {
            progress.step("apply schema migrations", graph::migrateSchema);
        }
        GraphReader reader = new GraphReader(options.neo4j());
        Dataset<Row> touchpoints = reader.read(spark, "metrics/read-touchpoints", TOUCHPOINTS).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> customers = reader.read(spark, "metrics/read-customers", CUSTOMERS).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> gaps = reader.read(spark, "metrics/read-silo-gaps", GAPS).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> sequences = JourneySequences.build(touchpoints, customers).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> handoffs = HandoffMatrix.events(touchpoints, options.repeatWindow().toMillis(), options.contactChannels())
            .persist(StorageLevel.MEMORY_AND_DISK());
        GraphWriter writer = new GraphWriter(options.neo4j(), options.batchSize());
        Column run = lit(runId);
        try {
            long journeys = progress.step("write journey summaries", () -> writer.writeNodes(sequences
                    .select(col("customerId"), run.as("runId"), col("segment"), col("confidence"), col("firstAtMillis"),
                        col("lastAtMillis"), col("unitPath"), col("unitTimes"), col("channelPath"), col("channelTimes"),
                        col("stagePath"), col("stageTimes")),
                "metrics/merge-journey-summaries"));
            Dataset<Row> flows = Flows.compute(sequences, options.maxPathSteps());
            long flowRows = progress.step("write flows", () -> writer.writeNodes(
                withKey(flows, "level", "stepIndex", "source", "target", "segment", "filterKind", "filterValue", "month")
                    .withColumn("runId", run), "metrics/merge-flow-stats"));
            long cells = progress.step("write hand-off matrix", () -> writer.writeNodes(HandoffMatrix.cells(handoffs)
                    .withColumn("key", concat_ws(">", col("fromUnit"), col("toUnit"))).withColumn("runId", run),
                "metrics/merge-handoff-stats"));
            progress.step("write silo scores", () -> writer.writeNodes(
                SiloScores.compute(touchpoints, handoffs, gaps).withColumn("runId", run), "metrics/merge-unit-stats"));
            long weeks = progress.step("write weekly series", () -> writer.writeNodes(
                WeeklySeries.compute(touchpoints, handoffs, gaps).withColumn("runId", run), "metrics/merge-weekly-stats"));
            Row headline = GraphMetrics.headline(customers, touchpoints, handoffs, gaps).first();
            long customerCount = headline.getAs("customers");
            long gapTypes = progress.step("write silo-gap totals", () -> writer.writeNodes(
                GraphMetrics.gapTypes(gaps, customerCount).withColumn("runId", run), "metrics/merge-gap-stats"));
            double continuity = headline.getAs("continuityIndex");
            try (GraphSession graph = new GraphSession(options.neo4j())) {
                Map<String, Object> snapshot = new HashMap<>();
                snapshot.put("runId", runId);
                snapshot.put("computedAt", Instant.now().toString());
                // the API counts top-k paths over the journey summaries, cut to this length
                snapshot.put("maxPathSteps", options.maxPathSteps());
                for (String field : new String[] {"customers", "identitiesPerCustomer", "multiUnitShare",
                        "continuityIndex", "repeatContactRate", "gapCustomerShare"}) {
                    snapshot.put(field, headline.getAs(field));
                }
                progress.step("point the metric snapshot at this run", () -> graph.runNamed("metrics/merge-snapshot", snapshot));
                progress.step("remove aggregates of earlier runs",
                    () -> graph.runNamed("metrics/delete-stale-aggregates", Map.of("runId", runId)));
            }
            MetricsSummary summary = new MetricsSummary(runId, customerCount, journeys, flowRows, cells, weeks,
                gapTypes, continuity);
            progress.info("%d customers, %d journeys: %d flow rows, %d hand-off cells, %d weeks; "
                + "continuity index %.1f", customerCount, journeys, flowRows, cells, weeks, continuity);
            return summary;
        } finally {
            handoffs.unpersist();
            sequences.unpersist();
            gaps.unpersist();
            customers.unpersist();
            touchpoints.unpersist();
        }
    }

    /** A key that names the row's grouping exactly: the SHA-256 of its JSON, so no separator can collide. */
    static Dataset<Row> withKey(Dataset<Row> rows, String... columns) {
        Column[] parts = java.util.Arrays.stream(columns).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        return rows.withColumn("key", sha2(to_json(struct(parts)), 256));
    }
}
