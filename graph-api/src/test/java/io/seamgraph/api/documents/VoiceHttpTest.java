package io.seamgraph.api.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
 * Topics and gap sentiment over real HTTP, on the statistics {@code fixtures/documents.cypher} holds as the gap-sentiment
 * job would have written them (run voice-2), next to stale rows of an earlier run (voice-1) that must not count.
 */
class VoiceHttpTest extends HttpTestSupport {

    @BeforeAll
    static void loadDocuments() {
        try (CypherFixtures graph = CypherFixtures.connect(Neo4jServerExtension.boltUri())) {
            graph.load("fixtures/documents.cypher");
        }
    }

    @Test
    void the_dashboard_reads_each_topics_volume_and_sentiment_by_unit_and_channel_most_documents_first() {
        get(DASHBOARD, "/api/topics")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.computedAt").isEqualTo("2024-03-12T07:00:00Z")
            .jsonPath("$.since").isEmpty()
            .jsonPath("$.topics[*].topic").isEqualTo(List.of("delivery", "returns"))
            .jsonPath("$.topics[0].name").isEqualTo("Delivery")
            .jsonPath("$.topics[0].documents").isEqualTo(6)
            .jsonPath("$.topics[0].negative").isEqualTo(4)
            .jsonPath("$.topics[0].neutral").isEqualTo(1)
            .jsonPath("$.topics[0].positive").isEqualTo(1)
            .jsonPath("$.topics[0].negativeShare").value(Double.class, x -> assertThat(x).isCloseTo(4.0 / 6, within(1e-9)))
            .jsonPath("$.topics[0].meanScore").value(Double.class, x -> assertThat(x).isCloseTo(-2.1 / 6, within(1e-9)))
            .jsonPath("$.topics[0].byUnit.sales.documents").isEqualTo(5)
            .jsonPath("$.topics[0].byUnit.sales.negativeShare").isEqualTo(0.6)
            .jsonPath("$.topics[0].byUnit.sales.meanScore").value(Double.class, x -> assertThat(x).isCloseTo(-0.34, within(1e-9)))
            .jsonPath("$.topics[0].byUnit.service.documents").isEqualTo(1)
            .jsonPath("$.topics[0].byChannel.review.documents").isEqualTo(5)
            .jsonPath("$.topics[0].byChannel.chat.negative").isEqualTo(1)
            .jsonPath("$.topics[1].name").isEqualTo("Returns")
            .jsonPath("$.topics[1].negativeShare").isEqualTo(0.0)
            .jsonPath("$.topics[1].meanScore").isEqualTo(0.6);
    }

    @ParameterizedTest(name = "{0} counts {1}")
    @CsvSource(delimiter = '|', value = {
        "since=2024-03                               | delivery:4,returns:1",
        "until=2024-02                               | delivery:2",
        "unit=service                                | delivery:1,returns:1",
        "channel=review&since=2024-03&until=2024-03  | delivery:3",
        "direction=outbound                          | returns:1",
        "unit=billing                                | ''",
    })
    void filters_count_only_the_matching_months_units_channels_and_directions(String query, String expected) {
        String body = get(ANALYST, "/api/topics?" + query)
            .expectStatus().isOk()
            .expectBody(String.class).returnResult().getResponseBody();
        List<String> topics = JsonPath.read(body, "$.topics[*].topic");
        List<Integer> documents = JsonPath.read(body, "$.topics[*].documents");
        List<String> counted = new java.util.ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            counted.add(topics.get(i) + ":" + documents.get(i));
        }
        assertThat(counted).containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split(",")));
    }

    @ParameterizedTest(name = "{0} is a bad request naming {1}")
    @CsvSource({
        "since=March, since",
        "until=2024-13, until",
        "since=2024-04&until=2024-03, since",
        "direction=sideways, direction",
    })
    void a_bad_topic_filter_is_a_bad_request_that_names_it(String query, String parameter) {
        get(ANALYST, "/api/topics?" + query)
            .expectStatus().isBadRequest()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.parameter").isEqualTo(parameter);
    }

    @Test
    void the_dashboard_reads_each_gap_types_sentiment_against_its_baseline_from_the_current_run_only() {
        get(DASHBOARD, "/api/silo-gaps/sentiment")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.windowDays").isEqualTo(14)
            .jsonPath("$.computedAt").isEqualTo("2024-03-12T07:00:00Z")
            .jsonPath("$.types[*].type").isEqualTo(List.of("repeat_contact_after_handoff", "silence"))
            .jsonPath("$.types[0].gaps").isEqualTo(2)
            .jsonPath("$.types[0].documents").isEqualTo(3)
            .jsonPath("$.types[0].customers").isEqualTo(1)
            .jsonPath("$.types[0].negativeShare").isEqualTo(0.6667)
            .jsonPath("$.types[0].meanScore").isEqualTo(-0.5)
            .jsonPath("$.types[0].baselineDocuments").isEqualTo(10)
            .jsonPath("$.types[0].baselineNegativeShare").isEqualTo(0.3)
            .jsonPath("$.types[0].negativeShareDifference").isEqualTo(0.3667)
            .jsonPath("$.types[0].lift").isEqualTo(2.2222)
            .jsonPath("$.types[1].documents").isEqualTo(0)
            .jsonPath("$.types[1].negativeShare").isEmpty()
            .jsonPath("$.types[1].lift").isEmpty()
            .jsonPath("$.types[1].baselineNegativeShare").isEqualTo(0.25);
    }

    @Test
    void the_openapi_document_describes_the_documents_topics_and_gap_sentiment_endpoints() {
        get(null, "/v3/api-docs")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.paths['/api/customers/{id}/documents'].get.parameters[*].name").value(List.class,
                names -> assertThat(names).contains("type", "sentiment", "topic", "language", "promise", "linkMethod",
                    "limit", "cursor"))
            .jsonPath("$.paths['/api/topics'].get.summary").isNotEmpty()
            .jsonPath("$.paths['/api/silo-gaps/sentiment'].get.summary").isNotEmpty();
    }

    @Test
    void before_the_gap_sentiment_job_has_run_topics_and_gap_sentiment_say_what_to_run() {
        try (CypherFixtures graph = CypherFixtures.connect(Neo4jServerExtension.boltUri())) {
            graph.run("MATCH (v:VoiceSnapshot) SET v:VoiceSnapshotAside REMOVE v:VoiceSnapshot");
            try {
                for (String path : List.of("/api/topics", "/api/silo-gaps/sentiment")) {
                    get(DASHBOARD, path)
                        .expectStatus().isNotFound()
                        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody()
                        .jsonPath("$.title").isEqualTo("Voice statistics not computed")
                        .jsonPath("$.detail").value(String.class, d -> assertThat(d).contains("gap-sentiment"));
                }
            } finally {
                graph.run("MATCH (v:VoiceSnapshotAside) SET v:VoiceSnapshot REMOVE v:VoiceSnapshotAside");
            }
        }
    }
}
