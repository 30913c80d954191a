package io.seamgraph.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import io.seamgraph.testsupport.SparkSessionExtension;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pure transforms of the metrics job on a three-customer graph:
 * <ul>
 * <li>A (confidence 0.5): marketing e-mail twice, sales web visit, sales store purchase, a service phone call about a
 * delivery, then a service e-mail about a return; hand-offs marketing to sales (followed by an inbound contact within
 * 7 days) and sales to service (the next inbound contact is on another topic: no repeat).</li>
 * <li>B (no confidence: 1.0, segment vip): a marketing e-mail, then a sales web visit without a stage.</li>
 * <li>C: a record in service, no touchpoints.</li>
 * </ul>
 */
@ExtendWith(SparkSessionExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsTransformsTest {

    private static final long HOUR = 3_600_000L;
    private static final long WEEK = 7 * 24 * HOUR;
    private static final List<String> CONTACT_CHANNELS = List.of("email", "sms", "phone", "chat", "social");

    private Dataset<Row> touchpoints;
    private Dataset<Row> customers;
    private Dataset<Row> gaps;
    private Dataset<Row> sequences;
    private Dataset<Row> handoffs;
    /** Flows run once, three steps deep: their plan is wide, and re-running it per assertion is slow. */
    private List<Row> flows;

    @BeforeAll
    void graph(SparkSession spark) {
        touchpoints = spark.createDataFrame(List.of(
            tp("A", "a0", 0, "2026-01-05T09:00:00Z", "marketing", "email", "shop", "outbound", null),
            tp("A", "a1", 1, "2026-01-05T10:00:00Z", "marketing", "email", "shop", "outbound", null),
            tp("A", "a2", 2, "2026-01-06T10:00:00Z", "sales", "web", "shop", "inbound", null),
            tp("A", "a3", 3, "2026-01-07T10:00:00Z", "sales", "store", "buy", "inbound", "chair"),
            tp("A", "a4", 4, "2026-01-10T10:00:00Z", "service", "phone", "service", "inbound", "delivery"),
            tp("A", "a5", 5, "2026-01-12T10:00:00Z", "service", "email", "service", "inbound", "returns"),
            tp("B", "b0", 0, "2026-02-02T09:00:00Z", "marketing", "email", "shop", "outbound", null),
            tp("B", "b1", 1, "2026-02-03T09:00:00Z", "sales", "web", null, "inbound", null)), MetricsJob.TOUCHPOINTS);
        customers = spark.createDataFrame(List.of(
            RowFactory.create("A", 0.5, null, 3L, List.of("marketing", "sales", "service")),
            RowFactory.create("B", null, "vip", 2L, List.of("marketing")),
            RowFactory.create("C", null, null, 1L, List.of("service"))), MetricsJob.CUSTOMERS);
        gaps = spark.createDataFrame(List.of(
            RowFactory.create("silence:A:a4", "silence", "A", 0.8, millis("2026-01-20T00:00:00Z"), List.of("service")),
            RowFactory.create("contact_pressure:B:b0", "contact_pressure", "B", 0.4, millis("2026-02-03T00:00:00Z"),
                List.of("marketing", "sales"))), MetricsJob.GAPS);
        sequences = JourneySequences.build(touchpoints, customers).cache();
        handoffs = HandoffMatrix.events(touchpoints, WEEK, CONTACT_CHANNELS).cache();
        flows = MetricsJob.withKey(Flows.compute(sequences, 3), "level", "stepIndex", "source", "target", "segment",
            "filterKind", "filterValue", "month").collectAsList();
    }

    @Test
    void a_journey_reads_as_steps_with_consecutive_repeats_collapsed_and_missing_values_left_out() {
        Row a = sequences.filter(col("customerId").equalTo("A")).first();
        assertThat(a.<String>getList(a.fieldIndex("unitPath"))).containsExactly("marketing", "sales", "service");
        assertThat(a.<Long>getList(a.fieldIndex("unitTimes"))).containsExactly(
            millis("2026-01-05T09:00:00Z"), millis("2026-01-06T10:00:00Z"), millis("2026-01-10T10:00:00Z"));
        assertThat(a.<String>getList(a.fieldIndex("channelPath"))).containsExactly("email", "web", "store", "phone", "email");
        assertThat(a.<String>getList(a.fieldIndex("stagePath"))).containsExactly("shop", "buy", "service");
        assertThat((Double) a.getAs("confidence")).isEqualTo(0.5);
        assertThat((String) a.getAs("segment")).isEqualTo(JourneySequences.SERVICED);

        Row b = sequences.filter(col("customerId").equalTo("B")).first();
        assertThat(b.<String>getList(b.fieldIndex("stagePath"))).containsExactly("shop");
        assertThat((Double) b.getAs("confidence")).isEqualTo(1.0);
        assertThat((String) b.getAs("segment")).isEqualTo("vip");
        assertThat(sequences.filter(col("customerId").equalTo("C")).count()).isZero();
    }

    @Test
    void totals_over_segments_and_months_sum_the_rows_they_stand_for() {
        List<Row> firstLinks = flows.stream().filter(r -> r.getAs("level").equals("unit")
            && r.getAs("filterKind").equals("all") && r.<Integer>getAs("stepIndex") == 0).toList();
        assertThat(firstLinks.stream().filter(r -> r.getAs("segment").equals("*") && r.getAs("month").equals("2026-02")))
            .extracting(r -> r.getAs("source"), r -> r.getAs("target"), r -> r.getAs("customers"))
            .containsExactly(tuple("marketing", "sales", 1L));
        assertThat(firstLinks.stream().filter(r -> r.getAs("segment").equals("serviced") && r.getAs("month").equals("*")))
            .extracting(r -> r.getAs("customers"), r -> r.getAs("weightedCustomers"))
            .containsExactly(tuple(1L, 0.5));

        assertThat(flows.stream().filter(r -> r.getAs("level").equals("unit") && r.getAs("filterKind").equals("all")
                && r.getAs("segment").equals("*") && r.getAs("month").equals("*")))
            .extracting(r -> r.getAs("stepIndex"), r -> r.getAs("customers"), r -> r.getAs("weightedCustomers"))
            .containsExactlyInAnyOrder(tuple(0, 2L, 1.5), tuple(1, 1L, 0.5));
    }

    @Test
    void flows_link_consecutive_steps_by_position_with_customer_counts_and_weights() {
        assertThat(flows.stream().filter(r -> r.getAs("level").equals("unit") && r.getAs("filterKind").equals("all")
                && !r.getAs("segment").equals("*") && !r.getAs("month").equals("*")))
            .extracting(r -> r.getAs("stepIndex"), r -> r.getAs("source"), r -> r.getAs("target"), r -> r.getAs("segment"),
                r -> r.getAs("month"), r -> r.getAs("customers"), r -> r.getAs("weightedCustomers"))
            .containsExactlyInAnyOrder(tuple(0, "marketing", "sales", "serviced", "2026-01", 1L, 0.5),
                tuple(1, "sales", "service", "serviced", "2026-01", 1L, 0.5),
                tuple(0, "marketing", "sales", "vip", "2026-02", 1L, 1.0));
        assertThat(flows.stream().filter(r -> r.getAs("level").equals("channel") && r.getAs("filterKind").equals("all")
                && r.getAs("segment").equals("*") && r.getAs("month").equals("*")).map(r -> (Integer) r.getAs("stepIndex")))
            .as("three steps deep: links from positions 0 and 1 only, though A has five channel steps")
            .containsOnly(0, 1);
    }

    @Test
    void a_handoff_is_a_change_of_unit_and_repeats_when_the_customer_comes_back_on_the_same_topic_within_the_window() {
        assertThat(handoffs.orderBy("key").collectAsList())
            .extracting(r -> r.getAs("key"), r -> r.getAs("fromUnit"), r -> r.getAs("toUnit"),
                r -> r.getAs("hoursToNextContact"), r -> r.getAs("repeat"))
            .as("the visit to the store after a2 is no contact: the next contact is the call on day 10")
            .containsExactly(
                tuple("a2", "marketing", "sales", 96.0, true),
                tuple("a4", "sales", "service", 48.0, false),
                tuple("b1", "marketing", "sales", null, false));
        assertThat(HandoffMatrix.events(touchpoints, HOUR, CONTACT_CHANNELS).filter(col("repeat")).count())
            .as("a one-hour window sees no repeat contact").isZero();
        assertThat(HandoffMatrix.events(touchpoints.filter(col("seq").lt(4)), WEEK, CONTACT_CHANNELS).filter(col("repeat")).count())
            .as("after a2 the customer only came back to the store (self-service, not a contact): no repeat").isZero();

        assertThat(HandoffMatrix.cells(handoffs).orderBy("fromUnit").collectAsList())
            .extracting(r -> r.getAs("fromUnit"), r -> r.getAs("toUnit"), r -> r.getAs("volume"), r -> r.getAs("repeats"),
                r -> r.getAs("repeatContactRate"), r -> r.getAs("medianHoursToNextContact"))
            .containsExactly(
                tuple("marketing", "sales", 2L, 1L, 0.5, 96.0),
                tuple("sales", "service", 1L, 0L, 0.0, 48.0));
    }

    @Test
    void a_silo_score_averages_repeat_contacts_into_the_unit_and_the_share_of_its_customers_with_a_gap() {
        assertThat(SiloScores.compute(touchpoints, handoffs, gaps).orderBy("unit").collectAsList())
            .extracting(r -> r.getAs("unit"), r -> r.getAs("customers"), r -> r.getAs("handoffsIn"),
                r -> r.getAs("repeatContactRate"), r -> r.getAs("gapCustomerShare"), r -> r.getAs("siloScore"))
            .containsExactly(
                tuple("marketing", 2L, 0L, 0.0, 0.5, 0.25),
                tuple("sales", 2L, 2L, 0.5, 0.5, 0.5),
                tuple("service", 1L, 1L, 0.0, 1.0, 0.5));
    }

    @Test
    void the_weekly_series_counts_by_iso_week() {
        assertThat(WeeklySeries.compute(touchpoints, handoffs, gaps).orderBy("week").collectAsList())
            .extracting(r -> r.getAs("week"), r -> r.getAs("touchpoints"), r -> r.getAs("handoffs"), r -> r.getAs("gaps"),
                r -> r.getAs("repeatContactRate"))
            .containsExactly(
                tuple("2026-W02", 5L, 2L, 0L, 0.5),
                tuple("2026-W03", 1L, 0L, 0L, 0.0),
                tuple("2026-W04", 0L, 0L, 1L, 0.0),
                tuple("2026-W06", 2L, 1L, 1L, 0.0));
    }

    @Test
    void iso_weeks_at_the_turn_of_the_year_belong_to_the_year_of_their_thursday(SparkSession spark) {
        Dataset<Row> instants = spark.range(1).select(
            WeeklySeries.isoWeek(lit(millis("2027-01-01T12:00:00Z"))).as("friday"),
            WeeklySeries.isoWeek(lit(millis("2024-12-30T00:00:00Z"))).as("monday"),
            WeeklySeries.isoWeek(lit(millis("2026-01-04T23:59:59Z"))).as("sunday"));
        Row row = instants.first();
        assertThat((String) row.getAs("friday")).isEqualTo("2026-W53");
        assertThat((String) row.getAs("monday")).isEqualTo("2025-W01");
        assertThat((String) row.getAs("sunday")).isEqualTo("2026-W01");
    }

    @Test
    void headline_metrics_cover_every_customer_and_the_continuity_index_combines_repeats_and_gaps() {
        Row headline = GraphMetrics.headline(customers, touchpoints, handoffs, gaps).first();

        assertThat((Long) headline.getAs("customers")).isEqualTo(3L);
        assertThat((Double) headline.getAs("identitiesPerCustomer")).isEqualTo(2.0);
        // A (three record units) and B (one record unit, touched by two) are multi-unit; C is not
        assertThat((Double) headline.getAs("multiUnitShare")).isCloseTo(2.0 / 3, within(1e-9));
        assertThat((Double) headline.getAs("repeatContactRate")).isCloseTo(1.0 / 3, within(1e-9));
        assertThat((Double) headline.getAs("gapCustomerShare")).isCloseTo(2.0 / 3, within(1e-9));
        assertThat((Double) headline.getAs("continuityIndex")).isCloseTo(100.0 * (2.0 / 3) * (1.0 / 3), within(1e-9));

        assertThat(GraphMetrics.gapTypes(gaps, 3).orderBy("type").collectAsList())
            .extracting(r -> r.getAs("type"), r -> r.getAs("count"), r -> r.getAs("customers"), r -> r.getAs("meanSeverity"))
            .containsExactly(tuple("contact_pressure", 1L, 1L, 0.4), tuple("silence", 1L, 1L, 0.8));
        assertThat((Double) GraphMetrics.gapTypes(gaps, 3).first().getAs("per1000Customers")).isCloseTo(1000.0 / 3, within(1e-9));
    }

    @Test
    void a_graph_without_gaps_or_handoffs_has_a_continuity_index_of_100() {
        Row headline = GraphMetrics.headline(customers, touchpoints.filter(col("customerId").equalTo("C")),
            handoffs.filter(lit(false)), gaps.filter(lit(false))).first();
        assertThat((Double) headline.getAs("continuityIndex")).isEqualTo(100.0);
        assertThat((Double) headline.getAs("repeatContactRate")).isZero();
    }

    @Test
    void row_keys_name_the_grouping_so_reruns_merge_onto_the_same_nodes(SparkSession spark) {
        assertThat(flows.stream().map(r -> (String) r.getAs("key")).distinct()).hasSize(flows.size());
        Row first = flows.get(0);
        Dataset<Row> again = MetricsJob.withKey(spark.createDataFrame(List.of(first), first.schema()).drop("key"),
            "level", "stepIndex", "source", "target", "segment", "filterKind", "filterValue", "month");
        assertThat((String) again.first().getAs("key")).isEqualTo(first.getAs("key"));
    }

    private static Row tp(String customer, String key, long seq, String at, String unit, String channel, String stage,
            String direction, String topic) {
        return RowFactory.create(customer, key, seq, millis(at), unit, channel, stage, direction, topic);
    }

    private static long millis(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }
}
