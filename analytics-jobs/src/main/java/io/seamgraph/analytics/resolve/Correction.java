package io.seamgraph.analytics.resolve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A person's decision about source records that resolve cannot overrule: they are the same person, or they are not.
 *
 * @param id       where it came from: {@code file:<n>} for the n-th entry of a corrections file, or the graph's
 *                 {@code Correction.id}
 * @param records  two or more {@code system:recordId} keys
 * @param decision same or different
 * @param reason   why, in the author's words
 * @param author   who declared it
 * @param at       when it was declared (null for a file entry without a date)
 */
public record Correction(String id, List<String> records, Decision decision, String reason, String author, Instant at) {

    public enum Decision {
        SAME, DIFFERENT;

        /** {@code same} or {@code different}, in any case; anything else is refused with the allowed words. */
        public static Decision parse(String text) {
            if (text != null) {
                for (Decision d : values()) {
                    if (d.name().equalsIgnoreCase(text.strip())) {
                        return d;
                    }
                }
            }
            throw new IllegalArgumentException("decision must be 'same' or 'different', got '" + text + "'");
        }

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A record pair in key order, as the clustering's mustLink and cannotLink Datasets hold it. */
    public record Pair(String leftKey, String rightKey) {
        public static Pair of(String a, String b) {
            return a.compareTo(b) <= 0 ? new Pair(a, b) : new Pair(b, a);
        }
    }

    public Correction {
        records = List.copyOf(records);
    }

    /**
     * The pairs the decision constrains. "Same" chains the records (each with the next), which joins them all;
     * "different" separates every pair, since any two of them together would break the decision.
     */
    public List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (decision == Decision.SAME) {
                if (i + 1 < records.size()) {
                    pairs.add(Pair.of(records.get(i), records.get(i + 1)));
                }
            } else {
                for (int j = i + 1; j < records.size(); j++) {
                    pairs.add(Pair.of(records.get(i), records.get(j)));
                }
            }
        }
        return pairs;
    }
}
