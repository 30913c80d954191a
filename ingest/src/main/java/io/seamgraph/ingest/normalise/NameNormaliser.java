package io.seamgraph.ingest.normalise;

import java.util.Locale;

/**
 * Cleans a person's name for display and comparison: whitespace and stray punctuation go, and names written in
 * one case (ALL CAPS from a billing system, all lower from a web form) are title-cased; mixed case is kept
 * because it is deliberate (McDonald, van der Berg).
 */
public final class NameNormaliser {

    private NameNormaliser() {
    }

    public static String normalise(String raw) {
        String text = Text.clean(raw);
        if (text == null) {
            return null;
        }
        text = text.replaceAll("^[\\p{Punct}&&[^']]+|[\\p{Punct}&&[^'.]]+$", "").strip();
        if (text.isEmpty()) {
            return null;
        }
        boolean oneCase = text.equals(text.toUpperCase(Locale.ROOT)) || text.equals(text.toLowerCase(Locale.ROOT));
        return oneCase ? titleCase(text) : text;
    }

    private static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean startOfWord = true;
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(startOfWord ? Character.toUpperCase(c) : c);
            startOfWord = c == ' ' || c == '-' || c == '\'';
        }
        return out.toString();
    }
}
