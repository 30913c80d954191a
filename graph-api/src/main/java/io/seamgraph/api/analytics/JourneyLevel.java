package io.seamgraph.api.analytics;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.seamgraph.api.problem.ApiErrors;

/** How a journey is read as steps: by business unit, channel or lifecycle stage (as the metrics job counts them). */
enum JourneyLevel {
    UNIT, CHANNEL, STAGE;

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static JourneyLevel parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw ApiErrors.badParameter(parameter, "it is required but missing.", "Send one of " + names() + ".");
        }
        return Arrays.stream(values()).filter(l -> l.key().equals(value.strip().toLowerCase(Locale.ROOT))).findFirst()
            .orElseThrow(() -> ApiErrors.badParameter(parameter, "'" + value + "' is not a level.",
                "Send one of " + names() + "."));
    }

    static String names() {
        return Arrays.stream(values()).map(JourneyLevel::key).collect(Collectors.joining(", "));
    }
}
