package io.seamgraph.text.classify;

import java.util.Map;

/**
 * What a classifier says about one text.
 *
 * @param label      the most probable label
 * @param confidence its probability, in [0, 1]
 * @param scores     the probability of every label the model knows (they sum to 1)
 */
public record Prediction(String label, double confidence, Map<String, Double> scores) {

    public Prediction {
        scores = Map.copyOf(scores);
    }

    /** The probability of a label, 0 for one the model does not know. */
    public double score(String label) {
        return scores.getOrDefault(label, 0.0);
    }
}
