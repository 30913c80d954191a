package io.seamgraph.text.extract;

import java.util.Map;

/** A label a classifier gave a text, its confidence, and the probability of every label. */
public record Classification(String label, double confidence, Map<String, Double> scores) {

    public Classification {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
    }

    /** P(positive) - P(negative), in [-1, 1]: the sentiment score the graph stores. */
    public double polarity() {
        return scores.getOrDefault("positive", 0.0) - scores.getOrDefault("negative", 0.0);
    }
}
