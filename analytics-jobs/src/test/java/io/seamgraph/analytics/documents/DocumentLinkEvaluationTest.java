package io.seamgraph.analytics.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.seamgraph.analytics.documents.DocumentLinkEvaluation.Link;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentLinkEvaluationTest {

    private static final Map<String, String> PERSON_OF_RECORD = Map.of(
        "crm:1", "P1", "shop:1", "P1", "crm:2", "P2", "shop:9", "P1", "crm:3", "P3");

    @Test
    void precision_counts_right_links_among_links_and_recall_among_documents_with_a_person() {
        Map<String, String> truth = Map.of("right", "P1", "wrong", "P2", "unlinked", "P3", "nobody", "", "absent", "P1");
        List<Link> links = List.of(
            new Link("right", true, List.of("crm:1", "shop:1")),
            // Linked to a customer whose records are mostly P1's, but the document is P2's.
            new Link("wrong", true, List.of("crm:1", "shop:9", "crm:2")),
            new Link("unlinked", false, List.of()),
            new Link("nobody", true, List.of("crm:3")));

        DocumentLinkEvaluation.Result r = DocumentLinkEvaluation.evaluate(truth, links, PERSON_OF_RECORD::get);

        assertThat(r.linked()).isEqualTo(3);
        assertThat(r.correct()).isEqualTo(1);
        assertThat(r.withPerson()).isEqualTo(4);
        assertThat(r.linkedToNobody()).isEqualTo(1);
        assertThat(r.missingFromGraph()).isEqualTo(1);
        assertThat(r.precision()).isEqualTo(1.0 / 3);
        assertThat(r.recall()).isEqualTo(0.25);
    }
}
