package io.seamgraph.text.classify;

import java.util.List;

/** The sentiment labels, the same for every model and corpus. */
public final class Sentiment {

    public static final String NEGATIVE = "negative";
    public static final String NEUTRAL = "neutral";
    public static final String POSITIVE = "positive";
    public static final List<String> LABELS = List.of(NEGATIVE, NEUTRAL, POSITIVE);

    private Sentiment() {
    }

    /** P(positive) - P(negative), in [-1, 1]: the document's {@code sentimentScore}. */
    public static double score(Prediction sentiment) {
        return sentiment.score(POSITIVE) - sentiment.score(NEGATIVE);
    }
}
