package io.seamgraph.ingest.normalise;

import java.text.Normalizer;

/** Whitespace and Unicode clean-up shared by every text field. */
public final class Text {

    private Text() {
    }

    /** Null for null, blank or the literal {@code null}; otherwise NFC, trimmed, inner whitespace collapsed. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0]+", " ").strip();
        return text.isEmpty() || text.equalsIgnoreCase("null") ? null : text;
    }
}
