package io.seamgraph.analytics.metrics;

import java.util.List;

/** The three ways a journey is read as a sequence of steps: by business unit, by channel, by lifecycle stage. */
public enum Level {
    UNIT("unit", "businessUnit"),
    CHANNEL("channel", "channel"),
    STAGE("stage", "stage");

    public static final List<Level> ALL = List.of(values());

    private final String key;
    private final String column;

    Level(String key, String column) {
        this.key = key;
        this.column = column;
    }

    /** The name in the graph and the API ({@code unit}, {@code channel}, {@code stage}). */
    public String key() {
        return key;
    }

    /** The touchpoint column holding this level's step. */
    String column() {
        return column;
    }

    /** The per-customer sequence columns {@link JourneySequences} writes, e.g. {@code unitPath} and {@code unitTimes}. */
    String pathColumn() {
        return key + "Path";
    }

    String timesColumn() {
        return key + "Times";
    }
}
