package io.seamgraph.analytics.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.seamgraph.analytics.match.ClusterAlgorithm.Assignment;
import io.seamgraph.analytics.match.ClusterAlgorithm.Edge;
import io.seamgraph.analytics.match.ClusterAlgorithm.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClusterAlgorithmTest {

    private static final MatchSettings.Clustering SETTINGS = new MatchSettings.Clustering(50, 0.999, 2);

    private static Edge p(String a, String b, double probability) {
        return new Edge(a, b, probability, Kind.PROBABILISTIC);
    }

    private static Map<String, String> clusters(List<Edge> edges, MatchSettings.Clustering settings) {
        return ClusterAlgorithm.cluster(edges, settings).assignments().stream()
            .collect(Collectors.toMap(Assignment::recordKey, Assignment::clusterKey));
    }

    /** Every pair of the group linked with this probability. */
    private static List<Edge> dense(double probability, String... keys) {
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            for (int j = i + 1; j < keys.length; j++) {
                edges.add(p(keys[i], keys[j], probability));
            }
        }
        return edges;
    }

    @Test
    void one_weak_link_does_not_join_two_dense_groups() {
        List<Edge> edges = new ArrayList<>(dense(0.99, "a1", "a2", "a3", "a4"));
        edges.addAll(dense(0.99, "b1", "b2", "b3", "b4"));
        edges.add(p("a1", "b1", 0.95)); // above the link threshold, but alone between two groups

        var outcome = ClusterAlgorithm.cluster(edges, SETTINGS);
        Map<String, String> cluster = outcome.assignments().stream()
            .collect(Collectors.toMap(Assignment::recordKey, Assignment::clusterKey));

        assertThat(cluster.get("a2")).isEqualTo("a1");
        assertThat(cluster.get("a4")).isEqualTo("a1");
        assertThat(cluster.get("b3")).isEqualTo("b1");
        assertThat(cluster.get("b1")).isNotEqualTo(cluster.get("a1"));
        assertThat(outcome.cutBridges()).containsExactly(p("a1", "b1", 0.95));
    }

    @Test
    void a_strong_link_or_a_second_link_between_the_groups_does_join_them() {
        List<Edge> strong = new ArrayList<>(dense(0.99, "a1", "a2", "a3"));
        strong.addAll(dense(0.99, "b1", "b2", "b3"));
        strong.add(p("a1", "b1", 0.9999));
        List<Edge> twoLinks = new ArrayList<>(dense(0.99, "a1", "a2", "a3"));
        twoLinks.addAll(dense(0.99, "b1", "b2", "b3"));
        twoLinks.add(p("a1", "b1", 0.95));
        twoLinks.add(p("a2", "b2", 0.95));

        assertThat(clusters(strong, SETTINGS).values()).containsOnly("a1");
        assertThat(clusters(twoLinks, SETTINGS).values()).containsOnly("a1");
    }

    @Test
    void a_single_record_joins_a_group_through_one_weak_link() {
        List<Edge> edges = new ArrayList<>(dense(0.99, "a1", "a2", "a3"));
        edges.add(p("a3", "x", 0.92));

        assertThat(clusters(edges, SETTINGS).get("x")).isEqualTo("a1");
    }

    @Test
    void a_cannot_link_pair_never_ends_in_one_cluster_and_the_weaker_link_gives_way() {
        List<Edge> edges = List.of(p("a", "b", 0.9999), p("b", "c", 0.995), p("a", "c", 0.95),
            new Edge("a", "c", 0, Kind.CANNOT_LINK));

        Map<String, String> cluster = clusters(edges, SETTINGS);

        assertThat(cluster.get("a")).isNotEqualTo(cluster.get("c"));
        assertThat(cluster.get("b")).isEqualTo(cluster.get("a"));
    }

    @Test
    void a_must_link_pair_ends_in_one_cluster_without_any_other_evidence() {
        List<Edge> edges = List.of(new Edge("a", "z", 1.0, Kind.MUST_LINK), p("z", "q", 0.97));

        Map<String, String> cluster = clusters(edges, SETTINGS);

        assertThat(cluster.get("z")).isEqualTo("a");
        assertThat(cluster.get("q")).isEqualTo("a");
    }

    @Test
    void no_cluster_grows_past_the_size_limit() {
        List<Edge> chain = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            chain.add(p("r" + i, "r" + (i + 1), 0.9999));
        }
        var outcome = ClusterAlgorithm.cluster(chain, new MatchSettings.Clustering(4, 0.999, 2));

        Map<String, Long> sizes = outcome.assignments().stream()
            .collect(Collectors.groupingBy(Assignment::clusterKey, Collectors.counting()));
        assertThat(sizes.values()).allMatch(n -> n <= 4);
        assertThat(outcome.refused()).isNotEmpty();
    }

    @Test
    void confidence_is_the_strongest_link_into_the_cluster_and_one_through_identifiers() {
        List<Edge> edges = List.of(p("a", "b", 0.93), new Edge("a", "c", 1.0, Kind.DETERMINISTIC));

        Map<String, Double> confidence = ClusterAlgorithm.cluster(edges, SETTINGS).assignments().stream()
            .collect(Collectors.toMap(Assignment::recordKey, Assignment::confidence));

        assertThat(confidence).containsEntry("b", 0.93).containsEntry("c", 1.0).containsEntry("a", 1.0);
    }
}
