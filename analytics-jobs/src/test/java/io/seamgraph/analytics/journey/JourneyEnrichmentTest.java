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
}
