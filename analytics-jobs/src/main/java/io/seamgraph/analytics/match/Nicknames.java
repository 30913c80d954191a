package io.seamgraph.analytics.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Given names and the short forms people go by (Bob for Robert, Liz for Elizabeth), from the classpath resource
 * {@code nicknames.txt}: one person may be Robert in the shop and Bob at the help desk, and Jaro-Winkler sees no
 * likeness between the two.
 */
final class Nicknames {

    private static final String RESOURCE = "nicknames.txt";
    private static final Map<String, Set<Integer>> GROUPS = load();

    private Nicknames() {
    }

    /** True when one line of the table holds both names (compared lower-cased); a name is not its own nickname. */
    static boolean related(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        Set<Integer> left = GROUPS.get(a.toLowerCase(Locale.ROOT));
        Set<Integer> right = GROUPS.get(b.toLowerCase(Locale.ROOT));
        if (left == null || right == null || a.equalsIgnoreCase(b)) {
            return false;
        }
        for (Integer g : left) {
            if (right.contains(g)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when one value is a single letter and the other a name starting with it, or a name whose table line
     * holds a name starting with it (C for Charlotte, and for Lottie too).
     */
    static boolean initialOf(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty() || (a.length() != 1 && b.length() != 1)) {
            return false;
        }
        String initial = (a.length() == 1 ? a : b).toLowerCase(Locale.ROOT);
        String name = (a.length() == 1 ? b : a).toLowerCase(Locale.ROOT);
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
