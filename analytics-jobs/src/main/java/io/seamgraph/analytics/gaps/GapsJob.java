package io.seamgraph.analytics.gaps;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.seamgraph.analytics.journey.JourneyEnrichment;
import io.seamgraph.graph.GraphReader;
import io.seamgraph.graph.GraphSession;
import io.seamgraph.graph.GraphWriter;
import io.seamgraph.graph.Neo4jConnection;
import io.seamgraph.job.Progress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Enriches every journey (stage, episode) and finds the silo gaps: reads touchpoints, consents and records from the
 * graph, runs the nine detectors, writes each gap with its customer, evidence and units, and removes the gaps of
 * earlier runs. Run it after journeys (the pipeline command does).
 */
public final class GapsJob {

    static final StructType TOUCHPOINTS = prepend("customerId", Touch.SCHEMA);
    static final StructType CONSENTS = prepend("customerId", Consent.SCHEMA);
    /** What gaps/read-touchpoints returns: the touchpoints, then the enrichment the graph holds for each. */
    static final StructType READ = append(TOUCHPOINTS, EnrichmentChanges.WRITTEN);

    private final SparkSession spark;
    private final Neo4jConnection neo4j;
    private final GapConfig config;
    private final int batchSize;
    private final Progress progress;

    public GapsJob(SparkSession spark, Neo4jConnection neo4j, GapConfig config, int batchSize, Progress progress) {
        this.spark = spark;
        this.neo4j = neo4j;
        this.config = config;
        this.batchSize = batchSize;
        this.progress = progress;
    }

    public GapsSummary run() {
        String runId = Instant.now().toString();
        try (GraphSession graph = new GraphSession(neo4j)) {
            progress.step("apply schema migrations", graph::migrateSchema);
        }
        GraphReader reader = new GraphReader(neo4j);
        Dataset<Row> touchpoints = reader.read(spark, "gaps/read-touchpoints", READ).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> consents = reader.read(spark, "gaps/read-consents", CONSENTS);
        Dataset<Row> records = reader.read(spark, "gaps/read-records", ConflictingData.RECORDS);
        Dataset<Row> conflicts = reader.read(spark, "gaps/read-attribute-conflicts", ConflictingData.CONFLICTS);
        GraphWriter writer = new GraphWriter(neo4j, batchSize);

        Dataset<Row> enriched = new JourneyEnrichment(config.enrichment())
            .enrich(touchpoints.select(java.util.Arrays.stream(JourneyEnrichment.INPUT.fieldNames()).map(f -> col(f)).toArray(Column[]::new)))
            .persist(StorageLevel.MEMORY_AND_DISK());
        long enrichedCount = enriched.count();
        long enrichmentWrites = progress.step("write episodes and inferred stages that changed",
            // in key order within each write partition, so consecutive seeks in the key index touch neighbouring pages
            () -> writer.writeNodes(EnrichmentChanges.of(enriched, touchpoints).sortWithinPartitions("key"),
                "gaps/set-enrichment"));
        Row enrichment = enriched.agg(countDistinct(col("episode")), sum(when(col("stageInferred"), 1L).otherwise(0L))).first();

        Dataset<Row> findings = progress.step("detect silo gaps", () -> {
            // Built once for the eight journey detectors: unpersisted, each of them re-read the consents from Neo4j
            // and grouped every touchpoint again.
            Dataset<Row> journeys = Journey.build(touchpoints, consents, config.asOfMillis())
                .persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> found = new SiloGapDetection(config).detect(journeys, records, conflicts)
                .persist(StorageLevel.MEMORY_AND_DISK());
            found.count();
            journeys.unpersist();
            return found;
        });
        Dataset<Row> gapRows = findings.withColumn("runId", lit(runId)).withColumn("detectedAt", lit(runId))
            .withColumn("params", paramsOf(col("type")));
        long gaps = progress.step("write silo gaps", () -> writer.writeNodes(gapRows.drop("evidence"), "gaps/merge-gaps"));
        progress.step("link gaps to customers, evidence and units", () -> {
            writer.writeRelationships(findings.select("key", "customerId"), "gaps/link-gap-customers");
            Column onRecords = col("type").equalTo(GapType.CONFLICTING_DATA.key());
            writer.writeRelationships(findings.filter(org.apache.spark.sql.functions.not(onRecords)).select("key", "evidence"),
                "gaps/link-gap-evidence");
            writer.writeRelationships(findings.filter(onRecords).select("key", "evidence"), "gaps/link-gap-evidence-records");
            return writer.writeRelationships(findings.select("key", "units"), "gaps/link-gap-units");
        });
        progress.step("write the unbranded share per unit", () -> writer.writeNodes(UnitBrandStats.of(touchpoints)
            .withColumn("runId", lit(runId)).withColumn("computedAt", lit(runId)), "gaps/merge-brand-stats"));
        try (GraphSession graph = new GraphSession(neo4j)) {
            progress.step("remove gaps an earlier run found", () -> {
                graph.runNamed("gaps/delete-stale-brand-stats", Map.of("runId", runId));
                return graph.runNamed("gaps/delete-stale-gaps", Map.of("runId", runId));
            });
        }
        Map<String, Long> perType = new LinkedHashMap<>();
        for (GapType t : GapType.values()) {
            perType.put(t.key(), 0L);
        }
        findings.groupBy("type").count().collectAsList().forEach(r -> perType.put(r.getString(0), r.getLong(1)));
        GapsSummary summary = new GapsSummary(enrichedCount, enrichmentWrites, enrichment.getLong(0),
            enrichment.isNullAt(1) ? 0 : enrichment.getLong(1), gaps, perType, runId);
        progress.info("%d touchpoints in %d episodes (%d stages inferred, %d touchpoints written); %d silo gaps: %s",
            summary.touchpoints(), summary.episodes(), summary.inferredStages(), enrichmentWrites, gaps, perType);
        findings.unpersist();
        enriched.unpersist();
        touchpoints.unpersist();
        return summary;
    }

    /** The JSON of the parameters each type's detector used, as a column keyed by the type. */
    private Column paramsOf(Column type) {
        List<Column> entries = new ArrayList<>();
        for (GapType t : GapType.values()) {
            entries.add(lit(t.key()));
            entries.add(lit(config.paramsJson(t)));
        }
        return org.apache.spark.sql.functions.map(entries.toArray(Column[]::new)).apply(type);
    }

    private static StructType append(StructType schema, StructType more) {
        List<StructField> fields = new ArrayList<>(List.of(schema.fields()));
        java.util.Arrays.stream(more.fields()).filter(f -> !f.name().equals("key")).forEach(fields::add);
        return DataTypes.createStructType(fields);
    }

    private static StructType prepend(String field, StructType schema) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(field, DataTypes.StringType, true));
        fields.addAll(List.of(schema.fields()));
        return DataTypes.createStructType(fields);
    }
}
