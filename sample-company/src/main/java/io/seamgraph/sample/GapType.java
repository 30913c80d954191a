package io.seamgraph.sample;

import java.util.Locale;

/** The silo gaps the generator injects on purpose and labels in {@code truth/silo_gaps.csv}. */
enum GapType {
    REPEAT_CONTACT_AFTER_HANDOFF,
    UNRESOLVED_CHANNEL_SWITCH,
    CONSENT_CONFLICT,
    CONTACT_PRESSURE,
    SILENCE,
    BRAND_INCONSISTENCY,
    CONFLICTING_DATA,
    NO_OWNER,
    BROKEN_PROMISE;

    /** The key used in the truth files, e.g. {@code repeat_contact_after_handoff}. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Gaps that show in the interactions (all but conflicting data, which shows in the profiles). */
    boolean inInteractions() {
        return this != CONFLICTING_DATA;
    }
}
