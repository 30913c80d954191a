package io.seamgraph.pipeline;

import io.seamgraph.analytics.documents.DocumentAttachmentEvaluation;
import io.seamgraph.analytics.documents.DocumentLinkEvaluation;
import io.seamgraph.graph.GraphSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Document-to-customer linking in the graph against a generated company's truth/documents.csv. */
@Command(name = "evaluate-documents", mixinStandardHelpOptions = true,
    description = "Precision and recall of document-to-customer links in the graph (after pipeline or link-documents), "
        + "and of documents' attachment to the touchpoints they transcribe, against a generated company's "
        + "truth/documents.csv and truth/records.csv.")
final class EvaluateDocumentsCommand implements Callable<Integer> {

    @Option(names = "--company", paramLabel = "DIR", required = true,
        description = "folder written by `seamgraph generate` (truth/documents.csv, truth/records.csv)")
    Path company;

    @Option(names = "--min-precision", paramLabel = "X", defaultValue = "0",
        description = "exit with status 1 when precision is below X (default ${DEFAULT-VALUE})")
    double minPrecision;

    @Option(names = "--min-recall", paramLabel = "X", defaultValue = "0",
        description = "exit with status 1 when recall is below X (default ${DEFAULT-VALUE})")
    double minRecall;

    @Mixin
    Neo4jOptions neo4j;

    @Override
    public Integer call() {
        Map<String, String> truth = new HashMap<>();
        Map<String, String> truthTouchpoint = new HashMap<>();
        Map<String, String> personOfRecord = new HashMap<>();
        SparkSession spark = SparkSessions.create("seamgraph-evaluate-documents");
        try {
            for (Map<String, String> row : csv(spark, company.resolve("truth/documents.csv"))) {
                truth.put(row.get("documentKey"), row.get("personId") == null ? "" : row.get("personId"));
                // Companies generated before attachment had no touchpointKey column: nothing to compare with.
                truthTouchpoint.put(row.get("documentKey"), row.get("touchpointKey"));
            }
            for (Map<String, String> row : csv(spark, company.resolve("truth/records.csv"))) {
                personOfRecord.put(row.get("system") + ":" + row.get("record_id"), row.get("person_id"));
            }
        } finally {
            spark.stop();
        }
        List<DocumentLinkEvaluation.Link> links = new ArrayList<>();
        Map<String, String> attachedTo = new HashMap<>();
        try (GraphSession graph = new GraphSession(neo4j.connection())) {
            for (Map<String, Object> r : graph.runNamed("documents/read-document-customers", Map.of())) {
                @SuppressWarnings("unchecked")
                List<String> records = (List<String>) r.get("recordKeys");
                links.add(new DocumentLinkEvaluation.Link((String) r.get("documentKey"), (Boolean) r.get("linked"), records));
                attachedTo.put((String) r.get("documentKey"), (String) r.get("attachedTo"));
            }
        }
        DocumentLinkEvaluation.Result result = DocumentLinkEvaluation.evaluate(truth, links, personOfRecord::get);
        System.out.printf("documents in truth      %d (with a person: %d, not in the graph: %d)%n",
            result.documents(), result.withPerson(), result.missingFromGraph());
        System.out.printf("linked                  %d (right: %d, to a document of nobody: %d)%n",
            result.linked(), result.correct(), result.linkedToNobody());
        System.out.printf("precision               %.4f%nrecall                  %.4f%n", result.precision(), result.recall());
        DocumentAttachmentEvaluation.Result attachment = DocumentAttachmentEvaluation.evaluate(truthTouchpoint, attachedTo);
        System.out.printf("transcribing a touch    %d (attached: %d, to the right touchpoint: %d)%n",
            attachment.transcribing(), attachment.attached(), attachment.correct());
        System.out.printf("attachment precision    %.4f%nattachment recall       %.4f%n", attachment.precision(),
            attachment.recall());
        return result.precision() < minPrecision || result.recall() < minRecall ? 1 : 0;
    }

    /** The truth files are small; Spark reads their quoting as the generator's CSV writer writes it. */
    private static List<Map<String, String>> csv(SparkSession spark, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " not found: evaluate-documents needs a company generated with documents");
        }
        Dataset<Row> rows = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
            .csv(file.toString());
        List<Map<String, String>> out = new ArrayList<>();
        for (Row r : rows.collectAsList()) {
            Map<String, String> m = new HashMap<>();
            for (String column : rows.columns()) {
                m.put(column, r.getAs(column));
            }
            out.add(m);
        }
        return out;
    }
}
