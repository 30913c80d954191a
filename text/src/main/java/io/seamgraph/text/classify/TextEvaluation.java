package io.seamgraph.text.classify;

import java.util.ArrayList;
import java.util.List;

/** Scores both classifiers on a labelled set. */
public record TextEvaluation(String set, ClassificationScore sentiment, ClassificationScore topic) {

    public static TextEvaluation of(String set, TextModels models, List<LabelledText> texts) {
        List<String> sentimentTruth = new ArrayList<>();
        List<String> sentimentPredicted = new ArrayList<>();
        List<String> topicTruth = new ArrayList<>();
        List<String> topicPredicted = new ArrayList<>();
        for (LabelledText t : texts) {
            String[] tokens = Tokens.tokenize(t.text());
            sentimentTruth.add(t.sentiment());
            sentimentPredicted.add(models.sentiment(tokens).label());
            topicTruth.add(t.topic());
            topicPredicted.add(models.topic(tokens).label());
        }
        return new TextEvaluation(set, ClassificationScore.of(sentimentTruth, sentimentPredicted),
            ClassificationScore.of(topicTruth, topicPredicted));
    }

    /** One line per classifier, as BENCHMARKS.md quotes them. */
    public String render() {
        return String.format("%-28s %6s %9s %9s%n", set, "texts", "accuracy", "macro-F1")
            + line("  sentiment", sentiment) + line("  topic", topic);
    }

    private static String line(String name, ClassificationScore s) {
        return String.format("%-28s %6d %9.3f %9.3f%n", name, s.texts(), s.accuracy(), s.macroF1());
    }
}
