package io.seamgraph.api.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;

import io.seamgraph.api.analytics.Views.PathView;

import org.junit.jupiter.api.Test;

/** Top-k paths over in-memory journeys: anchors, the path length cut, ordering, and every filter. Pure logic. */
class JourneyPathsTest {

    // A: serviced, confidence 0.5, January; B: buyer, confidence 1.0, February.
    private static final FunnelIndex.Journey A = new FunnelIndex.Journey("serviced", 0.5,
        new String[][] {{"marketing", "sales", "service"}, {"email", "web", "store", "phone", "email"}, {"shop", "buy", "service"}},
        new long[][] {times("2026-01-05", "2026-01-06", "2026-01-10"),
            times("2026-01-05", "2026-01-06", "2026-01-07", "2026-01-10", "2026-02-12"),
            times("2026-01-05", "2026-01-07", "2026-01-10")});
    private static final FunnelIndex.Journey B = new FunnelIndex.Journey("buyer", 1.0,
        new String[][] {{"marketing", "sales"}, {"email", "web"}, {"shop"}},
        new long[][] {times("2026-02-02", "2026-02-03"), times("2026-02-02", "2026-02-03"), times("2026-02-02")});
    private static final List<FunnelIndex.Journey> JOURNEYS = List.of(A, B);

    @Test
    void paths_start_from_and_lead_to_the_first_time_a_step_was_reached_cut_to_the_longest_path() {
        assertThat(paths(JourneyLevel.UNIT, "start", "*", filter(null, null, null, null, null)))
            .containsExactly(tuple(List.of("marketing", "sales"), 1L, 1.0),
                tuple(List.of("marketing", "sales", "service"), 1L, 0.5));
        assertThat(paths(JourneyLevel.UNIT, "from", "sales", filter(null, null, null, null, null)))
            .containsExactly(tuple(List.of("sales"), 1L, 1.0), tuple(List.of("sales", "service"), 1L, 0.5));
        assertThat(paths(JourneyLevel.CHANNEL, "to", "phone", filter(null, null, null, null, null)))
            .as("three steps at most, ending at the anchor")
            .containsExactly(tuple(List.of("web", "store", "phone"), 1L, 0.5));
        // e-mail was first reached at A's first step: the path to it is that step alone
        assertThat(paths(JourneyLevel.CHANNEL, "to", "email", filter(null, null, null, null, null)))
            .containsExactly(tuple(List.of("email"), 2L, 1.5));
        assertThat(paths(JourneyLevel.CHANNEL, "from", "phone", filter(null, null, null, null, null)))
            .containsExactly(tuple(List.of("phone", "email"), 1L, 0.5));
        assertThat(paths(JourneyLevel.CHANNEL, "from", "fax", filter(null, null, null, null, null))).isEmpty();
    }

    @Test
    void a_facet_and_a_segment_keep_only_the_journeys_that_match() {
        assertThat(paths(JourneyLevel.UNIT, "start", "*", filter("service", null, null, null, null)))
            .containsExactly(tuple(List.of("marketing", "sales", "service"), 1L, 0.5));
        assertThat(paths(JourneyLevel.UNIT, "start", "*", filter(null, "web", null, null, null))).hasSize(2);
        assertThat(paths(JourneyLevel.UNIT, "start", "*", filter(null, null, "buy", null, null))).hasSize(1);
        assertThat(paths(JourneyLevel.UNIT, "start", "*", filter(null, "fax", null, null, null))).isEmpty();
        assertThat(paths(JourneyLevel.UNIT, "start", "*", filter(null, null, null, "buyer", null)))
            .containsExactly(tuple(List.of("marketing", "sales"), 1L, 1.0));
    }

    @Test
    void a_month_range_selects_by_the_month_the_anchor_step_began() {
        JourneyFilter february = JourneyFilter.parse(null, null, null, null, "2026-02", "2026-02");
        assertThat(paths(JourneyLevel.UNIT, "start", "*", february))
            .containsExactly(tuple(List.of("marketing", "sales"), 1L, 1.0));
        // A reached phone in January and its last e-mail in February, but the anchor is the first e-mail: January
        assertThat(paths(JourneyLevel.CHANNEL, "from", "email", february))
            .containsExactly(tuple(List.of("email", "web"), 1L, 1.0));
        assertThat(paths(JourneyLevel.CHANNEL, "to", "phone", JourneyFilter.parse(null, null, null, null, null, "2026-01")))
            .hasSize(1);
        assertThat(paths(JourneyLevel.UNIT, "start", "*", JourneyFilter.parse(null, null, null, null, "2026-03", null)))
            .isEmpty();
    }

    @Test
    void k_limits_the_rows_after_ordering_by_customers_then_weight_then_steps() {
        assertThat(JourneyPaths.top(JOURNEYS, JourneyLevel.UNIT, "start", "*", filter(null, null, null, null, null), 1, 3))
            .extracting(PathView::steps).containsExactly(List.of("marketing", "sales"));
        FunnelIndex.Journey c = new FunnelIndex.Journey("buyer", 1.0, new String[][] {{"billing"}, {"email"}, {"buy"}},
            new long[][] {times("2026-02-02"), times("2026-02-02"), times("2026-02-02")});
        assertThat(JourneyPaths.top(List.of(A, B, c), JourneyLevel.UNIT, "start", "*", filter(null, null, null, null, null), 10, 3))
            .extracting(PathView::steps)
            .as("equal counts and weights: by the steps")
            .containsExactly(List.of("billing"), List.of("marketing", "sales"), List.of("marketing", "sales", "service"));
    }

    private static List<Object> paths(JourneyLevel level, String direction, String anchor, JourneyFilter filter) {
        return JourneyPaths.top(JOURNEYS, level, direction, anchor, filter, 10, 3).stream()
            .map(p -> (Object) tuple(p.steps(), p.customers(), p.weightedCustomers())).toList();
    }

    private static JourneyFilter filter(String unit, String channel, String stage, String segment, String since) {
        return JourneyFilter.parse(unit, channel, stage, segment, since, null);
    }

    private static long[] times(String... days) {
        return java.util.Arrays.stream(days).mapToLong(d -> Instant.parse(d + "T10:00:00Z").toEpochMilli()).toArray();
    }
}
