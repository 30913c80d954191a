package io.seamgraph.api.journey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import io.seamgraph.api.problem.ApiErrors;

/**
 * The part of a journey to show, {@code [from, to)}. Each end is an ISO-8601 instant with an offset
 * ({@code 2024-03-01T09:00:00Z}, {@code 2024-03-01T10:00:00+01:00}) or a date ({@code 2024-03-01}, a UTC day): a date
 * as {@code from} starts at that day's first moment, a date as {@code to} includes that whole day.
 *
 * @param from the first instant to include, or {@code null} for the journey's start
 * @param to   the first instant to leave out, or {@code null} for the journey's end
 */
record TimeWindow(Instant from, Instant to) {

    static final String FROM = "from";
    static final String TO = "to";

    static TimeWindow parse(String from, String to) {
        Instant start = from == null || from.isBlank() ? null : instant(FROM, from.strip(), false);
        Instant end = to == null || to.isBlank() ? null : instant(TO, to.strip(), true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw ApiErrors.badParameter(FROM, "'" + from + "' is not before to '" + to + "'.",
                "Send a from that is earlier than to.");
        }
        return new TimeWindow(start, end);
    }

    private static Instant instant(String parameter, String value, boolean endOfDay) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notADate) {
                throw ApiErrors.badParameter(parameter, "'" + value + "' is neither an ISO-8601 instant nor a date.",
                    "Send an instant with its offset, such as 2024-03-01T09:00:00Z, or a date, such as 2024-03-01.");
            }
        }
    }
}
