package io.seamgraph.analytics.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Given names and the short forms people go by (Bob for Robert, Liz for Elizabeth), from the classpath resource
 * {@code nicknames.txt}: one person may be Robert in the shop and Bob at the help desk, and Jaro-Winkler sees no
 * likeness between the two.
 */
final class Nicknames {

    private static final String RESOURCE = "nicknames.txt";
    private static final Map<String, Set<Integer>> GROUPS = load();

    /**
     * How like a name of the table a name must be to count as that name mistyped: the first Jaro-Winkler band of the
     * shipped name comparisons, which a swapped, dropped or doubled letter in a name of four letters or more keeps.
     */
    static final double SLIP_SIMILARITY = 0.92;
    private static final int SLIP_MIN_LENGTH = 4;
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final Map<String, Set<Integer>> SLIP_GROUPS = new ConcurrentHashMap<>();

    private Nicknames() {
    }

    /** True when one line of the table holds both names (compared lower-cased); a name is not its own nickname. */
    static boolean related(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        Set<Integer> left = GROUPS.get(key(a));
        Set<Integer> right = GROUPS.get(key(b));
        if (left == null || right == null || a.equalsIgnoreCase(b)) {
            return false;
        }
        return shareAGroup(left, right);
    }

    /**
     * {@link #related} allowing a keying slip in either name: "Richrad" and "Dick" are related because Richrad is
     * Richard mistyped. A person's records hold both slips and nicknames, and a clerk's slip in one record must not
     * make the nickname in another look like a different person. Names shorter than four letters are taken as typed
     * (Dan and Don are two names, not one slip).
     */
    static boolean relatedDespiteSlip(String a, String b) {
        if (a == null || b == null || a.equalsIgnoreCase(b)) {
            return false;
        }
        return related(a, b) || shareAGroup(slipGroups(key(a)), slipGroups(key(b)));
    }

    /** The table lines of the name, or of the table names it is a slip of. */
    private static Set<Integer> slipGroups(String name) {
        Set<Integer> exact = GROUPS.get(name);
        if (exact != null || name.length() < SLIP_MIN_LENGTH) {
            return exact == null ? Set.of() : exact;
        }
        return SLIP_GROUPS.computeIfAbsent(name, n -> {
            Set<Integer> groups = new HashSet<>();
            GROUPS.forEach((tableName, g) -> {
                if (tableName.length() >= SLIP_MIN_LENGTH && JW.apply(n, tableName) >= SLIP_SIMILARITY) {
                    groups.addAll(g);
                }
            });
            return groups;
        });
    }

    private static boolean shareAGroup(Set<Integer> left, Set<Integer> right) {
        for (Integer g : left) {
            if (right.contains(g)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without accents: the table is written that way (Małgorzata is looked up as malgorzata). */
    private static String key(String name) {
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('ł', 'l');
    }

    /**
     * True when one value is a single letter and the other a name starting with it, or a name whose table line
     * holds a name starting with it (C for Charlotte, and for Lottie too).
     */
    static boolean initialOf(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty() || (a.length() != 1 && b.length() != 1)) {
            return false;
        }
        String initial = key(a.length() == 1 ? a : b);
        String name = key(a.length() == 1 ? b : a);
        if (name.startsWith(initial)) {
            return true;
        }
        Set<Integer> groups = GROUPS.get(name);
        if (groups == null) {
            return false;
        }
        return GROUPS.entrySet().stream().anyMatch(e -> e.getKey().startsWith(initial)
            && e.getValue().stream().anyMatch(groups::contains));
    }

    private static Map<String, Set<Integer>> load() {
        Map<String, Set<Integer>> groups = new HashMap<>();
        try (InputStream in = Nicknames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + RESOURCE + " is missing next to " + Nicknames.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int group = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                for (String name : text.toLowerCase(Locale.ROOT).split("\\s+")) {
                    groups.computeIfAbsent(name, n -> new HashSet<>()).add(group);
                }
                group++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return groups;
    }
}
