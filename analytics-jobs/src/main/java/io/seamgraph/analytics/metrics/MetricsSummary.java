package io.seamgraph.analytics.metrics;

public record MetricsSummary(String runId, long customers, long journeys, long flowRows,
        long handoffCells, long weeks, long gapTypes, double continuityIndex) {
}
