package io.seamgraph.text.classify;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accuracy and macro-F1 of one classifier on one labelled set. Macro-F1 averages the F1 of every label that occurs in
 * the truth or the predictions, so a rare label counts as much as a common one.
 */
public record ClassificationScore(int texts, double accuracy, double macroF1, Map<String, LabelScore> labels) {

    public record LabelScore(int truth, int predicted, int correct, double precision, double recall, double f1) {
    }

    public static ClassificationScore of(List<String> truth, List<String> predicted) {
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException(truth.size() + " true labels but " + predicted.size() + " predictions");
        }
        Map<String, int[]> counts = new TreeMap<>();
        int correct = 0;
        for (int i = 0; i < truth.size(); i++) {
            String t = truth.get(i);
            String p = predicted.get(i);
            counts.computeIfAbsent(t, k -> new int[3])[0]++;
            counts.computeIfAbsent(p, k -> new int[3])[1]++;
            if (t.equals(p)) {
                counts.get(t)[2]++;
                correct++;
            }
        }
        Map<String, LabelScore> labels = new TreeMap<>();
        double f1Sum = 0;
        for (String label : new TreeSet<>(counts.keySet())) {
            int[] c = counts.get(label);
            double precision = c[1] == 0 ? 0 : (double) c[2] / c[1];
            double recall = c[0] == 0 ? 0 : (double) c[2] / c[0];
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            labels.put(label, new LabelScore(c[0], c[1], c[2], precision, recall, f1));
            f1Sum += f1;
        }
        double accuracy = truth.isEmpty() ? 0 : (double) correct / truth.size();
        return new ClassificationScore(truth.size(), accuracy, labels.isEmpty() ? 0 : f1Sum / labels.size(), labels);
    }
}
