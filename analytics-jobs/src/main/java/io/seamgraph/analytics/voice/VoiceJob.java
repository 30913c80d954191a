package io.seamgraph.analytics.voice;

import static org.apache.spark.sql.functions.lit;

import io.seamgraph.graph.GraphReader;
import io.seamgraph.graph.GraphSession;
import io.seamgraph.graph.GraphWriter;
import io.seamgraph.job.Progress;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The customer's voice: reads documents and silo gaps, measures the sentiment of what customers wrote after each type
 * of gap against a baseline ({@link GapSentiment}) and the volume and sentiment per topic ({@link TopicStats}), writes
 * both stamped with a new runId, points the {@code VoiceSnapshot} at that run and removes earlier runs. Run it after
 * gaps (the pipeline command does).
 */
public final class VoiceJob {

    static final StructType GAPS = new StructType()
        .add("key", DataTypes.StringType).add("type", DataTypes.StringType).add("customerId", DataTypes.StringType)
        .add("atMillis", DataTypes.LongType);
    static final StructType DOCUMENTS = new StructType()
        .add("key", DataTypes.StringType).add("customerId", DataTypes.StringType).add("atMillis", DataTypes.LongType)
        .add("direction", DataTypes.StringType).add("sentiment", DataTypes.StringType)
        .add("sentimentScore", DataTypes.DoubleType).add("topic", DataTypes.StringType)
        .add("businessUnit", DataTypes.StringType).add("channel", DataTypes.StringType);

    private final SparkSession spark;
    private final VoiceOptions options;
    private final Progress progress;

    public VoiceJob(SparkSession spark, VoiceOptions options, Progress progress) {
        this.spark = spark;
        this.options = options;
        this.progress = progress;
    }

    public VoiceSummary run() {
        String runId = UUID.randomUUID().toString();
        long windowMillis = options.window().toMillis();
        try (GraphSession graph = new GraphSession(options.neo4j())) {
            progress.step("apply schema migrations", graph::migrateSchema);
        }
        GraphReader reader = new GraphReader(options.neo4j());
        Dataset<Row> documents = reader.read(spark, "voice/read-documents", DOCUMENTS).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> gaps = reader.read(spark, "voice/read-silo-gaps", GAPS).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> words = GapSentiment.customerWords(documents).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> afterGaps = GapSentiment.afterGaps(gaps, words, windowMillis).persist(StorageLevel.MEMORY_AND_DISK());
        GraphWriter writer = new GraphWriter(options.neo4j(), options.batchSize());
        try {
            long gapTypes = progress.step("write the sentiment after each type of silo gap", () -> writer.writeNodes(
                GapSentiment.compare(gaps, afterGaps, GapSentiment.baseline(gaps, words, windowMillis))
                    .withColumn("runId", lit(runId)).withColumn("windowDays", lit(options.window().toDays())),
                "voice/merge-gap-sentiment-stats"));
            long topicRows = progress.step("write topic volume and sentiment", () -> writer.writeNodes(
                TopicStats.compute(documents).withColumn("runId", lit(runId)), "voice/merge-topic-stats"));
            long documentCount = documents.count();
            try (GraphSession graph = new GraphSession(options.neo4j())) {
                Map<String, Object> snapshot = new HashMap<>();
                snapshot.put("runId", runId);
                snapshot.put("computedAt", Instant.now().toString());
                snapshot.put("windowDays", options.window().toDays());
                snapshot.put("documents", documentCount);
                progress.step("point the voice snapshot at this run", () -> graph.runNamed("voice/merge-snapshot", snapshot));
                progress.step("remove statistics of earlier runs",
                    () -> graph.runNamed("voice/delete-stale-stats", Map.of("runId", runId)));
            }
            VoiceSummary summary = new VoiceSummary(runId, documentCount, words.count(), gapTypes, afterGaps.count(),
                topicRows);
            progress.info("%d documents, %d inbound from known customers, %d of them within %d days after a silo gap "
                + "(per gap type); %d gap types, %d topic rows", summary.documents(), summary.inbound(),
                summary.afterGap(), options.window().toDays(), gapTypes, topicRows);
            return summary;
        } finally {
            afterGaps.unpersist();
            words.unpersist();
            gaps.unpersist();
            documents.unpersist();
        }
    }
}
