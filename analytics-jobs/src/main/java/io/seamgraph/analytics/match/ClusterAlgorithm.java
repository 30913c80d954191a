package io.seamgraph.analytics.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Clusters the records of one connected group of links. Plain connected components would let a single weak link
 * join two dense groups, so first every weak bridge is cut: a probabilistic link below the strong-link probability
 * that alone holds together two groups of at least {@code minBridgedGroup} records each. Then links are taken
 * strongest first (mustLink corrections, shared identifiers, then by probability), and a merge is refused when it
 * would put a cannotLink pair together or make a cluster bigger than the limit. Pure Java: no Spark.
 */
final class ClusterAlgorithm {

    enum Kind { MUST_LINK, DETERMINISTIC, PROBABILISTIC, CANNOT_LINK }

    record Edge(String a, String b, double probability, Kind kind) {
        boolean strong(double strongProbability) {
            return kind != Kind.PROBABILISTIC || probability >= strongProbability;
        }
    }

    /** @param confidence the strongest link tying the record to its cluster; 1.0 alone or through identifiers */
    record Assignment(String recordKey, String clusterKey, double confidence) {
    }

    record Outcome(List<Assignment> assignments, List<Edge> cutBridges, List<Edge> refused) {
    }

    private ClusterAlgorithm() {
    }

    static Outcome cluster(List<Edge> edges, MatchSettings.Clustering settings) {
        List<Edge> links = new ArrayList<>();
        List<Edge> cannot = new ArrayList<>();
        for (Edge e : edges) {
            if (e.a().equals(e.b())) {
                continue;
            }
            (e.kind() == Kind.CANNOT_LINK ? cannot : links).add(e);
        }
        List<Edge> cut = cutWeakBridges(links, settings);
        links.removeAll(cut);
        links.sort(Comparator.comparing(Edge::kind).thenComparing(Edge::probability, Comparator.reverseOrder())
            .thenComparing(Edge::a).thenComparing(Edge::b));

        Map<String, String> parent = new HashMap<>();
        Map<String, Set<String>> members = new HashMap<>();
        Map<String, Set<String>> forbidden = new HashMap<>();
        for (Edge e : edges) {
            for (String key : List.of(e.a(), e.b())) {
                if (!parent.containsKey(key)) {
                    parent.put(key, key);
                    members.put(key, new HashSet<>(Set.of(key)));
                    forbidden.put(key, new HashSet<>());
                }
            }
        }
        for (Edge e : cannot) {
            forbidden.get(e.a()).add(e.b());
            forbidden.get(e.b()).add(e.a());
        }
        List<Edge> refused = new ArrayList<>();
        for (Edge e : links) {
            String ra = find(parent, e.a());
            String rb = find(parent, e.b());
            if (ra.equals(rb)) {
                continue;
            }
            Set<String> small = members.get(ra).size() <= members.get(rb).size() ? members.get(ra) : members.get(rb);
            Set<String> otherForbidden = small == members.get(ra) ? forbidden.get(rb) : forbidden.get(ra);
            boolean conflict = small.stream().anyMatch(otherForbidden::contains);
            boolean tooBig = e.kind() != Kind.MUST_LINK
                && members.get(ra).size() + members.get(rb).size() > settings.maxClusterSize();
            if (conflict || tooBig) {
                refused.add(e);
                continue;
            }
            String root = members.get(ra).size() >= members.get(rb).size() ? ra : rb;
            String child = root.equals(ra) ? rb : ra;
            parent.put(child, root);
            members.get(root).addAll(members.remove(child));
            forbidden.get(root).addAll(forbidden.remove(child));
        }

        Map<String, String> clusterKey = new HashMap<>();
        for (Set<String> group : members.values()) {
            String min = group.stream().min(String::compareTo).orElseThrow();
            for (String key : group) {
                clusterKey.put(key, min);
            }
        }
        Map<String, Double> confidence = new HashMap<>();
        for (Edge e : links) {
            if (clusterKey.get(e.a()).equals(clusterKey.get(e.b()))) {
                double p = e.kind() == Kind.PROBABILISTIC ? e.probability() : 1.0;
                confidence.merge(e.a(), p, Math::max);
                confidence.merge(e.b(), p, Math::max);
            }
        }
        List<Assignment> assignments = new ArrayList<>();
        for (String key : new TreeMap<>(clusterKey).keySet()) {
            assignments.add(new Assignment(key, clusterKey.get(key), confidence.getOrDefault(key, 1.0)));
        }
        return new Outcome(assignments, cut, refused);
    }

    private static String find(Map<String, String> parent, String key) {
        String root = key;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String node = key;
        while (!node.equals(root)) {
            String next = parent.get(node);
            parent.put(node, root);
            node = next;
        }
        return root;
    }

    /** Cuts the weakest qualifying bridge, then looks again, until no weak bridge joins two groups. */
    static List<Edge> cutWeakBridges(List<Edge> links, MatchSettings.Clustering settings) {
        List<Edge> remaining = new ArrayList<>(links);
        List<Edge> cut = new ArrayList<>();
        while (true) {
            Edge weakest = null;
            for (Bridge bridge : bridges(remaining)) {
                Edge e = bridge.edge();
                if (!e.strong(settings.strongLinkProbability())
                    && bridge.smallerSide() >= settings.minBridgedGroup()
                    && (weakest == null || e.probability() < weakest.probability())) {
                    weakest = e;
                }
            }
            if (weakest == null) {
                return cut;
            }
            remaining.remove(weakest);
            cut.add(weakest);
        }
    }

    private record Bridge(Edge edge, int smallerSide) {
    }

    /** Tarjan's bridges, iteratively (a long chain must not overflow the stack), with the size of each side. */
    private static List<Bridge> bridges(List<Edge> edges) {
        Map<String, Integer> index = new HashMap<>();
        List<List<int[]>> adjacency = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            Edge e = edges.get(i);
            int a = index.computeIfAbsent(e.a(), k -> { adjacency.add(new ArrayList<>()); return adjacency.size() - 1; });
            int b = index.computeIfAbsent(e.b(), k -> { adjacency.add(new ArrayList<>()); return adjacency.size() - 1; });
            adjacency.get(a).add(new int[] {b, i});
            adjacency.get(b).add(new int[] {a, i});
        }
        int n = adjacency.size();
        int[] disc = new int[n];
        int[] low = new int[n];
        int[] size = new int[n];
        int[] parentEdge = new int[n];
        int[] next = new int[n];
        java.util.Arrays.fill(disc, -1);
        List<Bridge> found = new ArrayList<>();
        int time = 0;
        for (int start = 0; start < n; start++) {
            if (disc[start] >= 0) {
                continue;
            }
            List<Integer> visited = new ArrayList<>();
            List<int[]> treeEdges = new ArrayList<>(); // {child, edgeIndex}
            Deque<Integer> stack = new ArrayDeque<>();
            disc[start] = low[start] = time++;
            parentEdge[start] = -1;
            stack.push(start);
            visited.add(start);
            while (!stack.isEmpty()) {
                int v = stack.peek();
                if (next[v] < adjacency.get(v).size()) {
                    int[] arc = adjacency.get(v).get(next[v]++);
                    int w = arc[0];
                    if (arc[1] == parentEdge[v]) {
                        continue;
                    }
                    if (disc[w] < 0) {
                        disc[w] = low[w] = time++;
                        parentEdge[w] = arc[1];
                        stack.push(w);
                        visited.add(w);
                        treeEdges.add(new int[] {w, arc[1]});
                    } else {
                        low[v] = Math.min(low[v], disc[w]);
                    }
                } else {
                    stack.pop();
                    size[v] += 1;
                    if (!stack.isEmpty()) {
                        int p = stack.peek();
                        low[p] = Math.min(low[p], low[v]);
                        size[p] += size[v];
                    }
                }
            }
            int componentSize = visited.size();
            for (int[] tree : treeEdges) {
                int child = tree[0];
                Edge e = edges.get(tree[1]);
                int parentDisc = disc[index.get(e.a())] == disc[child] ? disc[index.get(e.b())] : disc[index.get(e.a())];
                if (low[child] > parentDisc) {
                    found.add(new Bridge(e, Math.min(size[child], componentSize - size[child])));
                }
            }
        }
        return found;
    }
}
