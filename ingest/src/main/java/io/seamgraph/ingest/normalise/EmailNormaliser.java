package io.seamgraph.ingest.normalise;

import java.util.Locale;
import java.util.regex.Pattern;

/** Trims and lower-cases an e-mail address and rejects what cannot be one. */
public final class EmailNormaliser {

    // Deliberately simple: one @, a dot in the domain, no spaces. RFC 5322 allows more, but no system here does.
    private static final Pattern PLAUSIBLE = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private EmailNormaliser() {
    }

    public static Outcome<String> normalise(String raw) {
        String text = Text.clean(raw);
        if (text == null) {
            return Outcome.absent();
        }
        String email = text.replace(" ", "").toLowerCase(Locale.ROOT);
        if (email.startsWith("mailto:")) {
            email = email.substring("mailto:".length());
        }
        return PLAUSIBLE.matcher(email).matches()
            ? Outcome.ok(email)
            : Outcome.invalid("not an e-mail address: '" + text + "'");
    }
}
