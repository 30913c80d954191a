package io.seamgraph.analytics.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConstrainedUnionTest {

    private static Correction.Pair p(String a, String b) {
        return Correction.Pair.of(a, b);
    }

    @Test
    void a_cannot_link_splits_a_chain_so_the_two_records_land_apart() {
        // a-b-c-d chained by links; a and d are declared different people.
        Map<String, String> clusters = ConstrainedUnion.partition(List.of("a", "b", "c", "d"), List.of(),
            List.of(p("a", "b"), p("b", "c"), p("c", "d")), List.of(p("a", "d")));

        assertThat(clusters.get("a")).isNotEqualTo(clusters.get("d"));
        assertThat(clusters.get("b")).isEqualTo(clusters.get("a"));
        assertThat(clusters.get("c")).isEqualTo("a");
        assertThat(clusters.get("d")).isEqualTo("d");
    }

    @Test
    void a_must_link_joins_records_no_link_connects() {
        Map<String, String> clusters = ConstrainedUnion.partition(List.of("a", "b", "c"), List.of(p("b", "c")),
            List.of(), List.of());

        assertThat(clusters).containsEntry("a", "a").containsEntry("b", "b").containsEntry("c", "b");
    }

    @Test
    void a_must_link_that_would_break_a_cannot_link_is_left_out() {
        Map<String, String> clusters = ConstrainedUnion.partition(List.of("a", "b", "c"),
            List.of(p("a", "b"), p("b", "c")), List.of(), List.of(p("a", "c")));

        assertThat(clusters.get("a")).isEqualTo(clusters.get("b"));
        assertThat(clusters.get("c")).isNotEqualTo(clusters.get("a"));
    }
}
