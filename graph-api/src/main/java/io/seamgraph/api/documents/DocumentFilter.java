package io.seamgraph.api.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.seamgraph.api.problem.ApiErrors;

/**
 * Which of a customer's documents to list; a null field does not filter. The enumerated values are those of the
 * Document contract (docs/graph-model.md), so a typo is a 400 rather than an empty page.
 */
record DocumentFilter(String type, String sentiment, String topic, String language, Boolean promise,
        String promiseType, String linkMethod) {

    static final List<String> TYPES = List.of("review", "social", "chat", "call", "email", "letter", "other");
    static final List<String> SENTIMENTS = List.of("negative", "neutral", "positive");
    static final List<String> LINK_METHODS = List.of("person-id", "author-email", "author-phone", "author-handle",
        "order-number", "account", "body-email", "body-phone");

    static DocumentFilter of(String type, String sentiment, String topic, String language, Boolean promise,
            String promiseType, String linkMethod) {
        String lang = clean(language);
        if (lang != null && !lang.matches("[a-z]{3}")) {
            throw ApiErrors.badParameter("language", "'" + language + "' is not an ISO 639-3 code.",
                "Send three lower-case letters, such as eng or fra.");
        }
        return new DocumentFilter(oneOf("type", type, TYPES), oneOf("sentiment", sentiment, SENTIMENTS), clean(topic),
            lang, promise, clean(promiseType), oneOf("linkMethod", linkMethod, LINK_METHODS));
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("type", type);
        parameters.put("sentiment", sentiment);
        parameters.put("topic", topic);
        parameters.put("language", language);
        parameters.put("promise", promise);
        parameters.put("promiseType", promiseType);
        parameters.put("linkMethod", linkMethod);
        return parameters;
    }

    private static String oneOf(String parameter, String value, List<String> allowed) {
        String cleaned = clean(value);
        if (cleaned == null) {
            return null;
        }
        String lower = cleaned.toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            throw ApiErrors.badParameter(parameter, "'" + value + "' is not one of " + String.join(", ", allowed) + ".",
                "Send one of them, or leave " + parameter + " out.");
        }
        return lower;
    }

    /** A parameter's value, stripped; null when absent or blank. */
    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
