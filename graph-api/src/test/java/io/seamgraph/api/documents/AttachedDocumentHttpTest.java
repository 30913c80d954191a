package io.seamgraph.api.documents;

import io.seamgraph.api.HttpTestSupport;
import io.seamgraph.testsupport.CypherFixtures;
import io.seamgraph.testsupport.Neo4jServerExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A document attached to the internal touchpoint it transcribes ({@code fixtures/attached-document.cypher}), over real
 * HTTP: the journey shows it on that step, once, and the step keeps its own topic and promise.
 */
class AttachedDocumentHttpTest extends HttpTestSupport {

    @BeforeAll
    static void loadAttachedDocument() {
        try (CypherFixtures graph = CypherFixtures.connect(Neo4jServerExtension.boltUri())) {
            graph.load("fixtures/attached-document.cypher");
        }
    }

    @Test
    void the_journey_step_of_an_internal_touchpoint_carries_the_document_attached_to_it() {
        get(ANALYST, "/api/customers/{id}/journey", JO)
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.steps[*].key").isEqualTo(List.of("esp-sends:S-1", "crm-visits:V-10", "crm-orders:O-20",
                "helpdesk-calls:K-30", "helpdesk-mails:M-31"))
            .jsonPath("$.steps[3].documentKey").isEqualTo("support-calls:CALL-30.txt")
            .jsonPath("$.steps[3].documentType").isEqualTo("call")
            .jsonPath("$.steps[3].sentiment").isEqualTo("negative")
            .jsonPath("$.steps[3].sentimentScore").isEqualTo(-0.7)
            .jsonPath("$.steps[3].topic").isEqualTo("delivery")
            .jsonPath("$.steps[3].promiseType").isEqualTo("callback")
            .jsonPath("$.steps[3].promiseDueAt").isEqualTo("2024-03-11T17:00:00Z")
            .jsonPath("$.steps[4].documentKey").isEmpty();
    }

    @Test
    void the_customers_document_list_names_the_touchpoint_it_is_attached_to() {
        get(ANALYST, "/api/customers/{id}/documents", JO)
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.documents[*].key").isEqualTo(List.of("support-calls:CALL-30.txt"))
            .jsonPath("$.documents[0].touchpointKey").isEqualTo("helpdesk-calls:K-30");
    }
}
