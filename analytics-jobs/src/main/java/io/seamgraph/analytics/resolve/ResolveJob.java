package io.seamgraph.analytics.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import io.seamgraph.analytics.match.ProbabilisticResolution;
import io.seamgraph.graph.GraphReader;
import io.seamgraph.graph.GraphSession;
import io.seamgraph.graph.GraphWriter;
import io.seamgraph.job.Progress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Reads records and identities from the graph, forms customers, and writes them back with their evidence: stable ids
 * and aliases, MATCHED evidence, the golden record and its conflicts.
 */
public final class ResolveJob {

    private static final StructType RECORDS = new StructType().add("recordKey", DataTypes.StringType);
    private static final StructType RECORD_IDENTITIES = new StructType()
        .add("recordKey", DataTypes.StringType).add("identityKey", DataTypes.StringType);
    private static final StructType PREVIOUS = new StructType()
        .add("recordKey", DataTypes.StringType).add("customerId", DataTypes.StringType);
    private static final StructType PREVIOUS_ALIASES = new StructType()
        .add("aliasId", DataTypes.StringType).add("customerId", DataTypes.StringType);

    /** The HAS_RECORD rule of a record that joined its customer through a scored link alone. */
    public static final String RULE_PROBABILISTIC = "probabilistic";

    private final SparkSession spark;
    private final ResolveOptions options;
    private final Progress progress;

    public ResolveJob(SparkSession spark, ResolveOptions options, Progress progress) {
        this.spark = spark;
        this.options = options;
        this.progress = progress;
    }

    /**
     * What clustering hands on: clusters (recordKey, clusterKey, confidence, via, rule) and the scoredPairs
     * (EvidenceLinks.SCORED_PAIRS) that explain them, with the identity usage for the report.
     */
    record Clustering(Dataset<Row> clusters, Dataset<Row> scoredPairs, Dataset<Row> usage) {
    }

    public ResolveSummary run() {
        String runId = Instant.now().toString();
        List<Correction> corrections;
        try (GraphSession graph = new GraphSession(options.neo4j())) {
            // Any job may be the first to touch a database; none writes before the constraints exist.
            progress.step("apply schema migrations", graph::migrateSchema);
            corrections = progress.step("read corrections", () -> corrections(graph));
        }
        GraphReader reader = new GraphReader(options.neo4j());
        Dataset<Row> records = reader.read(spark, "resolve/read-records", RECORDS).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> recordIdentities = reader.read(spark, "resolve/read-record-identities", RECORD_IDENTITIES)
            .persist(StorageLevel.MEMORY_AND_DISK());
        // The earlier run's clustering, held before this run overwrites it: ids are kept from it.
        Dataset<Row> previous = reader.read(spark, "resolve/read-previous-assignments", PREVIOUS).localCheckpoint();
        Dataset<Row> previousAliases = reader.read(spark, "resolve/read-previous-aliases", PREVIOUS_ALIASES).localCheckpoint();
        CorrectionLinks.Decided decided = CorrectionLinks.decide(corrections);
        CorrectionLinks.Constraints constraints = CorrectionLinks.constraints(spark, decided);

        Clustering clustering = options.matching() == null
            ? progress.step("link records that share an identifier", () -> cluster(records, recordIdentities, constraints))
            : progress.step("match records (shared identifiers and Fellegi-Sunter)",
                () -> match(reader, recordIdentities, constraints));
        StableCustomerIds.Result ids = progress.step("keep customer ids stable", () -> StableCustomerIds.assign(
            clustering.clusters().select("recordKey", "clusterKey"), previous, previousAliases));
        Dataset<Row> assignments = clustering.clusters().join(ids.assignments(), "recordKey")
            .select("recordKey", "customerId", "via", "rule", "confidence").persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> customerRows = assignments.groupBy("customerId")
            .agg(count(lit(1)).as("recordCount"), min("confidence").as("confidence")).persist(StorageLevel.MEMORY_AND_DISK());

        Dataset<Row> suppressed = clustering.usage().filter(col("suppressed"));
        long suppressedCount = suppressed.count();
        var examples = suppressed.orderBy(col("recordCount").desc(), col("identityKey")).limit(10).collectAsList().stream()
            .map(r -> r.getString(0) + " (" + r.getLong(1) + " records)").toList();
        progress.info("%d identities are shared by more than %d records and link nothing%s", suppressedCount,
            options.maxRecordsPerIdentity(), examples.isEmpty() ? "" : ", e.g. " + String.join(", ", examples));

        GraphWriter writer = new GraphWriter(options.neo4j(), options.batchSize());
        progress.step("write identity usage", () -> writer.writeNodes(clustering.usage(), "resolve/set-identity-usage"));
        long customers = progress.step("write customers", () -> writer.writeNodes(customerRows
            .withColumn("runId", lit(runId)).withColumn("resolvedAt", lit(runId)), "resolve/merge-customers"));
        long links = progress.step("link customers to records", () -> writer.writeRelationships(assignments
            .withColumn("runId", lit(runId)), "resolve/link-customer-records"));
        long aliases = progress.step("write aliases of merged customers", () -> writer.writeRelationships(ids.aliases()
            .withColumn("runId", lit(runId)).withColumn("resolvedAt", lit(runId)), "resolve/merge-aliases"));
        long evidence = progress.step("write the evidence of each link", () -> new EvidenceWriter(options.neo4j(), writer)
            .write(EvidenceLinks.sharedIdentifiers(recordIdentities, clustering.usage())
                .unionByName(EvidenceLinks.scored(clustering.scoredPairs())), runId));
        long conflicts = progress.step("write golden records and conflicts", () -> goldenRecords(reader, assignments,
            customerRows, writer, runId));
        try (GraphSession graph = new GraphSession(options.neo4j())) {
            progress.step("remove links, customers, aliases and conflicts an earlier run made", () -> {
                graph.runNamed("resolve/delete-stale-links", Map.of("runId", runId));
                graph.runNamed("resolve/delete-empty-customers", Map.of());
                graph.runNamed("resolve/delete-stale-aliases", Map.of("runId", runId));
                return graph.runNamed("resolve/delete-stale-conflicts", Map.of("runId", runId));
            });
        }
        long multi = customerRows.filter(col("recordCount").gt(1)).count();
        long constrained = decided.decisions().size();
        ResolveSummary summary = new ResolveSummary(records.count(), customers, multi, links, suppressedCount, examples,
            runId, aliases, evidence, conflicts, constrained);
        progress.info("%d records form %d customers (%d with more than one record, %d aliases, %d conflicts)",
            summary.records(), customers, multi, aliases, conflicts);
        assignments.unpersist();
        customerRows.unpersist();
        clustering.clusters().unpersist();
        clustering.usage().unpersist();
        records.unpersist();
        recordIdentities.unpersist();
        return summary;
    }

    /** Shared identifiers only: the corrections enforced, and no scored pairs. */
    private Clustering cluster(Dataset<Row> records, Dataset<Row> recordIdentities, CorrectionLinks.Constraints constraints) {
        DeterministicResolution.Result r = DeterministicResolution.resolve(spark, records, recordIdentities,
            options.maxRecordsPerIdentity(), constraints);
        Dataset<Row> clusters = r.assignments().select("recordKey", "clusterKey", "confidence", "via", "rule")
            .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> noScoredPairs = spark.createDataFrame(List.of(), EvidenceLinks.SCORED_PAIRS);
        return new Clustering(clusters, noScoredPairs, r.usage().persist(StorageLevel.MEMORY_AND_DISK()));
    }

    /**
     * Shared identifiers and Fellegi-Sunter links together, clustered with the guards against over-merging; a record
     * that joined through a scored link alone is marked {@code probabilistic}.
     */
    private Clustering match(GraphReader reader, Dataset<Row> recordIdentities, CorrectionLinks.Constraints constraints) {
        Dataset<Row> profiles = RecordProfiles.read(spark, reader).localCheckpoint();
        ProbabilisticResolution.Result r = ProbabilisticResolution.resolve(spark, profiles, recordIdentities,
            new ProbabilisticResolution.Corrections(constraints.mustLink(), constraints.cannotLink()),
            options.matching(), options.model(), progress);
        r.report().lines().forEach(line -> progress.info("%s", line));
        if (options.saveModel() != null) {
            r.model().save(options.saveModel());
            progress.info("model saved to %s", options.saveModel());
        }
        Dataset<Row> usage = IdentityUsage.of(recordIdentities, options.matching().maxRecordsPerIdentity())
            .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> assigned = r.assignments().select("recordKey", "clusterKey", "confidence");
        Dataset<Row> sizes = assigned.groupBy("clusterKey").agg(count(lit(1)).as("size"));
        Dataset<Row> clusters = DeterministicResolution.describe(assigned.select("recordKey", "clusterKey"),
                recordIdentities, usage, constraints)
            .join(assigned.select("recordKey", "confidence"), "recordKey")
            .join(sizes, "clusterKey")
            .withColumn("rule", when(col("rule").equalTo(DeterministicResolution.RULE_SINGLETON).and(col("size").gt(1)),
                lit(RULE_PROBABILISTIC)).otherwise(col("rule")))
            .select("recordKey", "clusterKey", "confidence", "via", "rule")
            .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> scoredPairs = r.scoredPairs().select("leftKey", "rightKey", "matchWeight", "probability",
            "blockingRule", "contributions");
        return new Clustering(clusters, scoredPairs, usage);
    }

    private List<Correction> corrections(GraphSession graph) {
        List<Correction> all = new ArrayList<>();
        if (options.corrections() != null) {
            all.addAll(CorrectionsFile.load(options.corrections()));
        }
        all.addAll(GraphCorrections.read(graph));
        return all;
    }

    /** @return the number of conflicts written */
    private long goldenRecords(GraphReader reader, Dataset<Row> assignments, Dataset<Row> customerRows,
                               GraphWriter writer, String runId) {
        // Held once: the golden record reads every attribute of it, and the conflicts read it again.
        Dataset<Row> profiles = RecordProfiles.read(spark, reader)
            .join(assignments.select("recordKey", "customerId"), "recordKey").persist(StorageLevel.MEMORY_AND_DISK());
        try {
            GoldenRecord.Result golden = GoldenRecord.of(profiles, options.survivorship());
            writer.writeNodes(golden.wide(customerRows), "resolve/set-golden-record");
            return writer.writeRelationships(golden.conflicts().withColumn("runId", lit(runId)), "resolve/merge-conflicts");
        } finally {
            profiles.unpersist();
        }
    }
}
