package io.seamgraph.analytics.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Clusters the records of one connected group of links. Plain connected components would let a single weak link
 * join two dense groups, so first every weak bridge is cut: a probabilistic link below the strong-link probability
 * that alone holds together two groups of at least {@code minBridgedGroup} records each. Then the links are followed
 * in three tiers, a merge always refused when it would put a cannotLink pair together or make a cluster bigger than
 * the limit (only a mustLink may):
 * <ol>
 *   <li>mustLink corrections;</li>
 *   <li>strong agreements: two records with the same first name that share an identifier or match far above the
 *       threshold. They form the cores no later step separates, so whatever order the other links come in, two
 *       "Agnieszka" records on one phone end in one customer;</li>
 *   <li>every other link by its match weight, strongest first (a probability saturates at 1.0 where weights still
 *       tell 14 from 35).</li>
 * </ol>
 * Greedy merging still depends on which of two conflicting links comes first, so a repair pass follows: a core
 * whose links into a neighbouring cluster outweigh its links into its own moves there, when no cannotLink and no
 * size limit stops it; a cluster left without links holding it together splits; two clusters joined by a link and
 * free of cannotLinks between them merge. A core that holds a personal identifier with records outside it leaves its
 * household-only links out of that weighing: a family e-mail says the record is one of the household, not which
 * member, so it must not outweigh the phone only one member carries ("C U Phillips" with Chen's phone and the family
 * e-mail belongs with Chen, however many of Callum's records share the e-mail). The pass is bounded by a round limit.
 * Pure Java: no Spark.
 */
final class ClusterAlgorithm {

    enum Kind { MUST_LINK, DETERMINISTIC, PROBABILISTIC, CANNOT_LINK }

    /**
     * What the two records share. A household identifier has a cannotLink pair among its holders (the family
     * e-mail); a personal one has none, and its holders with a full first name all carry the same one.
     */
    enum Via { NOTHING, HOUSEHOLD, PERSONAL }

    /** The most a repair pass changes one group: far more than any real group needs, a bound on a bad input. */
    private static final int MAX_REPAIR_ROUNDS = 20;

    /**
     * @param probability the pair's match probability (1.0 for a mustLink; for an identifier link, the scored pair's)
     * @param weight      the pair's match weight: the order of the links
     * @param sameName    the two records carry the same first name (the link veto's comparison agrees exactly)
     * @param via         the identifiers the two records share: a personal one, household ones only, or none
     */
    record Edge(String a, String b, double probability, double weight, Kind kind, boolean sameName, Via via) {

        /** A link between records that share no identifier, or whose identifiers were not told apart. */
        Edge(String a, String b, double probability, double weight, Kind kind, boolean sameName) {
            this(a, b, probability, weight, kind, sameName, Via.NOTHING);
        }

        /** A link whose weight is its probability's log-odds, between records of different names. */
        Edge(String a, String b, double probability, Kind kind) {
            this(a, b, probability, weightOf(probability), kind, false);
        }

        boolean strong(double strongProbability) {
            return kind != Kind.PROBABILISTIC || probability >= strongProbability;
        }

        /** Same first name and a shared identifier or a link far above the threshold: never separated. */
        boolean agreement(double strongProbability) {
            return sameName && (kind == Kind.DETERMINISTIC || probability >= strongProbability);
        }

        int tier(double strongProbability) {
            return kind == Kind.MUST_LINK ? 0 : agreement(strongProbability) ? 1 : 2;
        }
    }

    /** log2(p / (1 - p)), bounded where p is 0 or 1. */
    static double weightOf(double probability) {
        double w = Math.log(probability / (1 - probability)) / Math.log(2);
        return Math.max(-64, Math.min(64, w));
    }

    /** @param confidence the strongest link tying the record to its cluster; 1.0 alone or through identifiers */
    record Assignment(String recordKey, String clusterKey, double confidence) {
    }

    /** @param refused links (not cut) whose records end in different clusters */
    record Outcome(List<Assignment> assignments, List<Edge> cutBridges, List<Edge> refused) {
    }

    private ClusterAlgorithm() {
    }

    static Outcome cluster(List<Edge> edges, MatchSettings.Clustering settings) {
        List<Edge> links = new ArrayList<>();
        Map<String, Set<String>> cannot = new HashMap<>();
        Set<String> records = new TreeSet<>();
        for (Edge e : edges) {
            if (e.a().equals(e.b())) {
                continue;
            }
            records.add(e.a());
            records.add(e.b());
            if (e.kind() == Kind.CANNOT_LINK) {
                cannot.computeIfAbsent(e.a(), k -> new HashSet<>()).add(e.b());
                cannot.computeIfAbsent(e.b(), k -> new HashSet<>()).add(e.a());
            } else {
                links.add(e);
            }
        }
        List<Edge> cut = cutWeakBridges(links, settings);
        links.removeAll(cut);
        double strong = settings.strongLinkProbability();
        links.sort(Comparator.<Edge>comparingInt(e -> e.tier(strong))
            .thenComparing(Edge::weight, Comparator.reverseOrder())
            .thenComparing(Edge::a).thenComparing(Edge::b));

        Partition clusters = new Partition(records, cannot, settings.maxClusterSize());
        Partition cores = new Partition(records, cannot, Integer.MAX_VALUE);
        for (Edge e : links) {
            boolean agreement = e.tier(strong) < 2;
            if (clusters.merge(e.a(), e.b(), e.kind() == Kind.MUST_LINK) && agreement) {
                cores.merge(e.a(), e.b(), true);
            }
        }
        new Repair(clusters, cores, links).run();

        Map<String, String> clusterKey = clusters.clusterKeys();
        List<Edge> refused = new ArrayList<>();
        Map<String, Double> confidence = new HashMap<>();
        for (Edge e : links) {
            if (clusterKey.get(e.a()).equals(clusterKey.get(e.b()))) {
                double p = e.kind() == Kind.PROBABILISTIC ? e.probability() : 1.0;
                confidence.merge(e.a(), p, Math::max);
                confidence.merge(e.b(), p, Math::max);
            } else {
                refused.add(e);
            }
        }
        List<Assignment> assignments = new ArrayList<>();
        for (String key : records) {
            assignments.add(new Assignment(key, clusterKey.get(key), confidence.getOrDefault(key, 1.0)));
        }
        return new Outcome(assignments, cut, refused);
    }

    /** Clusters as a union-find over record keys, each root holding its members and the records they may not join. */
    private static final class Partition {
        private final Map<String, String> parent = new HashMap<>();
        private final Map<String, Set<String>> members = new HashMap<>();
        private final Map<String, Set<String>> forbidden = new HashMap<>();
        private final Map<String, Set<String>> cannot;
        private final int maxSize;

        Partition(Set<String> records, Map<String, Set<String>> cannot, int maxSize) {
            this.cannot = cannot;
            this.maxSize = maxSize;
            records.forEach(this::single);
        }

        private void single(String key) {
            parent.put(key, key);
            members.put(key, new HashSet<>(Set.of(key)));
            forbidden.put(key, new HashSet<>(cannot.getOrDefault(key, Set.of())));
        }

        String root(String key) {
            return find(parent, key);
        }

        Set<String> members(String root) {
            return members.get(root);
        }

        Collection<Set<String>> groups() {
            return members.values();
        }

        boolean mayJoin(Set<String> group, String root, boolean ignoreSize) {
            Set<String> target = members.get(root);
            if (!ignoreSize && target.size() + group.size() > maxSize) {
                return false;
            }
            return group.stream().noneMatch(forbidden.get(root)::contains);
        }

        /** Joins the two records' clusters unless that puts a cannotLink pair together or passes the size limit. */
        boolean merge(String a, String b, boolean ignoreSize) {
            String ra = root(a);
            String rb = root(b);
            if (ra.equals(rb)) {
                return true;
            }
            Set<String> small = members.get(ra).size() <= members.get(rb).size() ? members.get(ra) : members.get(rb);
            String other = small == members.get(ra) ? rb : ra;
            if (!mayJoin(small, other, ignoreSize)) {
                return false;
            }
            String child = other.equals(ra) ? rb : ra;
            parent.put(child, other);
            members.get(other).addAll(members.remove(child));
            forbidden.get(other).addAll(forbidden.remove(child));
            return true;
        }

        /** Takes the records out of their cluster (which they must share) and makes them a cluster of their own. */
        void detach(Set<String> group) {
            String root = root(group.iterator().next());
            Set<String> rest = new HashSet<>(members.get(root));
            rest.removeAll(group);
            regroup(rest);
            regroup(group);
        }

        /** Makes these records (one cluster's, or part of one) a cluster of their own. */
        void regroup(Set<String> group) {
            if (group.isEmpty()) {
                return;
            }
            for (String key : group) {
                members.remove(key);
                forbidden.remove(key);
            }
            String root = group.iterator().next();
            Set<String> barred = new HashSet<>();
            for (String key : group) {
                parent.put(key, root);
                barred.addAll(cannot.getOrDefault(key, Set.of()));
            }
            members.put(root, new HashSet<>(group));
            forbidden.put(root, barred);
        }

        Map<String, String> clusterKeys() {
            Map<String, String> keys = new HashMap<>();
            for (Set<String> group : members.values()) {
                String min = group.stream().min(String::compareTo).orElseThrow();
                group.forEach(k -> keys.put(k, min));
            }
            return keys;
        }
    }

    /** The repair pass: moves cores to the cluster they are most tied to, splits what no link holds, merges. */
    private record Repair(Partition clusters, Partition cores, List<Edge> links) {

        void run() {
            Map<String, List<Edge>> linksOf = new HashMap<>();
            for (Edge e : links) {
                linksOf.computeIfAbsent(e.a(), k -> new ArrayList<>()).add(e);
                linksOf.computeIfAbsent(e.b(), k -> new ArrayList<>()).add(e);
            }
            for (int round = 0; round < MAX_REPAIR_ROUNDS; round++) {
                boolean changed = moveCores(linksOf);
                changed |= splitUnheld(linksOf);
                changed |= mergeFreePairs();
                if (!changed) {
                    return;
                }
            }
        }

        /**
         * The weight of the core's links into each cluster (its own included, the core itself left out), without its
         * household-only links when it shares a personal identifier with a record outside it.
         */
        private Map<String, Double> ties(Set<String> core, Map<String, List<Edge>> linksOf) {
            List<Edge> outward = new ArrayList<>();
            for (String key : core) {
                for (Edge e : linksOf.getOrDefault(key, List.of())) {
                    if (!core.contains(e.a()) || !core.contains(e.b())) {
                        outward.add(e);
                    }
                }
            }
            boolean personal = outward.stream().anyMatch(e -> e.via() == Via.PERSONAL);
            Map<String, Double> ties = new HashMap<>();
            for (Edge e : outward) {
                String other = core.contains(e.a()) ? e.b() : e.a();
                if (e.kind() != Kind.MUST_LINK && !(personal && e.via() == Via.HOUSEHOLD)) {
                    ties.merge(clusters.root(other), Math.max(e.weight(), 0), Double::sum);
                }
            }
            return ties;
        }

        private boolean moveCores(Map<String, List<Edge>> linksOf) {
            boolean moved = false;
            List<Set<String>> coreList = cores.groups().stream().map(Set::copyOf)
                .sorted(Comparator.comparing(c -> c.stream().min(String::compareTo).orElseThrow())).toList();
            for (Set<String> core : coreList) {
                String home = clusters.root(core.iterator().next());
                Map<String, Double> ties = ties(core, linksOf);
                double own = ties.getOrDefault(home, 0.0);
                String best = null;
                double bestTie = own;
                for (Map.Entry<String, Double> t : new TreeMap<>(ties).entrySet()) {
                    if (!t.getKey().equals(home) && t.getValue() > bestTie && clusters.mayJoin(core, t.getKey(), false)) {
                        best = t.getKey();
                        bestTie = t.getValue();
                    }
                }
                if (best != null) {
                    String target = clusters.members(best).iterator().next();
                    clusters.detach(core);
                    clusters.merge(core.iterator().next(), target, false);
                    moved = true;
                }
            }
            return moved;
        }

        /** A cluster whose records no longer hang together through links becomes one cluster per connected part. */
        private boolean splitUnheld(Map<String, List<Edge>> linksOf) {
            boolean split = false;
            for (Set<String> group : clusters.groups().stream().map(Set::copyOf).toList()) {
                List<Set<String>> parts = connectedParts(group, linksOf);
                if (parts.size() > 1) {
                    parts.forEach(clusters::regroup);
                    split = true;
                }
            }
            return split;
        }

        private static List<Set<String>> connectedParts(Set<String> group, Map<String, List<Edge>> linksOf) {
            List<Set<String>> parts = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String start : group) {
                if (!seen.add(start)) {
                    continue;
                }
                Set<String> part = new HashSet<>(Set.of(start));
                Deque<String> todo = new ArrayDeque<>(List.of(start));
                while (!todo.isEmpty()) {
                    String key = todo.pop();
                    for (Edge e : linksOf.getOrDefault(key, List.of())) {
                        String other = e.a().equals(key) ? e.b() : e.a();
                        if (group.contains(other) && seen.add(other)) {
                            part.add(other);
                            todo.push(other);
                        }
                    }
                }
                parts.add(part);
            }
            return parts;
        }

        private boolean mergeFreePairs() {
            boolean merged = false;
            for (Edge e : links) {
                String ra = clusters.root(e.a());
                String rb = clusters.root(e.b());
                if (!ra.equals(rb) && clusters.merge(e.a(), e.b(), e.kind() == Kind.MUST_LINK)) {
                    merged = true;
                }
            }
            return merged;
        }
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
