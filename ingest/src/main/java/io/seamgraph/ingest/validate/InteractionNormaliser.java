package io.seamgraph.ingest.validate;

import static io.seamgraph.contract.CanonicalField.CHANNEL;
import static io.seamgraph.contract.CanonicalField.INTERACTION_ID;
import static io.seamgraph.contract.CanonicalField.PERSON_ID;
import static io.seamgraph.contract.CanonicalField.PROMISE_DUE_AT;
import static io.seamgraph.contract.CanonicalField.TIMESTAMP;

import io.seamgraph.contract.CanonicalField;
import io.seamgraph.contract.RecordKind;
import io.seamgraph.contract.ValueType;
import io.seamgraph.ingest.normalise.Outcome;
import io.seamgraph.ingest.normalise.Text;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Validates and normalises one interaction row of one source. Pure: no Spark. */
public final class InteractionNormaliser implements Serializable {

    /** Fields handled on their own; every other interaction field is optional text kept as an attribute. */
    private static final Set<CanonicalField> STRUCTURAL = Set.of(INTERACTION_ID, PERSON_ID, TIMESTAMP, CHANNEL, PROMISE_DUE_AT);

    private final SourceRules rules;

    public InteractionNormaliser(SourceRules rules) {
        this.rules = rules;
    }

    public NormalisedInteraction normalise(MappedValues row) {
        List<Issue> issues = new ArrayList<>();
        String interactionId = Text.clean(text(row, INTERACTION_ID));
        if (interactionId == null) {
            issues.add(Issue.reject(INTERACTION_ID.yamlName(), null, "missing interaction id"));
        }
        String personId = Text.clean(text(row, PERSON_ID));
        if (personId == null) {
            issues.add(Issue.reject(PERSON_ID.yamlName(), null, "missing person id"));
        }
        String rawAt = text(row, TIMESTAMP);
        Outcome<Instant> at = rules.temporal().instant(rawAt);
        if (at.isInvalid()) {
            issues.add(Issue.reject(TIMESTAMP.yamlName(), rawAt, at.problem()));
        } else if (at.value() == null) {
            issues.add(Issue.reject(TIMESTAMP.yamlName(), null, "missing timestamp"));
        }
        String channel = channel(row, issues);

        Map<String, String> attributes = new LinkedHashMap<>();
        for (CanonicalField field : CanonicalField.of(RecordKind.INTERACTION)) {
            if (STRUCTURAL.contains(field)) {
                continue;
            }
            String value = Text.clean(text(row, field));
            if (value == null) {
                continue;
            }
            if (field.type() == ValueType.ENUM) {
                String word = value.toLowerCase(Locale.ROOT);
                if (!field.allowedValues().contains(word)) {
                    issues.add(Issue.drop(field.yamlName(), value, "not one of " + field.allowedValues()
                        + " (map source values with valueMaps)"));
                    continue;
                }
                value = word;
            }
            attributes.put(field.yamlName(), value);
        }
        String dueAt = Issue.dropIfInvalid(issues, PROMISE_DUE_AT.yamlName(), text(row, PROMISE_DUE_AT),
            rules.temporal().instant(text(row, PROMISE_DUE_AT)), Instant::toString);
        if (dueAt != null) {
            attributes.put(PROMISE_DUE_AT.yamlName(), dueAt);
        }
        return new NormalisedInteraction(
            interactionId == null ? null : rules.source() + ":" + interactionId,
            interactionId,
            personId == null ? null : rules.personSystem() + ":" + personId,
            at.value() == null ? null : at.value().toString(),
            channel,
            attributes,
            issues);
    }

    private String channel(MappedValues row, List<Issue> issues) {
        String raw = Text.clean(text(row, CHANNEL));
        String channel = raw == null ? rules.defaultChannel() : raw.toLowerCase(Locale.ROOT);
        if (channel == null) {
            issues.add(Issue.reject(CHANNEL.yamlName(), null, "no channel and the source declares no default"));
            return null;
        }
        if (!rules.channels().contains(channel)) {
            issues.add(Issue.reject(CHANNEL.yamlName(), raw, "unknown channel '" + channel
                + "' (declare it under channels, or map it with valueMaps.channel)"));
            return null;
        }
        return channel;
    }

    private String text(MappedValues row, CanonicalField field) {
        return rules.resolve(field.yamlName(), row.single(field.yamlName()));
    }
}
