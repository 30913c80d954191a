package io.seamgraph.api.documents;

import static io.seamgraph.api.documents.DocumentFilter.clean;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.seamgraph.api.problem.ApiErrors;

/**
 * Which documents {@code GET /api/topics} counts: UTC months {@code since} to {@code until} (both {@code yyyy-MM},
 * inclusive), a business unit, a channel, a direction; a null field does not filter.
 */
record TopicFilter(String since, String until, String unit, String channel, String direction) {

    static final List<String> DIRECTIONS = List.of("inbound", "outbound");

    static TopicFilter of(String since, String until, String unit, String channel, String direction) {
        YearMonth from = month("since", since);
        YearMonth to = month("until", until);
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiErrors.badParameter("since", "'" + since + "' is after until '" + until + "'.",
                "Send a since no later than until.");
        }
        String dir = clean(direction);
        if (dir != null && !DIRECTIONS.contains(dir)) {
            throw ApiErrors.badParameter("direction", "'" + direction + "' is neither inbound nor outbound.",
                "Send inbound (what customers wrote) or outbound (what the company sent), or leave it out for both.");
        }
        return new TopicFilter(from == null ? null : from.toString(), to == null ? null : to.toString(), clean(unit),
            clean(channel), dir);
    }

    private static YearMonth month(String parameter, String value) {
        String cleaned = clean(value);
        if (cleaned == null) {
            return null;
        }
        try {
            return YearMonth.parse(cleaned);
        } catch (DateTimeParseException notAMonth) {
            throw ApiErrors.badParameter(parameter, "'" + value + "' is not a month.",
                "Send a UTC month as yyyy-MM, such as 2024-03.");
        }
    }
}
