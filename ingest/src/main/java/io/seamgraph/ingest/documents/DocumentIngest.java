package io.seamgraph.ingest.documents;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.seamgraph.contract.DocumentField;
import io.seamgraph.contract.RecordKind;
import io.seamgraph.contract.SourceDefinition;
import io.seamgraph.contract.SourcesFile;
import io.seamgraph.graph.GraphWriter;
import io.seamgraph.ingest.SourceCounts;
import io.seamgraph.text.extract.ClassifierFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/** The document sources' part of ingest: read, analyse, count, quarantine and write. */
public final class DocumentIngest {

    private DocumentIngest() {
    }

    /** Every document of every document source, analysed; rejected ones carry a {@code reason}. */
    public static Dataset<Row> prepare(SparkSession spark, SourcesFile sources, ClassifierFactory classifiers) {
        Dataset<Row> all = spark.createDataFrame(List.of(), AnalyseDocuments.SCHEMA);
        for (SourceDefinition source : sources.config().sourcesOf(RecordKind.DOCUMENT)) {
            Dataset<Row> read = ReadDocuments.read(spark, sources, source);
            all = all.unionByName(AnalyseDocuments.apply(read, source, sources.config(), classifiers));
        }
        return all;
    }

    public static Dataset<Row> accepted(Dataset<Row> documents) {
        return documents.filter(col("reason").isNull());
    }

    /** Rejected documents in the quarantine's columns (as {@code QuarantineRows}): one row per file or document. */
    public static Dataset<Row> quarantine(Dataset<Row> documents) {
        return documents.filter(col("reason").isNotNull())
            .select(col("source"), col("file"), col("documentId").as("record"), col("field"), col("value"),
                col("reason"), lit("rejected").as("action"), lit(null).cast(DataTypes.StringType).as("row"));
    }

    public static List<SourceCounts> counts(Dataset<Row> documents) {
        return documents.groupBy(col("source"))
            .agg(count(lit(1)).as("read"), sum(when(col("reason").isNotNull(), 1).otherwise(0)).as("rejected"))
            .orderBy("source").collectAsList().stream()
            .map(r -> new SourceCounts(r.getString(0), "document", r.getLong(1), r.getLong(1) - r.getLong(2), r.getLong(2), 0))
            .toList();
    }

    /** Writes documents, their mentions, orders and topics, and interaction documents as touchpoints. */
    public static Map<String, Long> write(GraphWriter writer, Dataset<Row> accepted) {
        Map<String, Long> written = new LinkedHashMap<>();
        written.put("Document nodes", writer.writeNodes(DocumentGraphRows.documents(accepted), "documents/merge-documents"));
        written.put("documents with MENTIONS", writer.writeRelationships(DocumentGraphRows.mentions(accepted), "documents/link-document-mentions"));
        written.put("documents with MENTIONS_ORDER candidates", writer.writeRelationships(DocumentGraphRows.orders(accepted), "documents/link-document-orders"));
        written.put("ABOUT relationships", writer.writeRelationships(DocumentGraphRows.topics(accepted), "documents/link-document-topics"));
        written.put("document Touchpoint nodes", writer.writeRelationships(DocumentGraphRows.touchpoints(accepted), "documents/merge-document-touchpoints"));
        return written;
    }


    static org.apache.spark.sql.Column interaction() {
        return col("documentType").isin(DocumentField.INTERACTION_TYPES.toArray());
    }

}
