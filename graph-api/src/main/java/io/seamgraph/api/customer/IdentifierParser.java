package io.seamgraph.api.customer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import io.seamgraph.api.customer.ParsedIdentifier.Lookup;
import io.seamgraph.api.problem.ApiErrors;

/**
 * Reads the {@code identifier} a caller looks customers up by. The rules, in order:
 * <ol>
 * <li>looks like an e-mail, {@code local@domain} with no {@code :} before the {@code @} (a leading {@code email:} or
 * {@code mailto:} is allowed): spaces removed, lower-cased and looked up as the identity {@code email:<value>};</li>
 * <li>made of digits, spaces and {@code + - ( ) .} only, and a possible phone number in the default region (or
 * with its country code): a phone, normalised to E.164 and looked up as {@code phone:+447700900123};</li>
 * <li>contains {@code :}: a key, first of a source record ({@code system:recordId}), then, when no record has it, of an
 * identity ({@code kind:value}, e.g. {@code loyalty:LY-1234}; an {@code email:} or {@code phone:} value is normalised
 * as above, other values lose their spaces, and a {@code handle:} also its leading {@code @} and its capitals);</li>
 * <li>anything else is a bad request.</li>
 * </ol>
 * The normalisation is ingest's ({@code io.seamgraph.ingest.normalise}): what ingest stored is what a look-up finds.
 */
final class IdentifierParser {

    static final String PARAMETER = "identifier";
    private static final Pattern EMAIL = Pattern.compile("[^\\s:@]+@[^\\s@]+");
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("\\+?[0-9 ()./-]+");
    private static final String HOW = "Send an e-mail address, a phone number, a source record key system:recordId "
        + "or an identity key kind:value.";

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    IdentifierParser(String defaultRegion) {
        if (defaultRegion == null || !phones.getSupportedRegions().contains(defaultRegion.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("seamgraph.api.phone-region must be a region libphonenumber knows, "
                + "an ISO 3166 alpha-2 code such as GB or US, not '" + defaultRegion + "'");
        }
        this.defaultRegion = defaultRegion.toUpperCase(Locale.ROOT);
    }

    ParsedIdentifier parse(String raw) {
        String identifier = raw == null ? "" : raw.strip();
        if (identifier.isEmpty()) {
            throw ApiErrors.badParameter(PARAMETER, "it is empty.", HOW);
        }
        String email = normaliseEmail(stripPrefix(stripPrefix(identifier, "email:"), "mailto:"));
        if (EMAIL.matcher(email).matches()) {
            return new ParsedIdentifier(ParsedIdentifier.Rule.EMAIL, List.of(Lookup.identity("email:" + email)));
        }
        if (PHONE_CHARACTERS.matcher(identifier).matches()) {
            String phone = e164(identifier);
            if (phone != null) {
                return new ParsedIdentifier(ParsedIdentifier.Rule.PHONE, List.of(Lookup.identity("phone:" + phone)));
            }
        }
        int colon = identifier.indexOf(':');
        if (colon > 0 && colon < identifier.length() - 1) {
            return new ParsedIdentifier(ParsedIdentifier.Rule.KEY,
                List.of(Lookup.record(identifier), Lookup.identity(identityKey(identifier, colon))));
        }
        throw ApiErrors.badParameter(PARAMETER, "it is neither an e-mail address, a phone number nor a key.", HOW);
    }

    private String identityKey(String key, int colon) {
        String kind = key.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = key.substring(colon + 1).strip();
        String normalised = switch (kind) {
            case "email" -> normaliseEmail(value);
            case "phone" -> {
                String phone = e164(value);
                yield phone == null ? value : phone;
            }
            // Ingest's rule for ids: spaces removed; handles also lose a leading @ and are lower-cased.
            case "handle" -> value.replace(" ", "").replaceFirst("^@", "").toLowerCase(Locale.ROOT);
            default -> value.replace(" ", "");
        };
        return kind + ":" + normalised;
    }

    /** The number in E.164, or {@code null} when it cannot be a phone number (ingest's rule: a possible number). */
    String e164(String text) {
        try {
            PhoneNumber number = phones.parse(text, defaultRegion);
            return phones.isPossibleNumber(number) ? phones.format(number, PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    private static String normaliseEmail(String email) {
        return email.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static String stripPrefix(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length()) ? text.substring(prefix.length()) : text;
    }
}
