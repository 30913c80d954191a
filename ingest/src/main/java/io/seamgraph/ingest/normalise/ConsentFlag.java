package io.seamgraph.ingest.normalise;

import java.util.Locale;
import java.util.Set;

/** Reads the many ways systems write a consent flag. */
public final class ConsentFlag {

    private static final Set<String> GRANTED = Set.of("true", "yes", "y", "1", "opt-in", "opt_in", "optin", "opted_in",
        "opted-in", "granted", "subscribed");
    private static final Set<String> WITHDRAWN = Set.of("false", "no", "n", "0", "opt-out", "opt_out", "optout",
        "opted_out", "opted-out", "withdrawn", "denied", "unsubscribed");

    private ConsentFlag() {
    }

    public static Outcome<Boolean> parse(String raw) {
        String text = Text.clean(raw);
        if (text == null) {
            return Outcome.absent();
        }
        String key = text.toLowerCase(Locale.ROOT);
        if (GRANTED.contains(key)) {
            return Outcome.ok(true);
        }
        if (WITHDRAWN.contains(key)) {
            return Outcome.ok(false);
        }
        return Outcome.invalid("not a consent flag: '" + text + "' (expected e.g. true/false, yes/no, opt-in/opt-out)");
    }
}
