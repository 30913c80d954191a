package io.seamgraph.analytics.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.seamgraph.testsupport.SparkSessionExtension;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class TopicStatsTest {

    @Test
    void documents_are_counted_per_topic_unit_channel_direction_and_utc_month_linked_or_not(SparkSession spark) {
        List<Row> rows = TopicStats.compute(spark.createDataFrame(List.of(
                doc("r1", "C-1", "2026-01-31T23:59:59Z", "delivery", "ecommerce", "review", "negative", -0.8),
                doc("r2", null, "2026-01-02T08:00:00Z", "delivery", "ecommerce", "review", "positive", 0.6),
                doc("r3", "C-2", "2026-02-01T00:00:00Z", "delivery", "ecommerce", "review", "neutral", 0.0),
                doc("c1", "C-1", "2026-01-05T08:00:00Z", "delivery", "customer_service", "chat", "negative", -0.4),
                doc("u1", "C-1", "2026-01-06T08:00:00Z", null, "ecommerce", "review", null, null),
                doc("t0", "C-1", null, "billing", "billing", "email", "negative", -0.9)), VoiceJob.DOCUMENTS))
            .collectAsList();

        assertThat(rows).extracting(r -> r.getAs("topic"), r -> r.getAs("unit"), r -> r.getAs("channel"),
                r -> r.getAs("month"), r -> r.getAs("documents"), r -> r.getAs("negative"), r -> r.getAs("neutral"),
                r -> r.getAs("positive"), r -> r.getAs("scored"))
            .containsExactlyInAnyOrder(
                tuple("delivery", "ecommerce", "review", "2026-01", 2L, 1L, 0L, 1L, 2L),
                tuple("delivery", "ecommerce", "review", "2026-02", 1L, 0L, 1L, 0L, 1L),
                tuple("delivery", "customer_service", "chat", "2026-01", 1L, 1L, 0L, 0L, 1L),
                tuple("unknown", "ecommerce", "review", "2026-01", 1L, 0L, 0L, 0L, 0L));
        Row january = rows.stream().filter(r -> "2026-01".equals(r.getAs("month")) && "review".equals(r.getAs("channel"))
            && "delivery".equals(r.getAs("topic"))).findFirst().orElseThrow();
        assertThat(january.<Double>getAs("scoreSum")).isEqualTo(-0.8 + 0.6);
        assertThat(rows).extracting(r -> r.<String>getAs("key")).doesNotHaveDuplicates().allMatch(k -> k.length() == 64);
    }

    private static Row doc(String key, String customer, String at, String topic, String unit, String channel,
            String sentiment, Double score) {
        return RowFactory.create(key, customer, at == null ? null : GapSentimentTest.millis(at), "inbound", sentiment,
            score, topic, unit, channel);
    }
}
