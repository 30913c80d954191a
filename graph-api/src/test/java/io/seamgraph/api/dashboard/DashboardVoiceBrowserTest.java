package io.seamgraph.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import io.seamgraph.testsupport.CypherFixtures;
import io.seamgraph.testsupport.Neo4jServerExtension;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * "What customers say" in a real headless Chromium against the real API: the negative share after each silo-gap type
 * against its baseline, the topics with their filters, and the documents on a customer's journey and under it, with
 * their text for ADMIN only. The fixture ({@code fixtures/documents.cypher}) holds Jo's four documents, the chat among
 * them a step of Jo's journey, and the gap-sentiment job's statistics of run voice-2 next to stale rows of voice-1.
 */
class DashboardVoiceBrowserTest extends DashboardPageSupport {

    /** A gap of Jo's: choosing it opens Jo's journey. */
    private static final String JO_GAP = "repeat_contact_after_handoff:" + JO + ":crm-orders:O-20";

    private static final String JO_CHAT = "support-chats:CH-1";

    @Test
    void the_gap_sentiment_chart_has_a_row_per_gap_type_with_a_bar_as_many_times_the_baseline_as_its_lift(Chromium chromium) {
        List<JsonNode> types = list(api("/api/silo-gaps/sentiment").get("types"));
        List<JsonNode> measured = types.stream().filter(t -> !t.get("negativeShare").isNull()).toList();
        assertThat(measured).as("the fixture has a type with documents after it").isNotEmpty();
        assertThat(types).as("and one without").hasSizeGreaterThan(measured.size());
        BrowserPage page = signedIn(chromium);

        // Highest lift first, types without one after.
        assertThat(page.attributes("#gap-sentiment g.gap-type", "data-type"))
            .containsExactlyInAnyOrderElementsOf(strings(api("/api/silo-gaps/sentiment").get("types"), "type"))
            .startsWith(measured.get(0).get("type").asString());
        assertThat(page.count("#gap-sentiment rect.after")).isEqualTo(measured.size());
        for (JsonNode type : types) {
            String row = "#gap-sentiment g.gap-type[data-type=\"" + type.get("type").asString() + "\"]";
            assertThat(page.text(row + " .type")).as(row).endsWith("(" + integer(type.get("gaps")) + ")");
            if (type.get("negativeShare").isNull()) {
                assertThat(page.count(row + " rect.after")).as(row).isZero();
                assertThat(page.text(row + " .lift")).as(row).isEqualTo("no documents after");
                continue;
            }
            assertThat(page.text(row + " .lift")).as(row).isEqualTo("×" + decimal(type.get("lift"), 2));
            // The bar reaches lift times as far from zero as the baseline's mark.
            double bar = page.eval("Number(document.querySelector(" + BrowserPage.quote(row + " rect.after")
                + ").getAttribute('width'))").asDouble();
            double baseline = page.eval("(() => { const r = document.querySelector(" + BrowserPage.quote(row + " rect.after")
                + "); const l = document.querySelector(" + BrowserPage.quote(row + " line.baseline") + "); "
                + "return Number(l.getAttribute('x1')) - Number(r.getAttribute('x')); })()").asDouble();
            assertThat(bar / baseline).as(row).isCloseTo(type.get("lift").asDouble(), within(0.005));
            assertThat(page.text(row + " rect.after title")).as(row)
                .contains(percent(type.get("negativeShare")) + " negative of " + integer(type.get("documents")) + " documents");
        }
    }

    @Test
    void the_topics_table_shows_volume_and_sentiment_mix_and_filters_by_unit_channel_and_direction(Chromium chromium) {
        BrowserPage page = signedIn(chromium);

        // What customers wrote by default: the company's outbound e-mail about returns is not counted.
        JsonNode inbound = api("/api/topics?direction=inbound");
        assertTopics(page, inbound);
        assertThat(page.attributes("#topics tr[data-topic]", "data-topic")).doesNotContain("returns");
        assertThat(page.attributes("#topics select[name=unit] option", "value")).containsExactly("", "sales", "service");

        page.select("#topics select[name=unit]", "service");

        page.waitFor("document.querySelector('table.topics')?.dataset.unit === 'service'", "the service unit's topics");
        JsonNode service = api("/api/topics?direction=inbound&unit=service");
        assertThat(list(service.get("topics")).get(0).get("documents").asLong())
            .as("the unit filter changes the counts").isLessThan(list(inbound.get("topics")).get(0).get("documents").asLong());
        assertTopics(page, service);
        assertThat(page.attributes("#topics select[name=unit] option", "value"))
            .as("the other units stay on offer").containsExactly("", "sales", "service");

        page.select("#topics select[name=direction]", "");

        page.waitFor("document.querySelectorAll('#topics tr[data-topic]').length === 2", "both directions' topics");
        assertTopics(page, api("/api/topics?unit=service"));

        page.select("#topics select[name=unit]", "");
        page.select("#topics select[name=channel]", "review");

        page.waitFor("document.querySelector('table.topics')?.dataset.channel === 'review'", "the review channel's topics");
        assertTopics(page, api("/api/topics?channel=review"));
    }

    @Test
    void the_journey_marks_a_document_step_and_an_analyst_sees_its_sentiment_and_topic_but_never_its_text(Chromium chromium) {
        JsonNode chat = list(api("/api/customers/" + JO + "/journey?limit=500").get("steps")).stream()
            .filter(s -> !s.get("documentKey").isNull()).findFirst().orElseThrow();
        assertThat(chat.get("key").asString()).isEqualTo(JO_CHAT);
        JsonNode masked = api("/api/customers/" + JO + "/documents");
        assertThat(masked.get("personalDataMasked").asBoolean()).isTrue();
        List<JsonNode> unmasked = list(api(ADMIN, "/api/customers/" + JO + "/documents").get("documents"));
        BrowserPage page = openJo(chromium, ANALYST);

        assertThat(page.attributes("#timeline .document-mark", "data-step")).containsExactly(JO_CHAT);
        String mark = "#timeline .document-mark[data-step=\"" + JO_CHAT + "\"]";
        assertThat(page.attributes(mark, "data-document-type")).containsExactly(chat.get("documentType").asString());
        assertThat(page.attributes(mark, "data-sentiment")).containsExactly(chat.get("sentiment").asString());
        assertThat(page.attributes(mark, "class")).singleElement().asString().contains("negative");
        assertThat(page.text(mark + " title")).contains("chat", "negative", chat.get("topic").asString());
        assertThat(page.attributes("#timeline circle.document", "data-step")).containsExactly(JO_CHAT);
        String row = "#timeline tr.step[data-step=\"" + JO_CHAT + "\"]";
        assertThat(page.attributes(row, "class")).singleElement().asString().contains("document");
        assertThat(page.text(row)).contains("chat", "negative " + decimal(chat.get("sentimentScore"), 2),
            chat.get("topic").asString());
        assertThat(page.count(row + " svg.doc-icon[data-document-type=chat]")).isOne();

        // The list under the timeline: every document, identifiers as the API masked them, no text anywhere.
        assertThat(page.attributes("#documents tr.document", "data-document"))
            .containsExactlyElementsOf(strings(masked.get("documents"), "key"));
        assertThat(page.text("#documents tr.document[data-document=\"" + JO_CHAT + "\"] td.author")).isEqualTo("***123");
        assertThat(page.text("#documents .note")).contains("masked", "ADMIN");
        assertThat(page.count(".document-text")).isZero();
        String everything = page.eval("document.body.innerText + document.body.innerHTML").asString();
        for (JsonNode document : unmasked) {
            for (String field : List.of("text", "subject", "promisePhrase", "authorEmail", "authorPhone", "authorHandle")) {
                if (!document.get(field).isNull()) {
                    assertThat(everything).as(document.get("key").asString() + " " + field)
                        .doesNotContain(document.get(field).asString());
                }
            }
        }
    }

    @Test
    void an_admin_reads_the_text_of_the_document_step_and_of_each_document(Chromium chromium) {
        List<JsonNode> documents = list(api(ADMIN, "/api/customers/" + JO + "/documents").get("documents"));
        JsonNode chat = documents.stream().filter(d -> d.get("key").asString().equals(JO_CHAT)).findFirst().orElseThrow();
        BrowserPage page = openJo(chromium, ADMIN);

        assertThat(page.text("#timeline tr[data-document-text=\"" + JO_CHAT + "\"]")).isEqualTo(chat.get("text").asString());
        for (JsonNode document : documents) {
            String text = "#documents tr[data-document-text=\"" + document.get("key").asString() + "\"]";
            assertThat(page.text(text)).as(text).contains(document.get("text").asString());
            if (!document.get("subject").isNull()) {
                assertThat(page.text(text + " strong")).as(text).isEqualTo(document.get("subject").asString());
            }
        }
        assertThat(page.text("#documents tr.document[data-document=\"reviews:R-1\"] td.author"))
            .contains("jo_smith", "jo.smith@example.com");
        assertThat(page.text("#documents .note")).doesNotContain("masked");
    }

    /**
     * The topics endpoint failing (its rows hold a count that is no number, which the query cannot sum, so the API
     * answers 500) costs only the topics view; the gap-sentiment chart next to it and the other views load. The counts
     * are put back after.
     */
    @Test
    void a_failing_topics_endpoint_shows_an_error_in_its_own_view_and_the_rest_still_load(Chromium chromium) {
        try (CypherFixtures graph = CypherFixtures.connect(Neo4jServerExtension.boltUri())) {
            graph.run("MATCH (t:TopicStat) SET t.parkedDocuments = t.documents, t.documents = 'many'");
            try {
                http.get().uri("/api/topics").headers(h -> h.setBasicAuth(ANALYST, PASSWORD))
                    .exchange().expectStatus().is5xxServerError();
                BrowserPage page = signedIn(chromium);

                assertThat(page.text("#topics .message.error")).contains("500");
                assertThat(page.count("#topics table")).isZero();
                for (String view : List.of("#metrics", "#heatmap", "#sankey", "#gaps", "#gap-sentiment")) {
                    assertThat(page.count(view + " .message.error")).as(view).isZero();
                }
                assertThat(page.count("#gap-sentiment g.gap-type")).isPositive();
            } finally {
                graph.run("""
                    MATCH (t:TopicStat) WHERE t.parkedDocuments IS NOT NULL
                    SET t.documents = t.parkedDocuments REMOVE t.parkedDocuments""");
            }
        }
    }

    /** Signed in as {@code user}, Jo's journey and documents open from one of Jo's gaps. */
    private BrowserPage openJo(Chromium chromium, String user) {
        BrowserPage page = signedIn(chromium, user);
        page.click(".gap-list tr[data-key=\"" + JO_GAP + "\"]");
        page.waitFor("document.querySelector('#timeline svg.timeline') && document.querySelector('#documents table')",
            "Jo's journey and documents");
        return page;
    }

    /** The table lists the answer's topics in its order, each with its count, mix and negative share. */
    private static void assertTopics(BrowserPage page, JsonNode answer) {
        List<JsonNode> topics = list(answer.get("topics"));
        double most = topics.stream().mapToDouble(t -> t.get("documents").asDouble()).max().orElse(1);
        assertThat(page.attributes("#topics tr[data-topic]", "data-topic"))
            .containsExactlyElementsOf(strings(answer.get("topics"), "topic"));
        for (JsonNode topic : topics) {
            String row = "#topics tr[data-topic=\"" + topic.get("topic").asString() + "\"]";
            assertThat(page.text(row + " td.documents")).as(row).isEqualTo(integer(topic.get("documents")));
            assertThat(page.eval("Number(document.querySelector(" + BrowserPage.quote(row + " svg.volume rect")
                + ").getAttribute('width'))").asDouble()).as(row)
                .isCloseTo(100 * topic.get("documents").asDouble() / most, within(1e-9));
            assertThat(page.text(row + " td.negative-share")).as(row).isEqualTo(percent(topic.get("negativeShare")));
            assertThat(page.attributes(row + " svg.mix rect", "data-count")).as(row).containsExactly(
                topic.get("negative").asString(), topic.get("neutral").asString(), topic.get("positive").asString());
        }
    }
}
