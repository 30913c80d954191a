package io.seamgraph.api.analytics;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.seamgraph.api.problem.ApiErrors;

/**
 * The filters of the path, flow and funnel endpoints, in the form the precomputed flow rows are stored under: one facet
 * (unit, channel or stage the journey touched; {@code all}/{@code *} for none), a segment ({@code *} for all), and a
 * range of UTC months ({@code *}..{@code *} for all months).
 */
record JourneyFilter(String filterKind, String filterValue, String segment, String since, String until) {

    static final String ANY = "*";

    static JourneyFilter parse(String unit, String channel, String stage, String segment, String since, String until) {
        List<String[]> facets = new ArrayList<>();
        if (unit != null) {
            facets.add(new String[] {"unit", unit});
        }
        if (channel != null) {
            facets.add(new String[] {"channel", channel});
        }
        if (stage != null) {
            facets.add(new String[] {"stage", stage});
        }
        if (facets.size() > 1) {
            throw ApiErrors.badParameter(facets.get(1)[0], "only one of unit, channel and stage can filter at a time.",
                "Send one of them, or none.");
        }
        for (String[] facet : facets) {
            if (facet[1].isBlank()) {
                throw ApiErrors.badParameter(facet[0], "it is empty.", "Send a " + facet[0] + " key, or leave it out.");
            }
        }
        if (segment != null && segment.isBlank()) {
            throw ApiErrors.badParameter("segment", "it is empty.", "Send a segment (e.g. buyer), or leave it out.");
        }
        YearMonth from = month("since", since);
        YearMonth to = month("until", until);
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiErrors.badParameter("since", since + " is after until " + until + ".",
                "Send since no later than until.");
        }
        String[] facet = facets.isEmpty() ? new String[] {"all", ANY} : facets.get(0);
        boolean allMonths = from == null && to == null;
        return new JourneyFilter(facet[0], facet[1].strip(), segment == null ? ANY : segment.strip(),
            allMonths ? ANY : from == null ? "0000-01" : from.toString(),
            allMonths ? ANY : to == null ? "9999-12" : to.toString());
    }

    boolean segmentMatches(String journeySegment) {
        return ANY.equals(segment) || segment.equals(journeySegment);
    }

    /** No date range was asked for. */
    boolean everyMonth() {
        return ANY.equals(since);
    }

    /** Whether a UTC month ({@code yyyy-MM}) is in the range; both ends are included. */
    boolean monthMatches(String month) {
        return ANY.equals(since) || (month.compareTo(since) >= 0 && month.compareTo(until) <= 0);
    }

    /** Whether a journey passes the facet, given its step sequence at a level ({@code unit}, {@code channel}, {@code stage}). */
    boolean facetMatches(java.util.function.Function<String, List<String>> pathOfLevel) {
        return "all".equals(filterKind) || pathOfLevel.apply(filterKind).contains(filterValue);
    }

    private static YearMonth month(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiErrors.badParameter(parameter, "'" + value + "' is not a month.",
                "Send a UTC calendar month as YYYY-MM, e.g. 2026-01; the range includes both ends.");
        }
    }
}
