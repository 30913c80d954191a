package io.seamgraph.api.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.seamgraph.api.HttpTestSupport;
import io.seamgraph.testsupport.CypherFixtures;
import io.seamgraph.testsupport.Neo4jServerExtension;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

import com.jayway.jsonpath.JsonPath;

/**
 * A customer's documents over real HTTP, on the shared fixture plus {@code fixtures/documents.cypher}: Jo's four
 * documents (a review, an outbound e-mail, a French post, a chat with a promise that is also a journey touchpoint),
 * Sam's review and one review linked to nobody.
 */
class DocumentsHttpTest extends HttpTestSupport {

    private static final String JO_DOCUMENTS = "/api/customers/{id}/documents";

    @BeforeAll
    static void loadDocuments() {
        try (CypherFixtures graph = CypherFixtures.connect(Neo4jServerExtension.boltUri())) {
            graph.load("fixtures/documents.cypher");
        }
    }

    @Test
    void an_admin_reads_a_customers_documents_in_time_order_with_text_and_everything_extraction_found() {
        get(ADMIN, JO_DOCUMENTS, JO)
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.customerId").isEqualTo(JO)
            .jsonPath("$.personalDataMasked").isEqualTo(false)
            .jsonPath("$.documents[*].key").isEqualTo(List.of("reviews:R-1", "mails:M-9", "social:S-5",
                "support-chats:CH-1"))
            .jsonPath("$.documents[0].documentType").isEqualTo("review")
            .jsonPath("$.documents[0].at").isEqualTo("2024-03-02T18:00:00Z")
            .jsonPath("$.documents[0].text").isEqualTo(
                "The chair arrived broken. Call me on 07700 900123 or write to jo.smith@example.com.")
            .jsonPath("$.documents[0].authorEmail").isEqualTo("jo.smith@example.com")
            .jsonPath("$.documents[0].authorPhone").isEqualTo("+447700900123")
            .jsonPath("$.documents[0].authorHandle").isEqualTo("jo_smith")
            .jsonPath("$.documents[0].rating").isEqualTo(1.0)
            .jsonPath("$.documents[0].sentiment").isEqualTo("negative")
            .jsonPath("$.documents[0].sentimentScore").isEqualTo(-0.82)
            .jsonPath("$.documents[0].topic").isEqualTo("delivery")
            .jsonPath("$.documents[0].topicName").isEqualTo("Delivery")
            .jsonPath("$.documents[0].language").isEqualTo("eng")
            .jsonPath("$.documents[0].linkMethod").isEqualTo("author-handle")
            .jsonPath("$.documents[0].touchpointKey").isEmpty()
            .jsonPath("$.documents[1].subject").isEqualTo("Your return, Jo")
            .jsonPath("$.documents[1].direction").isEqualTo("outbound")
            .jsonPath("$.documents[1].brandMarkers").isEqualTo(List.of("Acme Home"))
            .jsonPath("$.documents[3].promiseType").isEqualTo("callback")
            .jsonPath("$.documents[3].promiseDueAt").isEqualTo("2024-03-13T09:00:00Z")
            .jsonPath("$.documents[3].promisePhrase").isEqualTo("we will call you back within 24 hours")
            .jsonPath("$.documents[3].touchpointKey").isEqualTo("support-chats:CH-1")
            .jsonPath("$.nextCursor").isEmpty();
    }

    @Test
    void an_analyst_gets_no_text_and_the_authors_identifiers_masked_as_on_the_customer_endpoints() {
        String body = get(ANALYST, JO_DOCUMENTS, JO)
            .expectStatus().isOk()
            .expectBody(String.class).returnResult().getResponseBody();
        assertThat(JsonPath.<Boolean>read(body, "$.personalDataMasked")).isTrue();
        assertThat(JsonPath.<String>read(body, "$.documents[0].authorEmail")).isEqualTo("j***@example.com");
        assertThat(JsonPath.<String>read(body, "$.documents[0].authorPhone")).isEqualTo("***123");
        assertThat(JsonPath.<String>read(body, "$.documents[0].authorHandle")).isEqualTo("***ith");
        assertThat(JsonPath.<String>read(body, "$.documents[0].sentiment")).isEqualTo("negative");
        assertThat(JsonPath.<String>read(body, "$.documents[0].topic")).isEqualTo("delivery");
        assertThat(JsonPath.<String>read(body, "$.documents[3].promiseType")).isEqualTo("callback");
        List<Object> texts = JsonPath.read(body, "$.documents[*].text");
        List<Object> subjects = JsonPath.read(body, "$.documents[*].subject");
        List<Object> phrases = JsonPath.read(body, "$.documents[*].promisePhrase");
        assertThat(texts).containsOnlyNulls();
        assertThat(subjects).containsOnlyNulls();
        assertThat(phrases).containsOnlyNulls();
        assertThat(body).doesNotContain("jo.smith@example.com", "900123", "jo_smith", "Dear Jo", "Your return");
    }

    @Test
    void a_dashboard_user_may_not_read_documents() {
        get(DASHBOARD, JO_DOCUMENTS, JO).expectStatus().isForbidden();
        get(null, JO_DOCUMENTS, JO).expectStatus().isUnauthorized();
    }

    @ParameterizedTest(name = "{0}={1} lists {2}")
    @CsvSource(delimiter = '|', value = {
        "type        | review       | reviews:R-1",
        "type        | CHAT         | support-chats:CH-1",
        "sentiment   | negative     | reviews:R-1,support-chats:CH-1",
        "topic       | returns      | mails:M-9",
        "language    | fra          | social:S-5",
        "promise     | true         | support-chats:CH-1",
        "promise     | false        | reviews:R-1,mails:M-9,social:S-5",
        "promiseType | callback     | support-chats:CH-1",
        "linkMethod  | author-phone | support-chats:CH-1",
        "linkMethod  | account      | ''",
    })
    void filters_narrow_the_list(String parameter, String value, String expected) {
        String body = get(ANALYST, JO_DOCUMENTS + "?" + parameter + "={value}", JO, value)
            .expectStatus().isOk()
            .expectBody(String.class).returnResult().getResponseBody();
        List<String> keys = JsonPath.read(body, "$.documents[*].key");
        assertThat(keys).containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split(",")));
    }

    @Test
    void a_cursor_pages_through_every_document_once_and_keeps_the_filter() {
        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            String body = get(ANALYST, JO_DOCUMENTS + "?limit=3&cursor={cursor}", JO, cursor == null ? "" : cursor)
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
            List<String> keys = JsonPath.read(body, "$.documents[*].key");
            seen.addAll(keys);
            pageSizes.add(keys.size());
            cursor = JsonPath.read(body, "$.nextCursor");
        } while (cursor != null && pageSizes.size() < 10);
        assertThat(seen).containsExactly("reviews:R-1", "mails:M-9", "social:S-5", "support-chats:CH-1");
        assertThat(pageSizes).containsExactly(3, 1);

        String first = get(ANALYST, JO_DOCUMENTS + "?sentiment=negative&limit=1", JO)
            .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        get(ANALYST, JO_DOCUMENTS + "?sentiment=negative&limit=1&cursor={c}", JO,
                JsonPath.<String>read(first, "$.nextCursor"))
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.documents[*].key").isEqualTo(List.of("support-chats:CH-1"))
            .jsonPath("$.nextCursor").isEmpty();
    }

    @Test
    void a_customer_sees_only_documents_linked_to_them_and_the_unlinked_review_belongs_to_nobody() {
        get(ANALYST, JO_DOCUMENTS, SAM)
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.documents[*].key").isEqualTo(List.of("reviews:R-2"));
        get(ANALYST, JO_DOCUMENTS, ALEX)
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.documents").isEmpty()
            .jsonPath("$.nextCursor").isEmpty();
    }

    @Test
    void an_alias_of_a_merged_customer_redirects_with_the_query_and_an_unknown_id_is_not_found() {
        get(ANALYST, JO_DOCUMENTS + "?type=review", "C-0000000000000d0c")
            .expectStatus().isEqualTo(308)
            .expectHeader().location("/api/customers/" + JO + "/documents?type=review");
        get(ANALYST, JO_DOCUMENTS, "C-ffffffffffffffff")
            .expectStatus().isNotFound()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.customerId").isEqualTo("C-ffffffffffffffff");
    }

    @ParameterizedTest(name = "{0}={1} is a bad request naming {0}")
    @CsvSource({
        "limit, 0",
        "limit, 501",
        "type, fax",
        "sentiment, angry",
        "language, english",
        "promise, maybe",
        "linkMethod, pigeon",
        "cursor, not-a-cursor!",
        "cursor, MTIz",
    })
    void a_bad_parameter_is_a_bad_request_that_names_it(String parameter, String value) {
        get(ANALYST, JO_DOCUMENTS + "?" + parameter + "={value}", JO, value)
            .expectStatus().isBadRequest()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.parameter").isEqualTo(parameter);
    }

    @Test
    void a_document_touchpoint_in_the_journey_carries_its_document_sentiment_topic_and_promise() {
        get(ANALYST, "/api/customers/{id}/journey", JO)
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.steps[*].key").isEqualTo(List.of("esp-sends:S-1", "crm-visits:V-10", "crm-orders:O-20",
                "helpdesk-calls:K-30", "helpdesk-mails:M-31", "support-chats:CH-1"))
            .jsonPath("$.steps[5].documentKey").isEqualTo("support-chats:CH-1")
            .jsonPath("$.steps[5].documentType").isEqualTo("chat")
            .jsonPath("$.steps[5].sentiment").isEqualTo("negative")
            .jsonPath("$.steps[5].sentimentScore").isEqualTo(-0.4)
            .jsonPath("$.steps[5].topic").isEqualTo("delivery")
            .jsonPath("$.steps[5].promiseType").isEqualTo("callback")
            .jsonPath("$.steps[5].promiseDueAt").isEqualTo("2024-03-13T09:00:00Z")
            .jsonPath("$.steps[5].gapSeconds").isEqualTo(68400)
            .jsonPath("$.steps[3].documentKey").isEmpty()
            .jsonPath("$.steps[3].promiseType").isEqualTo("callback")
            .jsonPath("$.steps[0].documentKey").isEmpty()
            .jsonPath("$.steps[0].sentiment").isEmpty();
    }
}
