package io.seamgraph.analytics.voice;

import io.seamgraph.graph.Neo4jConnection;
import java.time.Duration;

/**
 * @param window how long after a silo gap what the customer writes counts as said about it
 */
public record VoiceOptions(Neo4jConnection neo4j, int batchSize, Duration window) {

    public static final int DEFAULT_WINDOW_DAYS = 14;

    public VoiceOptions {
        if (neo4j == null) {
            throw new IllegalArgumentException("gap-sentiment: no Neo4j connection given");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("gap-sentiment: --batch-size must be at least 1, was " + batchSize);
        }
        if (window == null || window.isNegative() || window.isZero() || window.toDays() > 366) {
            throw new IllegalArgumentException("gap-sentiment: --sentiment-window-days must be from 1 to 366, was "
                + (window == null ? null : window.toDays()));
        }
    }
}
