package io.seamgraph.analytics.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.seamgraph.analytics.gaps.GapConfig;
import io.seamgraph.testsupport.SparkSessionExtension;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class JourneyEnrichmentTest {

    private static final long DAY = 86_400_000L;

    private final JourneyEnrichment enrichment = new JourneyEnrichment(GapConfig.defaults().enrichment());

    private static Row touch(String customer, String key, long at, String channel, String type, String stage, String topic,
                             String caseId, String campaign) {
        return RowFactory.create(customer, key, at, channel, type, stage, topic, caseId, campaign);
    }

    @Test
    void keeps_the_sources_stage_and_infers_a_missing_one_from_type_then_topic_then_channel(SparkSession spark) {
        List<Row> rows = List.of(
            touch("C-1", "a", 0, "web", "order", null, null, null, null),
            touch("C-1", "b", 1, "phone", "unknown", null, "refund", null, null),
            touch("C-1", "c", 2, "store", null, null, null, null, null),
            touch("C-1", "d", 3, "email", "order", "service", null, null, null),
            touch("C-1", "e", 4, "sms", "mystery", null, "mystery", null, null));

        List<Row> out = enrichment.enrich(spark.createDataFrame(rows, JourneyEnrichment.INPUT)).orderBy("key").collectAsList();

        assertThat(out).extracting(r -> r.getAs("key"), r -> r.getAs("stage"), r -> r.getAs("stageInferred"))
            .containsExactly(tuple("a", "buy", true), tuple("b", "service", true), tuple("c", "shop", true),
                tuple("d", "service", false), tuple("e", null, false));
    }

    @Test
    void an_episode_holds_the_touchpoints_of_one_case_or_topic_within_the_window(SparkSession spark) {
        List<Row> rows = List.of(
            touch("C-1", "order", 0, "web", "order", "buy", "order", "ORD-1", null),
            touch("C-1", "news", DAY / 2, "email", "newsletter", "shop", null, null, "nl-1"),
            touch("C-1", "delivered", 2 * DAY, "web", "delivery", "buy", "delivery", "ORD-1", null),
            touch("C-1", "ask", 3 * DAY, "chat", "contact", "service", "delivery", "TCK-1", null),
            touch("C-1", "later", 20 * DAY, "chat", "contact", "service", "delivery", null, null),
            touch("C-2", "other", 0, "web", "order", "buy", "order", "ORD-1", null));

        List<Row> out = enrichment.enrich(spark.createDataFrame(rows, JourneyEnrichment.INPUT)).orderBy("key").collectAsList();

        assertThat(out).extracting(r -> r.getAs("key"), r -> r.getAs("episode")).containsExactlyInAnyOrder(
            tuple("ask", "episode:order"), tuple("delivered", "episode:order"), tuple("later", "episode:later"),
            tuple("news", "episode:news"), tuple("order", "episode:order"), tuple("other", "episode:other"));
    }

    @Test
    void web_and_app_events_without_case_or_topic_group_into_sessions_split_by_the_session_gap(SparkSession spark) {
        long minute = 60_000L;
        List<Row> rows = List.of(
            touch("C-1", "v1", 0, "web", "page_view", null, null, null, null),
            touch("C-1", "v2", 10 * minute, "web", "product_view", null, null, null, null),
            touch("C-1", "v3", 35 * minute, "web", "add_to_cart", null, null, null, null),
            // browsing, then the order: the order joins the session it came from
            touch("C-1", "buy", 40 * minute, "web", "order", null, "order", "ORD-1", null),
            // 31 minutes after the last web event: a new session
            touch("C-1", "v4", 71 * minute, "web", "page_view", null, null, null, null),
            touch("C-1", "app1", DAY, "app", "visit", null, null, null, null),
            touch("C-1", "app2", DAY + 29 * minute, "app", "visit", null, null, null, null),
            // a newsletter, and a web visit 5 minutes later with nothing to tie it: the visit joins what came just before
            touch("C-1", "mail", 2 * DAY, "email", "newsletter", null, null, null, "nl-9"),
            touch("C-1", "click", 2 * DAY + 5 * minute, "web", "page_view", null, null, null, null),
            // a second e-mail on another campaign minutes later is its own need, not the first one's session
            touch("C-1", "mail2", 2 * DAY + 10 * minute, "email", "promo", null, null, null, "promo-1"));

        List<Row> out = enrichment.enrich(spark.createDataFrame(rows, JourneyEnrichment.INPUT)).collectAsList();

        assertThat(out).extracting(r -> r.getAs("key"), r -> r.getAs("episode")).containsExactlyInAnyOrder(
            tuple("v1", "episode:v1"), tuple("v2", "episode:v1"), tuple("v3", "episode:v1"), tuple("buy", "episode:v1"),
            tuple("v4", "episode:v4"), tuple("app1", "episode:app1"), tuple("app2", "episode:app1"),
            tuple("mail", "episode:mail"), tuple("click", "episode:mail"), tuple("mail2", "episode:mail2"));
    }

    @Test
    void the_session_gap_is_a_parameter(SparkSession spark) {
        GapConfig.Enrichment tight = new GapConfig.Enrichment(null, 5.0, null, null, null);
        List<Row> rows = List.of(
            touch("C-1", "v1", 0, "web", "page_view", null, null, null, null),
            touch("C-1", "v2", 4 * 60_000L, "web", "page_view", null, null, null, null),
            touch("C-1", "v3", 10 * 60_000L, "web", "page_view", null, null, null, null));

        List<Row> out = new JourneyEnrichment(tight).enrich(spark.createDataFrame(rows, JourneyEnrichment.INPUT))
            .collectAsList();

        assertThat(out).extracting(r -> r.getAs("key"), r -> r.getAs("episode")).containsExactlyInAnyOrder(
            tuple("v1", "episode:v1"), tuple("v2", "episode:v1"), tuple("v3", "episode:v3"));
    }
}
