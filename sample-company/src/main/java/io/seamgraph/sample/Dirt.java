package io.seamgraph.sample;

import io.seamgraph.contract.RecordKind;
import io.seamgraph.contract.SourceFormat;
import java.util.SplittableRandom;

/**
 * Decides, per person, which rows come out invalid, so that the ingest's quarantine path has work: a missing record id,
 * an unparseable timestamp, a phone that is not a phone, a malformed e-mail, an interaction about a person its system
 * does not have. Interaction dirt comes as extra rows, so it never changes a journey.
 */
final class Dirt {

    static final long STREAM_DIRT = 5;

    /** Per mille of profile records written with one invalid field (or an extra copy with no id). */
    static final int PROFILE_PER_MILLE = 4;
    /** Per mille of interaction rows followed by an invalid extra row. */
    static final int INTERACTION_PER_MILLE = 3;

    enum Problem {
        MISSING_ID("missing record id"),
        BAD_TIMESTAMP("unparseable timestamp"),
        INVALID_PHONE("invalid phone"),
        MALFORMED_EMAIL("malformed e-mail"),
        UNKNOWN_PERSON("refers to a person id its system does not have");

        private final String text;

        Problem(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    private final SplittableRandom rng;

    Dirt(long seed, long personIndex) {
        this.rng = new SplittableRandom(Ids.streamSeed(seed, STREAM_DIRT, personIndex));
    }

    /** The problem to give a profile record, or {@code null} for a clean one. */
    Problem forProfile(Extract extract) {
        if (rng.nextInt(1000) >= PROFILE_PER_MILLE) {
            return null;
        }
        // Parquet rows have no line numbers a reader can rely on, so a Parquet record always keeps its id.
        int kinds = extract.format() == SourceFormat.PARQUET ? 3 : 4;
        return switch (rng.nextInt(kinds)) {
            case 0 -> Problem.INVALID_PHONE;
            case 1 -> Problem.MALFORMED_EMAIL;
            case 2 -> Problem.BAD_TIMESTAMP;
            default -> Problem.MISSING_ID;
        };
    }

    /** The problem of an extra invalid row to write after an interaction, or {@code null} for none. */
    Problem forInteraction(Extract extract) {
        if (extract.kind() != RecordKind.INTERACTION || rng.nextInt(1000) >= INTERACTION_PER_MILLE) {
            return null;
        }
        int kinds = extract.format() == SourceFormat.PARQUET ? 2 : 3;
        return switch (rng.nextInt(kinds)) {
            case 0 -> Problem.BAD_TIMESTAMP;
            case 1 -> Problem.UNKNOWN_PERSON;
            default -> Problem.MISSING_ID;
        };
    }

    String invalidPhone() {
        return new String[] {"n/a", "12", "tbc", "0770", "call me"}[rng.nextInt(5)];
    }

    String malformedEmail(String email) {
        if (email != null && email.contains("@") && rng.nextBoolean()) {
            return email.trim().substring(0, email.trim().indexOf('@') + 1);
        }
        return new String[] {"bob@", "no email", "jane.doe.example.com", "@example.com"}[rng.nextInt(4)];
    }

    /** A timestamp text the extract's declared format cannot read. */
    Object badTimestamp(Extract extract) {
        String[] options = switch (extract) {
            case CRM_CONTACTS, CRM_ACTIVITIES -> new String[] {"2026-13-45 10:00:00", "31/02/2026", "yesterday"};
            case ESP_SUBSCRIBERS, ESP_SENDS -> new String[] {"2026-02-30T10:00:00+00:00", "not a date"};
            case SHOP_ACCOUNTS, SHOP_ORDERS, BILLING_ACCOUNTS, BILLING_MESSAGES ->
                new String[] {"2026-02-30T10:00:00Z", "TBC", "07/01/2026"};
            case SHOP_WEB_EVENTS -> new String[] {"n/a"};
            case HELPDESK_REQUESTERS, HELPDESK_TICKETS -> new String[] {"32/01/2026 10:00", "2026-01-07 10:00"};
            case POS_MEMBERS, POS_VISITS -> new String[] {"2026-01-32T10:00:00", "unknown"};
        };
        return options[rng.nextInt(options.length)];
    }

    int ghost(int range) {
        return rng.nextInt(range);
    }
}
