package io.seamgraph.ingest.validate;

import java.io.Serializable;

/**
 * One thing wrong with one row. A {@code REJECTED_ROW} sends the row to quarantine; a {@code DROPPED_VALUE} keeps the
 * row without that value and is still reported, so nothing is lost silently.
 */
public record Issue(String field, String value, String reason, Action action) implements Serializable {

    public enum Action { REJECTED_ROW, DROPPED_VALUE }

    public static Issue reject(String field, String value, String reason) {
        return new Issue(field, value, reason, Action.REJECTED_ROW);
    }

    public static Issue drop(String field, String value, String reason) {
        return new Issue(field, value, reason, Action.DROPPED_VALUE);
    }

    /** The outcome's value formatted, or null after recording a dropped value when the raw text was invalid. */
    static <T> String dropIfInvalid(java.util.List<Issue> issues, String field, String raw,
                                    io.seamgraph.ingest.normalise.Outcome<T> outcome,
                                    java.util.function.Function<T, String> format) {
        if (outcome.isInvalid()) {
            issues.add(Issue.drop(field, raw, outcome.problem()));
            return null;
        }
        return outcome.value() == null ? null : format.apply(outcome.value());
    }
}
