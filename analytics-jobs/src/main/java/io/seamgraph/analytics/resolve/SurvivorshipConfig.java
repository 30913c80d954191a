package io.seamgraph.analytics.resolve;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which value of an attribute survives into a customer's golden record, per attribute (examples/golden-record.yaml).
 *
 * @param attributes golden attribute name to its rule; an attribute left out is not in the golden record
 */
public record SurvivorshipConfig(Map<String, AttributeRule> attributes) {

    /** The attributes a golden record can hold; {@code email} and {@code phone} choose among the records' identities. */
    public static final List<String> ATTRIBUTES = List.of("givenName", "familyName", "fullName", "dateOfBirth",
        "addressLine", "city", "postcode", "country", "email", "phone");

    public enum Rule {
        /** The value from the first system of {@code sources} that has one (unlisted systems after, by recency). */
        SOURCE_PRIORITY,
        /** The value of the most recently updated record. */
        MOST_RECENT,
        /** The value most records hold, after normalisation. */
        MOST_FREQUENT,
        /** The longest value: the most complete of several spellings. */
        LONGEST;

        static Rule parse(String text) {
            String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Rule r : values()) {
                if (r.name().equals(wanted)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("'" + text + "' is not a rule; use one of source-priority, "
                + "most-recent, most-frequent, longest");
        }
    }

    /**
     * @param rule      how the surviving value is chosen
     * @param sources   system keys, most trusted first (source-priority only)
     * @param conflicts whether distinct values of this attribute among one customer's records are recorded as an
     *                  AttributeConflict (sensible for a birth date or a family name, not for e-mails of which a person
     *                  has several)
     */
    public record AttributeRule(Rule rule, List<String> sources, boolean conflicts) {
        public AttributeRule {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    public SurvivorshipConfig {
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        List<String> problems = new ArrayList<>();
        attributes.forEach((name, rule) -> {
            if (!ATTRIBUTES.contains(name)) {
                problems.add("attribute '" + name + "' is not one of " + ATTRIBUTES);
            }
            if (rule.rule() == Rule.SOURCE_PRIORITY && rule.sources().isEmpty()) {
                problems.add("attribute '" + name + "': rule source-priority needs 'sources', the systems most trusted first");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Golden record configuration: " + String.join("; ", problems));
        }
    }

    /** Most recent value everywhere; conflicts kept for the attributes that tell two persons apart. */
    public static SurvivorshipConfig defaults() {
        Map<String, AttributeRule> rules = new LinkedHashMap<>();
        for (String name : ATTRIBUTES) {
            boolean conflicts = Arrays.asList("familyName", "dateOfBirth", "postcode").contains(name);
            rules.put(name, new AttributeRule(Rule.MOST_RECENT, List.of(), conflicts));
        }
        return new SurvivorshipConfig(rules);
    }

    private record FileRule(@JsonProperty("rule") String rule, @JsonProperty("sources") List<String> sources,
                            @JsonProperty("conflicts") Boolean conflicts) {
    }

    private record FileConfig(@JsonProperty("attributes") Map<String, FileRule> attributes) {
    }

    public static SurvivorshipConfig load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Golden record configuration " + file + ": not found");
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        FileConfig read;
        try {
            read = yaml.readValue(file.toFile(), FileConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("Golden record configuration " + file + ": unknown key '"
                + e.getPropertyName() + "' at " + e.getPathReference() + " (known keys: rule, sources, conflicts)", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Golden record configuration " + file + ": " + e.getMessage(), e);
        }
        if (read == null || read.attributes() == null || read.attributes().isEmpty()) {
            throw new IllegalArgumentException("Golden record configuration " + file + ": 'attributes' is empty");
        }
        Map<String, AttributeRule> rules = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        read.attributes().forEach((name, r) -> {
            try {
                rules.put(name, new AttributeRule(Rule.parse(r == null ? null : r.rule()), r.sources(),
                    Boolean.TRUE.equals(r.conflicts())));
            } catch (IllegalArgumentException e) {
                problems.add("attribute '" + name + "', field 'rule': " + e.getMessage());
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Golden record configuration " + file + ": " + String.join("; ", problems));
        }
        try {
            return new SurvivorshipConfig(rules);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }
}
