package io.seamgraph.ingest.validate;

import static io.seamgraph.contract.CanonicalField.ADDRESS_LINE;
import static io.seamgraph.contract.CanonicalField.ADDRESS_LINE_2;
import static io.seamgraph.contract.CanonicalField.CITY;
import static io.seamgraph.contract.CanonicalField.COUNTRY;
import static io.seamgraph.contract.CanonicalField.DATE_OF_BIRTH;
import static io.seamgraph.contract.CanonicalField.FAMILY_NAME;
import static io.seamgraph.contract.CanonicalField.FULL_NAME;
import static io.seamgraph.contract.CanonicalField.GIVEN_NAME;
import static io.seamgraph.contract.CanonicalField.HOUSE_NUMBER;
import static io.seamgraph.contract.CanonicalField.NATIONAL_ID;
import static io.seamgraph.contract.CanonicalField.POSTCODE;
import static io.seamgraph.contract.CanonicalField.RECORD_ID;
import static io.seamgraph.contract.CanonicalField.REGION;
import static io.seamgraph.contract.CanonicalField.UPDATED_AT;

import io.seamgraph.contract.CanonicalField;
import io.seamgraph.contract.RecordKind;
import io.seamgraph.ingest.normalise.ConsentFlag;
import io.seamgraph.ingest.normalise.EmailNormaliser;
import io.seamgraph.ingest.normalise.NameNormaliser;
import io.seamgraph.ingest.normalise.Outcome;
import io.seamgraph.ingest.normalise.PhoneNormaliser;
import io.seamgraph.ingest.normalise.Text;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Validates and normalises one profile row of one source. Pure: no Spark, so every rule is unit-tested. */
public final class ProfileNormaliser implements Serializable {

    private final SourceRules rules;

    public ProfileNormaliser(SourceRules rules) {
        this.rules = rules;
    }

    public NormalisedProfile normalise(MappedValues row) {
        List<Issue> issues = new ArrayList<>();
        String recordId = Text.clean(text(row, RECORD_ID));
        if (recordId == null) {
            issues.add(Issue.reject(RECORD_ID.yamlName(), null, "missing record id"));
        }
        String given = NameNormaliser.normalise(text(row, GIVEN_NAME));
        String family = NameNormaliser.normalise(text(row, FAMILY_NAME));
        String full = NameNormaliser.normalise(text(row, FULL_NAME));
        if (full != null && given == null && family == null) {
            int comma = full.indexOf(',');
            if (comma > 0) {
                // "Family, Given", as directories and ticket systems often write it.
                family = NameNormaliser.normalise(full.substring(0, comma));
                given = NameNormaliser.normalise(full.substring(comma + 1));
                full = given == null ? family : given + " " + family;
            } else {
                // One "name" column: the last word is the family name, the rest the given names.
                int lastSpace = full.lastIndexOf(' ');
                given = lastSpace > 0 ? full.substring(0, lastSpace) : null;
                family = lastSpace > 0 ? full.substring(lastSpace + 1) : full;
            }
        }
        if (full == null && (given != null || family != null)) {
            full = String.join(" ", given == null ? "" : given, family == null ? "" : family).strip();
        }
        String dob = Issue.dropIfInvalid(issues, DATE_OF_BIRTH.yamlName(), text(row, DATE_OF_BIRTH),
            rules.temporal().date(text(row, DATE_OF_BIRTH)), LocalDate::toString);
        String updatedAt = Issue.dropIfInvalid(issues, UPDATED_AT.yamlName(), text(row, UPDATED_AT),
            rules.temporal().instant(text(row, UPDATED_AT)), Instant::toString);

        Map<String, List<String>> identities = new LinkedHashMap<>();
        for (CanonicalField field : CanonicalField.of(RecordKind.PROFILE)) {
            field.identityKind().ifPresent(kind -> {
                List<String> values = identityValues(field, row, issues);
                if (!values.isEmpty()) {
                    identities.put(kind, values);
                }
            });
        }
        List<NormalisedProfile.Consent> consents = new ArrayList<>();
        for (MappedValues.RawConsent raw : row.consents()) {
            String field = "consents." + raw.purpose();
            Outcome<Boolean> granted = ConsentFlag.parse(raw.granted());
            if (granted.isInvalid()) {
                issues.add(Issue.drop(field, raw.granted(), granted.problem()));
                continue;
            }
            if (granted.value() == null) {
                continue;
            }
            String at = Issue.dropIfInvalid(issues, field + ".at", raw.at(), rules.temporal().instant(raw.at()), Instant::toString);
            consents.add(new NormalisedProfile.Consent(raw.purpose(), granted.value(), at));
        }
        String key = recordId == null ? null : rules.system() + ":" + recordId;
        return new NormalisedProfile(key, recordId, given, family, full, dob,
            Text.clean(text(row, ADDRESS_LINE)), Text.clean(text(row, HOUSE_NUMBER)), Text.clean(text(row, ADDRESS_LINE_2)),
            Text.clean(text(row, CITY)), postcode(text(row, POSTCODE)), Text.clean(text(row, REGION)),
            Text.clean(text(row, COUNTRY)), nationalId(text(row, NATIONAL_ID)), updatedAt,
            identities, consents, issues);
    }

    private List<String> identityValues(CanonicalField field, MappedValues row, List<Issue> issues) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        List<String> cells = new ArrayList<>(rules.split(row.multi(field.yamlName())));
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            String fallback = rules.resolve(field.yamlName(), null);
            cells = fallback == null ? List.of() : List.of(fallback);
        }
        for (String cell : cells) {
            Outcome<String> outcome = switch (field.type()) {
                case EMAIL -> EmailNormaliser.normalise(cell);
                case PHONE -> PhoneNormaliser.normalise(cell, rules.phoneRegion());
                default -> identifier(cell, field);
            };
            if (outcome.isInvalid()) {
                issues.add(Issue.drop(field.yamlName(), cell, outcome.problem()));
            } else if (outcome.value() != null) {
                values.add(outcome.value());
            }
        }
        return List.copyOf(values);
    }

    private static Outcome<String> identifier(String cell, CanonicalField field) {
        String text = Text.clean(cell);
        if (text == null) {
            return Outcome.absent();
        }
        String value = text.replace(" ", "");
        // Handles are case-insensitive on every network we know; ids are kept as issued.
        return Outcome.ok(field == CanonicalField.SOCIAL_HANDLES
            ? value.replaceFirst("^@", "").toLowerCase(Locale.ROOT) : value);
    }

    private String text(MappedValues row, CanonicalField field) {
        return rules.resolve(field.yamlName(), row.single(field.yamlName()));
    }

    /** Spaces and dashes are layout, not part of the number: "123 456-789" is "123456789". */
    private static String nationalId(String raw) {
        String text = Text.clean(raw);
        return text == null ? null : text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static String postcode(String raw) {
        String text = Text.clean(raw);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
