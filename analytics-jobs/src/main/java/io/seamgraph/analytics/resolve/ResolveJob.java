package io.seamgraph.analytics.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.seamgraph.graph.GraphReader;
import io.seamgraph.graph.GraphSession;
import io.seamgraph.graph.GraphWriter;
import io.seamgraph.job.Progress;
import java.time.Instant;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/** Reads records and identities from the graph, forms customers, and writes them back with their evidence. */
public final class ResolveJob {

    private static final StructType RECORDS = new StructType().add("recordKey", DataTypes.StringType);
    private static final StructType RECORD_IDENTITIES = new StructType()
        .add("recordKey", DataTypes.StringType).add("identityKey", DataTypes.StringType);

    private final SparkSession spark;
    private final ResolveOptions options;
    private final Progress progress;

    public ResolveJob(SparkSession spark, ResolveOptions options, Progress progress) {
        this.spark = spark;
        this.options = options;
        this.progress = progress;
    }

    public ResolveSummary run() {
        String runId = Instant.now().toString();
        try (GraphSession graph = new GraphSession(options.neo4j())) {
            // Any job may be the first to touch a database; none writes before the constraints exist.
            progress.step("apply schema migrations", graph::migrateSchema);
        }
        GraphReader reader = new GraphReader(options.neo4j());
        Dataset<Row> records = reader.read(spark, "resolve/read-records", RECORDS).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> recordIdentities = reader.read(spark, "resolve/read-record-identities", RECORD_IDENTITIES)
            .persist(StorageLevel.MEMORY_AND_DISK());

        DeterministicResolution.Result result = progress.step("link records that share an identifier",
            () -> {
                DeterministicResolution.Result r = DeterministicResolution.resolve(spark, records, recordIdentities,
                    options.maxRecordsPerIdentity());
                return new DeterministicResolution.Result(r.assignments().persist(StorageLevel.MEMORY_AND_DISK()),
                    r.customers().persist(StorageLevel.MEMORY_AND_DISK()), r.usage().persist(StorageLevel.MEMORY_AND_DISK()));
            });
        Dataset<Row> suppressed = result.usage().filter(col("suppressed"));
        long suppressedCount = suppressed.count();
        var examples = suppressed.orderBy(col("recordCount").desc(), col("identityKey")).limit(10).collectAsList().stream()
            .map(r -> r.getString(0) + " (" + r.getLong(1) + " records)").toList();
        progress.info("%d identities are shared by more than %d records and link nothing%s", suppressedCount,
            options.maxRecordsPerIdentity(), examples.isEmpty() ? "" : ", e.g. " + String.join(", ", examples));

        GraphWriter writer = new GraphWriter(options.neo4j(), options.batchSize());
        progress.step("write identity usage", () -> writer.writeNodes(result.usage(), "resolve/set-identity-usage"));
        long customers = progress.step("write customers", () -> writer.writeNodes(result.customers()
            .withColumn("runId", lit(runId)).withColumn("resolvedAt", lit(runId)), "resolve/merge-customers"));
        long links = progress.step("link customers to records", () -> writer.writeRelationships(result.assignments()
            .withColumn("runId", lit(runId)), "resolve/link-customer-records"));
        try (GraphSession graph = new GraphSession(options.neo4j())) {
            progress.step("remove links and customers an earlier run made", () -> {
                graph.runNamed("resolve/delete-stale-links", Map.of("runId", runId));
                return graph.runNamed("resolve/delete-empty-customers", Map.of());
            });
        }
        long multi = result.customers().filter(col("recordCount").gt(1)).count();
        ResolveSummary summary = new ResolveSummary(records.count(), customers, multi, links, suppressedCount, examples, runId);
        progress.info("%d records form %d customers (%d with more than one record)", summary.records(), customers, multi);
        result.assignments().unpersist();
        result.customers().unpersist();
        result.usage().unpersist();
        records.unpersist();
        recordIdentities.unpersist();
        return summary;
    }
}
