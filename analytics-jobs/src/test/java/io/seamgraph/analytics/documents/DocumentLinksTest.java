package io.seamgraph.analytics.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.seamgraph.testsupport.SparkSessionExtension;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class DocumentLinksTest {

    private static Row candidate(String doc, long rank, String method, long priority, String customer, String record) {
        return RowFactory.create(doc, rank, method, priority, customer, record);
    }

    @Test
    void each_document_gets_one_customer_by_the_most_trusted_evidence_or_a_reason(SparkSession spark) {
        Dataset<Row> documents = spark.createDataFrame(List.of(
            RowFactory.create("person", true), RowFactory.create("author", true), RowFactory.create("trusted", true),
            RowFactory.create("ambiguous", true), RowFactory.create("order", true), RowFactory.create("stranger", true),
            RowFactory.create("anonymous", false)), LinkDocumentsJob.DOCUMENTS);
        Dataset<Row> candidates = spark.createDataFrame(List.of(
            candidate("person", 1, "person-id", 0, "C-1", "crm:1"),
            candidate("person", 2, "author-email", 0, "C-2", "shop:2"),
            // Email and phone of the author both point at C-3: the e-mail is the named method.
            candidate("author", 2, "author-phone", 1, "C-3", "shop:3"),
            candidate("author", 2, "author-email", 0, "C-3", "crm:3"),
            // The author says C-4, the body mentions C-5: the author is more trusted, no ambiguity.
            candidate("trusted", 2, "author-handle", 2, "C-4", "social:4"),
            candidate("trusted", 5, "body-email", 0, "C-5", "crm:5"),
            // The author's e-mail is C-6's, the author's phone C-7's: ambiguous, and the order is not asked.
            candidate("ambiguous", 2, "author-email", 0, "C-6", "crm:6"),
            candidate("ambiguous", 2, "author-phone", 1, "C-7", "crm:7"),
            candidate("ambiguous", 3, "order-number", 0, "C-6", "shop:6"),
            candidate("order", 3, "order-number", 0, "C-8", "shop:8"),
            candidate("order", 4, "account", 0, "C-8", "billing:8")), LinkDocumentsJob.CANDIDATES);

        List<Row> links = DocumentLinks.choose(documents, candidates).orderBy("documentKey").collectAsList();

        assertThat(links).extracting(r -> r.getAs("documentKey"), r -> r.getAs("linked"), r -> r.getAs("customerId"),
                r -> r.getAs("linkMethod"), r -> r.getAs("recordKey"), r -> r.getAs("unlinkedReason"))
            .containsExactly(
                tuple("ambiguous", false, null, null, null, "ambiguous: 2 customers"),
                tuple("anonymous", false, null, null, null, "no-identifier"),
                tuple("author", true, "C-3", "author-email", "crm:3", null),
                tuple("order", true, "C-8", "order-number", "shop:8", null),
                tuple("person", true, "C-1", "person-id", "crm:1", null),
                tuple("stranger", false, null, null, null, "no-known-customer"),
                tuple("trusted", true, "C-4", "author-handle", "social:4", null));
    }

    @Test
    void the_summary_counts_links_per_method_and_unlinked_per_reason(SparkSession spark) {
        Dataset<Row> documents = spark.createDataFrame(List.of(
            RowFactory.create("a", true), RowFactory.create("b", true), RowFactory.create("c", false)), LinkDocumentsJob.DOCUMENTS);
        Dataset<Row> candidates = spark.createDataFrame(List.of(
            candidate("a", 2, "author-email", 0, "C-1", "r1"),
            candidate("b", 5, "body-phone", 1, "C-1", "r1"),
            candidate("b", 5, "body-email", 0, "C-2", "r2")), LinkDocumentsJob.CANDIDATES);

        DocumentLinkSummary summary = LinkDocumentsJob.summarise(DocumentLinks.choose(documents, candidates), 3,
            spark.createDataFrame(List.<Row>of(), DocumentAttachments.OUTPUT));

        assertThat(summary.linked()).isEqualTo(1);
        assertThat(summary.byMethod()).containsExactly(java.util.Map.entry("author-email", 1L));
        assertThat(summary.unlinked()).containsOnly(java.util.Map.entry("ambiguous", 1L), java.util.Map.entry("no-identifier", 1L));
    }
}
