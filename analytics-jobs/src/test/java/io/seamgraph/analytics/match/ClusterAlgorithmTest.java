package io.seamgraph.analytics.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.seamgraph.analytics.match.ClusterAlgorithm.Assignment;
import io.seamgraph.analytics.match.ClusterAlgorithm.Edge;
import io.seamgraph.analytics.match.ClusterAlgorithm.Kind;
import io.seamgraph.analytics.match.ClusterAlgorithm.Via;
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

    /** An identifier link: the records share a phone or an e-mail; the weight is the scored pair's. */
    private static Edge id(String a, String b, double weight, boolean sameName) {
        return new Edge(a, b, 1 / (1 + Math.pow(2, -weight)), weight, Kind.DETERMINISTIC, sameName);
    }

    private static Edge cannot(String a, String b) {
        return new Edge(a, b, 0, Kind.CANNOT_LINK);
    }

    /**
     * One person's records "A." (a1), "Aga" (aga), "Agnieszka" (ag1, ag2), all on one phone, with "Aga" vetoed against
     * both "Agnieszka"s (a diminutive the table lacks). "Aga" also shares an e-mail with ag2 only and no blocking
     * rule compared her with ag1, so only aga-ag2 is a cannot-link from the e-mail, aga-ag1 from the phone. Taken
     * in weight order alone, a1-aga (the strongest) and then a1-ag1 would build {a1, aga, ag1} and leave ag2 alone:
     * two customers each holding an "Agnieszka". Same first name and a shared phone is an agreement taken first.
     */
    @Test
    void records_with_one_first_name_and_a_shared_identifier_are_never_separated_whatever_the_link_order() {
        List<Edge> edges = List.of(
            id("a1", "aga", 30, false), id("a1", "ag1", 25, false), id("a1", "ag2", 20, false),
            id("ag1", "ag2", 14, true),
            cannot("aga", "ag2"));

        Map<String, String> cluster = clusters(edges, SETTINGS);

        assertThat(cluster.get("ag2")).isEqualTo(cluster.get("ag1"));
        assertThat(cluster.get("aga")).isNotEqualTo(cluster.get("ag2"));
    }

    @Test
    void the_same_shape_with_the_diminutive_known_is_one_customer() {
        List<Edge> edges = List.of(
            id("a1", "aga", 30, false), id("a1", "ag1", 25, false), id("a1", "ag2", 20, false),
            id("ag1", "ag2", 14, true), id("aga", "ag2", 12, false));

        assertThat(clusters(edges, SETTINGS).values()).containsOnly("a1");
    }

    /**
     * A real two-person household: John (j1, j2) and Mary (m1, m2) Smith share the home phone, and a record with no
     * name (n) shares it too. Every John-Mary pair is vetoed. Both people stay whole and apart; the nameless record
     * goes with one of them, never joining them.
     */
    @Test
    void a_household_sharing_a_phone_stays_two_people_each_whole() {
        List<Edge> edges = new ArrayList<>();
        edges.add(id("j1", "j2", 28, true));
        edges.add(id("m1", "m2", 26, true));
        for (String r : List.of("j1", "j2", "m1", "m2")) {
            edges.add(id("n", r, 3.2, false));
        }
        for (String j : List.of("j1", "j2")) {
            for (String m : List.of("m1", "m2")) {
                edges.add(id(j, m, 9, false)); // surname, address and phone agree: an identifier link...
                edges.add(cannot(j, m));          // ...that the first-name veto stops
            }
        }

        Map<String, String> cluster = clusters(edges, SETTINGS);

        assertThat(cluster.get("j2")).isEqualTo(cluster.get("j1"));
        assertThat(cluster.get("m2")).isEqualTo(cluster.get("m1"));
        assertThat(cluster.get("m1")).isNotEqualTo(cluster.get("j1"));
        assertThat(cluster.get("n")).isIn(cluster.get("j1"), cluster.get("m1"));
    }

    /**
     * Greedy order puts r with x (their link is the strongest single one); x is vetoed against the y group, so r's
     * three links to it are refused. The repair pass moves r to where its links weigh most.
     */
    @Test
    void the_repair_pass_moves_a_record_to_the_cluster_its_links_tie_it_to_most() {
        List<Edge> edges = new ArrayList<>(List.of(
            new Edge("r", "x", 0.999, 10, Kind.PROBABILISTIC, false),
            new Edge("r", "y1", 0.998, 9, Kind.PROBABILISTIC, false),
            new Edge("r", "y2", 0.998, 9, Kind.PROBABILISTIC, false),
            new Edge("r", "y3", 0.998, 9, Kind.PROBABILISTIC, false),
            cannot("x", "y1"), cannot("x", "y2"), cannot("x", "y3")));
        edges.addAll(dense(0.9999, "y1", "y2", "y3"));

        var outcome = ClusterAlgorithm.cluster(edges, SETTINGS);
        Map<String, String> cluster = outcome.assignments().stream()
            .collect(Collectors.toMap(Assignment::recordKey, Assignment::clusterKey));

        assertThat(cluster.get("r")).isEqualTo(cluster.get("y1"));
        assertThat(cluster.get("x")).isEqualTo("x");
        assertThat(outcome.refused()).containsExactly(edges.get(0));
    }

    private static Edge id(String a, String b, double weight, boolean sameName, Via via) {
        return new Edge(a, b, 1 / (1 + Math.pow(2, -weight)), weight, Kind.DETERMINISTIC, sameName, via);
    }

    /**
     * Chen (ch1, ch2) and Callum (ca1, ca2, ca3) Phillips live in one house; a billing record "C U Phillips" (x), whose
     * initial fits both, holds Chen's phone (personal: only Chen's records carry it) and the family e-mail (household:
     * Chen and Callum, vetoed against each other, both hold it). x's e-mail links to Callum weigh more in sum than its
     * phone links to Chen, but they say only that x is of the household; the phone says which member.
     */
    @Test
    void a_personal_identifier_outweighs_household_only_links_for_an_ambiguous_record() {
        List<Edge> edges = new ArrayList<>();
        edges.add(id("ch1", "ch2", 28, true, Via.PERSONAL));
        for (String[] pair : new String[][] {{"ca1", "ca2"}, {"ca1", "ca3"}, {"ca2", "ca3"}}) {
            edges.add(id(pair[0], pair[1], 27, true, Via.HOUSEHOLD));
        }
        edges.add(id("x", "ch1", 10, false, Via.PERSONAL));
        edges.add(id("x", "ch2", 10, false, Via.PERSONAL));
        for (String ca : List.of("ca1", "ca2", "ca3")) {
            edges.add(id("x", ca, 9, false, Via.HOUSEHOLD));
            for (String ch : List.of("ch1", "ch2")) {
                edges.add(cannot(ch, ca));
            }
        }

        Map<String, String> cluster = clusters(edges, SETTINGS);

        assertThat(cluster.get("x")).isEqualTo(cluster.get("ch1"));
        assertThat(cluster.get("ch2")).isEqualTo(cluster.get("ch1"));
        assertThat(cluster.get("ca2")).isEqualTo(cluster.get("ca1")).isEqualTo(cluster.get("ca3"));
        assertThat(cluster.get("ca1")).isNotEqualTo(cluster.get("ch1"));
    }

    /** Without a personal identifier to say which member, the household links still place the record by weight. */
    @Test
    void household_links_still_place_a_record_that_holds_no_personal_identifier() {
        List<Edge> edges = new ArrayList<>();
        edges.add(id("ch1", "ch2", 28, true, Via.HOUSEHOLD));
        for (String[] pair : new String[][] {{"ca1", "ca2"}, {"ca1", "ca3"}, {"ca2", "ca3"}}) {
            edges.add(id(pair[0], pair[1], 27, true, Via.HOUSEHOLD));
        }
        edges.add(id("x", "ch1", 10, false, Via.HOUSEHOLD));
        edges.add(id("x", "ch2", 10, false, Via.HOUSEHOLD));
        for (String ca : List.of("ca1", "ca2", "ca3")) {
            edges.add(id("x", ca, 9, false, Via.HOUSEHOLD));
            for (String ch : List.of("ch1", "ch2")) {
                edges.add(cannot(ch, ca));
            }
        }

        assertThat(clusters(edges, SETTINGS).get("x")).isEqualTo(clusters(edges, SETTINGS).get("ca1"));
    }

    /** Probabilities of 14 and of 35 bits are both 1.0 in a double; the weights still tell which link is stronger. */
    @Test
    void links_are_taken_by_weight_where_probabilities_saturate() {
        List<Edge> edges = List.of(
            new Edge("a", "b", 1.0, 14, Kind.PROBABILISTIC, false),
            new Edge("b", "c", 1.0, 35, Kind.PROBABILISTIC, false),
            cannot("a", "c"));

        Map<String, String> cluster = clusters(edges, SETTINGS);

        assertThat(cluster.get("b")).isEqualTo(cluster.get("c"));
        assertThat(cluster.get("a")).isEqualTo("a");
    }

    @Test
    void a_must_link_pair_stays_together_through_the_repair_pass() {
        List<Edge> edges = List.of(
            new Edge("a", "b", 1.0, Kind.MUST_LINK),
            new Edge("b", "c", 0.9999, 20, Kind.PROBABILISTIC, false),
            new Edge("b", "d", 0.9999, 20, Kind.PROBABILISTIC, false),
            new Edge("c", "d", 0.9999, 20, Kind.PROBABILISTIC, false),
            cannot("a", "c"));

        Map<String, String> cluster = clusters(edges, SETTINGS);

        assertThat(cluster.get("b")).isEqualTo(cluster.get("a"));
        assertThat(cluster.get("c")).isNotEqualTo(cluster.get("a"));
    }
}
