package io.seamgraph.api.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON shapes of the analytics endpoints (docs/api.md), as records. */
final class Views {

    private Views() {
    }

    /** A path and how many customers took it; weightedCustomers sums their identity confidence. */
    record PathView(List<String> steps, long customers, double weightedCustomers) {
    }

    record PathsView(String level, String direction, String anchor, List<PathView> paths) {
    }

    /** A Sankey node: a step at a position of the journey (0 = first), id {@code position:name}. */
    record FlowNode(String id, String name, int step) {
    }

    record FlowLink(String source, String target, long count, double weightedCount) {
    }

    record FlowsView(String level, List<FlowNode> nodes, List<FlowLink> links) {
    }

    record FunnelStep(String step, long customers, double weightedCustomers, double conversion, double dropOff,
            @Schema(nullable = true) Double medianHoursFromPrevious, @Schema(nullable = true) Double p90HoursFromPrevious) {
    }

    /** @param customersInScope journeys the funnel was measured over (after segment and filter) */
    record FunnelView(String level, long customersInScope, List<FunnelStep> steps) {
    }

    record UnitScore(String unit, double siloScore, long customers, double repeatContactRate, double gapCustomerShare) {
    }

    record WeekView(String week, long touchpoints, long handoffs, long gaps, double repeatContactRate) {
    }

    record MetricsView(long customers, double identitiesPerCustomer, double multiUnitShare, double continuityIndex,
            double repeatContactRate, Map<String, Double> gapsPer1000, List<UnitScore> siloScores, List<WeekView> weekly,
            Instant computedAt) {
    }

    record HandoffCell(String from, String to, long volume, double repeatContactRate,
            @Schema(nullable = true) Double medianHoursToNextContact) {
    }

    record HandoffsView(List<String> units, List<HandoffCell> cells) {
    }

    record GapTypeView(String type, long count, double per1000Customers, double meanSeverity, long customers) {
    }

    record GapSummaryView(List<GapTypeView> types) {
    }

    record SiloGapView(String key, String type, String customerId, Double severity, Instant at, List<String> units,
            String summary, List<String> evidence) {
    }

    /** @param next pass as {@code cursor} for the next page; {@code null} on the last page */
    record SiloGapPage(List<SiloGapView> items, @Schema(nullable = true) String next, boolean personalDataMasked) {
    }
}
