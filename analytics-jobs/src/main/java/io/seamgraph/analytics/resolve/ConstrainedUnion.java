package io.seamgraph.analytics.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Partitions records along their links without ever putting two records a correction declared different into one
 * cluster. Must-links are joined first, then the links in the order given; a link (or a must-link) that would join two
 * groups holding a cannot-link pair is left out, so the pair lands apart and everything else that can stay together
 * does. Plain Java: it runs on the few components a cannot-link touches.
 */
public final class ConstrainedUnion {

    private ConstrainedUnion() {
    }

    /** @return record key to cluster key (the smallest key of its cluster), for every record named */
    public static Map<String, String> partition(List<String> records, List<Correction.Pair> mustLinks,
                                                List<Correction.Pair> links, List<Correction.Pair> cannotLinks) {
        Map<String, String> parent = new HashMap<>();
        records.forEach(r -> parent.put(r, r));
        List<Correction.Pair> ordered = new ArrayList<>(mustLinks);
        ordered.addAll(links);
        for (Correction.Pair link : ordered) {
            parent.putIfAbsent(link.leftKey(), link.leftKey());
            parent.putIfAbsent(link.rightKey(), link.rightKey());
            String a = find(parent, link.leftKey());
            String b = find(parent, link.rightKey());
            if (!a.equals(b) && !forbidden(parent, a, b, cannotLinks)) {
                // The smaller key becomes the root, so the root is the cluster's smallest key.
                if (a.compareTo(b) < 0) {
                    parent.put(b, a);
                } else {
                    parent.put(a, b);
                }
            }
        }
        Map<String, String> cluster = new TreeMap<>();
        parent.keySet().forEach(r -> cluster.put(r, find(parent, r)));
        return cluster;
    }

    private static boolean forbidden(Map<String, String> parent, String a, String b, List<Correction.Pair> cannotLinks) {
        for (Correction.Pair pair : cannotLinks) {
            if (!parent.containsKey(pair.leftKey()) || !parent.containsKey(pair.rightKey())) {
                continue;
            }
            String x = find(parent, pair.leftKey());
            String y = find(parent, pair.rightKey());
            if ((x.equals(a) && y.equals(b)) || (x.equals(b) && y.equals(a))) {
                return true;
            }
        }
        return false;
    }

    private static String find(Map<String, String> parent, String key) {
        String root = key;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }
}
