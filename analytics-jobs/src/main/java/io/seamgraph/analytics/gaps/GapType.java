package io.seamgraph.analytics.gaps;

import java.util.Arrays;
import java.util.Locale;

/** The silo gaps Seamgraph detects; {@link #key()} is the {@code SiloGap.type} and the generator's truth key. */
public enum GapType {
    REPEAT_CONTACT_AFTER_HANDOFF,
    UNRESOLVED_CHANNEL_SWITCH,
    CONSENT_CONFLICT,
    CONTACT_PRESSURE,
    SILENCE,
    BRAND_INCONSISTENCY,
    CONFLICTING_DATA,
    NO_OWNER,
    BROKEN_PROMISE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GapType ofKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown silo gap type '" + key + "' (known: "
                + Arrays.stream(values()).map(GapType::key).toList() + ")"));
    }
}
