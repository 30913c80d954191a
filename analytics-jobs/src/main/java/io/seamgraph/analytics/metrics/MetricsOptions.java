package io.seamgraph.analytics.metrics;

import io.seamgraph.graph.Neo4jConnection;
import java.time.Duration;

/**
 * @param maxPathSteps  the longest path and Sankey depth counted (steps, anchor included)
 * @param repeatWindow  how soon after a hand-off a contact counts as a repeat contact
 * @param contactChannels a contact is an inbound touchpoint on one of these channels: the customer writing or calling,
 *                        not browsing (the silo-gap detectors' conversational channels, docs/metrics.md)
 */
public record MetricsOptions(Neo4jConnection neo4j, int batchSize, int maxPathSteps, Duration repeatWindow,
                             java.util.List<String> contactChannels) {

    public static final int DEFAULT_MAX_PATH_STEPS = 5;
    public static final Duration DEFAULT_REPEAT_WINDOW = Duration.ofDays(7);

    public MetricsOptions {
        if (neo4j == null) {
            throw new IllegalArgumentException("metrics: no Neo4j connection given");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("metrics: --batch-size must be at least 1, was " + batchSize);
        }
        if (maxPathSteps < 2 || maxPathSteps > 10) {
            throw new IllegalArgumentException("metrics: --max-path-steps must be from 2 to 10, was " + maxPathSteps);
        }
        if (contactChannels == null || contactChannels.isEmpty()) {
            throw new IllegalArgumentException("metrics: no contact channels given");
        }
        contactChannels = java.util.List.copyOf(contactChannels);
        if (repeatWindow == null || repeatWindow.isNegative() || repeatWindow.isZero()) {
            throw new IllegalArgumentException("metrics: --repeat-window-days must be positive, was " + repeatWindow);
        }
    }
}
