package io.seamgraph.analytics.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.seamgraph.testsupport.SparkSessionExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gap sentiment on hand-built data, window 14 days:
 * <ul>
 * <li>A: repeat-contact gaps on 10 and 12 January. Wrote before the first (no), at its moment (yes), between them and
 * so in both windows (once), an outbound reply (no), exactly 14 days after the second (yes), one second later (no),
 * one without a sentiment (no), and on 5 February (baseline of silence: A has no silence gap).</li>
 * <li>B: a silence gap on 1 February; wrote two days later (yes) and on 20 January (baseline of repeat contact).</li>
 * <li>C: no gaps; two inbound documents (baselines), an outbound one and one after every period (neither).</li>
 * <li>D: a repeat-contact gap on 1 March (stretches that type's period) and a consent conflict in May, after which
 * nobody wrote anything.</li>
 * <li>An unlinked document inside A's window counts nowhere.</li>
 * </ul>
 */
@ExtendWith(SparkSessionExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GapSentimentTest {

    private static final long WINDOW = Duration.ofDays(14).toMillis();
    private static final String REPEAT = "repeat_contact_after_handoff";

    private Map<String, Row> byType;
    private List<Row> after;

    @BeforeAll
    void compute(SparkSession spark) {
        Dataset<Row> gaps = spark.createDataFrame(List.of(
            gap(REPEAT, "A", "2026-01-10T00:00:00Z"),
            gap(REPEAT, "A", "2026-01-12T00:00:00Z"),
            gap("silence", "B", "2026-02-01T00:00:00Z"),
            gap(REPEAT, "D", "2026-03-01T00:00:00Z"),
            gap("consent_conflict", "D", "2026-05-01T00:00:00Z")), VoiceJob.GAPS);
        Dataset<Row> documents = spark.createDataFrame(List.of(
            doc("a-before", "A", "2026-01-09T23:59:59Z", "inbound", "negative", -0.9),
            doc("a-at", "A", "2026-01-10T00:00:00Z", "inbound", "negative", -0.7),
            doc("a-both", "A", "2026-01-13T00:00:00Z", "inbound", "negative", -0.5),
            doc("a-reply", "A", "2026-01-15T00:00:00Z", "outbound", "negative", -0.6),
            doc("a-last", "A", "2026-01-26T00:00:00Z", "inbound", "positive", 0.8),
            doc("a-late", "A", "2026-01-26T00:00:01Z", "inbound", "negative", -0.8),
            doc("a-unscored", "A", "2026-01-11T00:00:00Z", "inbound", null, null),
            doc("a-feb", "A", "2026-02-05T00:00:00Z", "inbound", "neutral", 0.0),
            doc("b-after", "B", "2026-02-03T00:00:00Z", "inbound", "negative", -0.9),
            doc("b-jan", "B", "2026-01-20T00:00:00Z", "inbound", "positive", 0.6),
            doc("c-jan", "C", "2026-01-20T00:00:00Z", "inbound", "neutral", 0.1),
            doc("c-feb", "C", "2026-02-10T00:00:00Z", "inbound", "negative", -0.5),
            doc("c-reply", "C", "2026-02-10T00:00:00Z", "outbound", "negative", -0.5),
            doc("c-april", "C", "2026-04-01T00:00:00Z", "inbound", "negative", -0.5),
            doc("nobody", null, "2026-01-11T00:00:00Z", "inbound", "negative", -0.9)), VoiceJob.DOCUMENTS);
        Dataset<Row> words = GapSentiment.customerWords(documents).cache();
        Dataset<Row> afterGaps = GapSentiment.afterGaps(gaps, words, WINDOW).cache();
        after = afterGaps.collectAsList();
        byType = GapSentiment.compare(gaps, afterGaps, GapSentiment.baseline(gaps, words, WINDOW)).collectAsList()
            .stream().collect(Collectors.toMap(r -> r.getString(r.fieldIndex("type")), Function.identity()));
    }

    @Test
    void only_what_the_same_customer_wrote_from_the_gap_to_the_end_of_its_window_counts_once_per_type() {
        assertThat(after).extracting(r -> r.getString(r.fieldIndex("type")) + "/" + r.getString(r.fieldIndex("key")))
            .containsExactlyInAnyOrder(REPEAT + "/a-at", REPEAT + "/a-both", REPEAT + "/a-last", "silence/b-after");
    }

    @Test
    void after_a_gap_type_the_share_of_negative_documents_and_the_mean_score_are_measured() {
        Row repeat = byType.get(REPEAT);
        assertThat(repeat.<Long>getAs("gaps")).isEqualTo(3L);
        assertThat(repeat.<Long>getAs("gapCustomers")).isEqualTo(2L);
        assertThat(repeat.<Long>getAs("documents")).isEqualTo(3L);
        assertThat(repeat.<Long>getAs("customers")).isEqualTo(1L);
        assertThat(repeat.<Double>getAs("negativeShare")).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(repeat.<Double>getAs("meanScore")).isCloseTo((-0.7 - 0.5 + 0.8) / 3, within(1e-9));
    }

    @Test
    void the_baseline_is_customers_without_that_gap_type_over_the_types_period() {
        Row repeat = byType.get(REPEAT);
        // 10 January to 15 March: B's two and C's two; A and D have the type, C's April document is after the period
        assertThat(repeat.<Long>getAs("baselineDocuments")).isEqualTo(4L);
        assertThat(repeat.<Long>getAs("baselineCustomers")).isEqualTo(2L);
        assertThat(repeat.<Double>getAs("baselineNegativeShare")).isCloseTo(0.5, within(1e-9));
        assertThat(repeat.<Double>getAs("baselineMeanScore")).isCloseTo((-0.9 + 0.6 + 0.1 - 0.5) / 4, within(1e-9));
        assertThat(repeat.<Double>getAs("negativeShareDifference")).isCloseTo(2.0 / 3 - 0.5, within(1e-9));
        assertThat(repeat.<Double>getAs("meanScoreDifference"))
            .isCloseTo((-0.7 - 0.5 + 0.8) / 3 - (-0.9 + 0.6 + 0.1 - 0.5) / 4, within(1e-9));
        assertThat(repeat.<Double>getAs("lift")).isCloseTo((2.0 / 3) / 0.5, within(1e-9));

        Row silence = byType.get("silence");
        // 1 to 15 February: A's February document (A had no silence gap) and C's; B has the type
        assertThat(silence.<Long>getAs("documents")).isEqualTo(1L);
        assertThat(silence.<Double>getAs("negativeShare")).isEqualTo(1.0);
        assertThat(silence.<Long>getAs("baselineDocuments")).isEqualTo(2L);
        assertThat(silence.<Long>getAs("baselineCustomers")).isEqualTo(2L);
        assertThat(silence.<Double>getAs("baselineNegativeShare")).isCloseTo(0.5, within(1e-9));
        assertThat(silence.<Double>getAs("baselineMeanScore")).isCloseTo(-0.25, within(1e-9));
        assertThat(silence.<Double>getAs("lift")).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void a_gap_type_nobody_wrote_after_is_listed_with_nothing_measured_rather_than_zero() {
        assertThat(byType).containsOnlyKeys(REPEAT, "silence", "consent_conflict");
        Row consent = byType.get("consent_conflict");
        assertThat(consent.<Long>getAs("gaps")).isEqualTo(1L);
        assertThat(consent.<Long>getAs("documents")).isZero();
        assertThat(consent.<Long>getAs("baselineDocuments")).isZero();
        for (String measure : List.of("negativeShare", "meanScore", "baselineNegativeShare", "baselineMeanScore",
                "negativeShareDifference", "meanScoreDifference", "lift")) {
            assertThat(consent.isNullAt(consent.fieldIndex(measure))).as(measure).isTrue();
        }
    }

    static Row gap(String type, String customer, String at) {
        return RowFactory.create(type + ":" + customer + ":" + at, type, customer, millis(at));
    }

    static Row doc(String key, String customer, String at, String direction, String sentiment, Double score) {
        return RowFactory.create(key, customer, millis(at), direction, sentiment, score, null, null, null);
    }

    static long millis(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }
}
