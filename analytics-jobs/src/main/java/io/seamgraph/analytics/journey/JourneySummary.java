package io.seamgraph.analytics.journey;

public record JourneySummary(long touchpoints, long journeys, long steps, long handoffs, long channelSwitches) {
}
