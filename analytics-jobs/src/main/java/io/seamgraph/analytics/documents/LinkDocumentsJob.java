package io.seamgraph.analytics.documents;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.seamgraph.graph.GraphReader;
import io.seamgraph.graph.GraphSession;
import io.seamgraph.graph.GraphWriter;
import io.seamgraph.graph.Neo4jConnection;
import io.seamgraph.job.Progress;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Links each document to one customer (after resolve, before journeys): reads the candidates from the graph,
 * decides with {@link DocumentLinks}, and rewrites HAS_DOCUMENT, the documents' link properties and the OF_RECORD
 * of interaction-document touchpoints. A linked interaction document that transcribes a touchpoint an internal system
 * already logged attaches to it ({@link DocumentAttachments}) instead of being a second touchpoint of its own.
 */
public final class LinkDocumentsJob {

    static final StructType DOCUMENTS = new StructType()
        .add("documentKey", DataTypes.StringType).add("hasIdentifiers", DataTypes.BooleanType);
    static final StructType CANDIDATES = new StructType()
        .add("documentKey", DataTypes.StringType).add("rank", DataTypes.LongType).add("method", DataTypes.StringType)
        .add("priority", DataTypes.LongType).add("customerId", DataTypes.StringType).add("recordKey", DataTypes.StringType);
    static final StructType ATTACH_DOCUMENTS = new StructType()
        .add("documentKey", DataTypes.StringType).add("customerId", DataTypes.StringType)
        .add("channel", DataTypes.StringType).add("businessUnit", DataTypes.StringType)
        .add("direction", DataTypes.StringType).add("at", DataTypes.LongType).add("caseId", DataTypes.StringType);
    static final StructType ATTACH_TOUCHPOINTS = new StructType()
        .add("touchpointKey", DataTypes.StringType).add("customerId", DataTypes.StringType)
        .add("channel", DataTypes.StringType).add("businessUnit", DataTypes.StringType)
        .add("direction", DataTypes.StringType).add("at", DataTypes.LongType).add("caseId", DataTypes.StringType).add("fromDocument", DataTypes.BooleanType);

    private final SparkSession spark;
    private final Neo4jConnection neo4j;
    private final int batchSize;
    private final Progress progress;
    private final AttachOptions attach;

    public LinkDocumentsJob(SparkSession spark, Neo4jConnection neo4j, int batchSize, Progress progress) {
        this(spark, neo4j, batchSize, progress, AttachOptions.DEFAULTS);
    }

    public LinkDocumentsJob(SparkSession spark, Neo4jConnection neo4j, int batchSize, Progress progress,
                            AttachOptions attach) {
        this.spark = spark;
        this.neo4j = neo4j;
        this.batchSize = batchSize;
        this.progress = progress;
        this.attach = attach;
    }

    public DocumentLinkSummary run() {
        GraphReader reader = new GraphReader(neo4j);
        try (GraphSession graph = new GraphSession(neo4j)) {
            progress.step("apply schema migrations", graph::migrateSchema);
        }
        Dataset<Row> links = DocumentLinks.choose(reader.read(spark, "documents/read-documents", DOCUMENTS),
                reader.read(spark, "documents/read-link-candidates", CANDIDATES))
            .persist(StorageLevel.MEMORY_AND_DISK());
        links.count();
        try (GraphSession graph = new GraphSession(neo4j)) {
            progress.step("remove previous document links", () -> {
                graph.runNamed("documents/delete-customer-documents", Map.of());
                graph.runNamed("documents/detach-documents", Map.of());
                return graph.runNamed("documents/delete-document-touchpoint-records", Map.of());
            });
        }
        GraphWriter writer = new GraphWriter(neo4j, batchSize);
        String runId = "documents-" + Instant.now();
        long documents = progress.step("write document links", () -> writer.writeRelationships(
            links.select(col("documentKey"), col("linked"), col("customerId"), col("linkMethod"), col("unlinkedReason"),
                lit(runId).as("runId")), "documents/set-document-links"));
        // Read only now: the candidates are the touchpoints of the customers the documents were just linked to.
        Dataset<Row> attachments = DocumentAttachments.attach(
                reader.read(spark, "documents/read-attach-documents", ATTACH_DOCUMENTS),
                reader.read(spark, "documents/read-attach-touchpoints", ATTACH_TOUCHPOINTS), attach)
            .persist(StorageLevel.MEMORY_AND_DISK());
        progress.step("attach documents to the touchpoints they transcribe", () -> writer.writeRelationships(
            attachments, "documents/attach-documents"));
        try (GraphSession graph = new GraphSession(neo4j)) {
            progress.step("give unattached documents their own touchpoint",
                () -> graph.runNamed("documents/restore-document-touchpoints", Map.of()));
        }
        progress.step("link document touchpoints to records", () -> writer.writeRelationships(
            links.filter(col("linked")).select("documentKey", "recordKey"), "documents/link-document-touchpoints"));
        DocumentLinkSummary summary = summarise(links, documents, attachments);
        progress.info("%d documents: %d linked %s, unlinked %s, attached %s", summary.documents(), summary.linked(),
            summary.byMethod(), summary.unlinked(), summary.attached());
        attachments.unpersist();
        links.unpersist();
        return summary;
    }

    static DocumentLinkSummary summarise(Dataset<Row> links, long documents, Dataset<Row> attachments) {
        Map<String, Long> attached = new TreeMap<>();
        for (Row r : attachments.groupBy("attachMethod").count().collectAsList()) {
            attached.put(r.getString(0), r.getLong(1));
        }
        Map<String, Long> byMethod = new TreeMap<>();
        Map<String, Long> unlinked = new TreeMap<>();
        for (Row r : links.groupBy("linked", "linkMethod", "unlinkedReason").count().collectAsList()) {
            if (r.getBoolean(0)) {
                byMethod.put(r.getString(1), r.getLong(3));
            } else {
                unlinked.merge(r.getString(2).startsWith("ambiguous") ? "ambiguous" : r.getString(2), r.getLong(3), Long::sum);
            }
        }
        return new DocumentLinkSummary(documents, byMethod.values().stream().mapToLong(Long::longValue).sum(), byMethod, unlinked,
            attached);
    }
}
