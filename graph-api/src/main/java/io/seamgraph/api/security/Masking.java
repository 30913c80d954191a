package io.seamgraph.api.security;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How personal data looks to a caller who may not see it: enough to tell records apart, not enough to find the person.
 * Every method takes and returns {@code null} for a missing value.
 */
public final class Masking {

    private static final String HIDDEN = "***";

    private Masking() {
    }

    /** {@code jo.smith@example.com} becomes {@code j***@example.com}: the first letter and the domain. */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return keepLast(email, 3);
        }
        String local = email.substring(0, at);
        return (local.isEmpty() ? "" : local.substring(0, 1)) + HIDDEN + email.substring(at);
    }

    /** {@code +447700900123} becomes {@code ***123}: the last three digits. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        return HIDDEN + digits.substring(Math.max(0, digits.length() - 3));
    }

    /** {@code Jo} becomes {@code J.}; {@code Mary-Jo van Dyke} becomes {@code M. v. D.}: each word's initial. */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        return Arrays.stream(name.strip().split("\\s+"))
            .filter(word -> !word.isEmpty())
            .map(word -> word.substring(0, word.offsetByCodePoints(0, 1)) + ".")
            .collect(Collectors.joining(" "));
    }

    /** A date of birth shows its year only. */
    public static String dateOfBirth(LocalDate dateOfBirth) {
        return dateOfBirth == null ? null : String.valueOf(dateOfBirth.getYear());
    }

    /** The street address is removed altogether. */
    public static String addressLine(String addressLine) {
        return null;
    }

    /**
     * A postcode keeps its first part, the area and district ({@code SW1A 1AA} becomes {@code SW1A}); one without a
     * space keeps all but its last three characters, which name a handful of houses in a UK postcode.
     */
    public static String postcode(String postcode) {
        if (postcode == null) {
            return null;
        }
        String trimmed = postcode.strip();
        int space = trimmed.indexOf(' ');
        if (space > 0) {
            return trimmed.substring(0, space);
        }
        return trimmed.length() > 3 ? trimmed.substring(0, trimmed.length() - 3) : HIDDEN;
    }

    /** An identity's value, by its kind: e-mails and phones as above, other kinds keep their last three characters. */
    public static String identityValue(String kind, String value) {
        if (value == null) {
            return null;
        }
        return switch (kind == null ? "" : kind.toLowerCase(Locale.ROOT)) {
            case "email" -> email(value);
            case "phone" -> phone(value);
            default -> keepLast(value, 3);
        };
    }

    /** An identity key {@code kind:value} with its value masked, e.g. {@code email:j***@example.com}. */
    public static String identityKey(String key) {
        if (key == null) {
            return null;
        }
        int colon = key.indexOf(':');
        if (colon < 0) {
            return keepLast(key, 3);
        }
        String kind = key.substring(0, colon);
        return kind + ":" + identityValue(kind, key.substring(colon + 1));
    }

    private static String keepLast(String value, int count) {
        return value.length() <= count ? HIDDEN : HIDDEN + value.substring(value.length() - count);
    }
}
