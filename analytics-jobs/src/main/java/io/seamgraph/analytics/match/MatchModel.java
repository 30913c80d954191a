package io.seamgraph.analytics.match;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A trained Fellegi-Sunter model, saved as readable JSON: train once, score many times. Weights are log2(m/u); the
 * prior is log2 of the odds that two records drawn at random match.
 *
 * @param probabilityTwoRandomRecordsMatch λ over all possible pairs (not just the blocked ones)
 * @param training                        what the model was trained on, for the reader
 */
public record MatchModel(int formatVersion, String linkType, double probabilityTwoRandomRecordsMatch,
                         List<ComparisonModel> comparisons, TrainingSummary training) implements Serializable {

    public static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** @param levels indexed by gamma: levels.get(0) is "else", the last one the strongest agreement */
    public record ComparisonModel(String name, String type, boolean termFrequency, List<LevelModel> levels)
        implements Serializable {
        public LevelModel level(int gamma) {
            return levels.get(gamma);
        }
    }

    /** @param weight log2(m / u), stored so the JSON reads on its own */
    public record LevelModel(String label, int gamma, double m, double u, double weight) implements Serializable {
        public static LevelModel of(String label, int gamma, double m, double u) {
            return new LevelModel(label, gamma, m, u, log2(m / u));
        }
    }

    /**
     * @param candidatePairs          blocked pairs the model was trained on
     * @param randomPairs             random pairs u was estimated from
     * @param emIterations            per blocking rule, iterations until EM converged
     */
    public record TrainingSummary(long records, long candidatePairs, long randomPairs, List<Integer> emIterations,
                                  String trainedAt) implements Serializable {
    }

    @JsonIgnore
    public double priorWeight() {
        double p = probabilityTwoRandomRecordsMatch;
        return log2(p / (1 - p));
    }

    public ComparisonModel comparison(String name) {
        return comparisons.stream().filter(c -> c.name().equals(name)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("the model has no comparison '" + name
                + "' (it has " + comparisons.stream().map(ComparisonModel::name).toList() + "): retrain it with these settings"));
    }

    public void save(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the match model to " + file, e);
        }
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MatchModel load(Path file) {
        try {
            return JSON.readValue(file.toFile(), MatchModel.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the match model " + file + ": " + e.getMessage(), e);
        }
    }

    public static MatchModel fromJson(String json) {
        try {
            return JSON.readValue(json, MatchModel.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a match model: " + e.getMessage(), e);
        }
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
