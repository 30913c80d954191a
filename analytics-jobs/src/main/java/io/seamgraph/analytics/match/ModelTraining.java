package io.seamgraph.analytics.match;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.seamgraph.analytics.match.ExpectationMaximisation.Pattern;
import io.seamgraph.analytics.match.MatchSettings.Comparison;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Trains the model without labels: u from random pairs; m by EM, once per blocking rule on the pairs that rule
 * reaches, leaving out the comparisons the rule itself fixes (in a same-postcode block everybody agrees on the
 * postcode, which says nothing), then averaged over the rules; λ so that the expected matches among the candidate
 * pairs, over all possible pairs, is the chance two random records match.
 */
final class ModelTraining {

    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ModelTraining() {
    }

    /**
     * @param expectedMatches   Σ match probability over the candidate pairs
     * @param estimatedMissed   matches no blocking rule reaches (capture-recapture over the rules); NaN with one rule
     */
    record Trained(MatchModel model, double expectedMatches, double estimatedMissed) {
    }

    /** Pairs whose records could be compared at all: every pair, or for a link task every pair across systems. */
    static long possiblePairs(Dataset<Row> prepared, boolean linkOnly) {
        List<Row> perSystem = prepared.groupBy(MatchInput.SYSTEM).agg(count(lit(1))).collectAsList();
        long n = 0;
        long squares = 0;
        for (Row r : perSystem) {
            long k = r.getLong(1);
            n += k;
            squares += k * k;
        }
        return linkOnly ? (n * n - squares) / 2 : n * (n - 1) / 2;
    }

    static Trained train(Dataset<Row> prepared, Dataset<Row> scoredCandidates, MatchSettings settings,
                         long records, List<String> recordColumns) {
        List<Comparison> comparisons = settings.comparisons();
        int k = comparisons.size();
        int[] levels = new int[k];
        List<List<String>> labels = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            labels.add(ComparisonLevels.labels(comparisons.get(c)));
            levels[c] = labels.get(c).size();
        }

        Dataset<Row> random = ComparisonLevels.withGammas(Blocking.randomPairs(prepared, settings, records), comparisons);
        List<Row> randomPatterns = random.groupBy(gammaColumns(comparisons)).agg(count(lit(1)).as("n")).collectAsList();
        long randomPairs = randomPatterns.stream().mapToLong(r -> r.getLong(k)).sum();
        double[][] u = new double[k][];
        for (int c = 0; c < k; c++) {
            double[] counts = new double[levels[c]];
            double total = 0;
            for (Row r : randomPatterns) {
                int g = r.getInt(c);
                if (g >= 0) {
                    counts[g] += r.getLong(k);
                    total += r.getLong(k);
                }
            }
            u[c] = new double[levels[c]];
            for (int g = 0; g < levels[c]; g++) {
                // Add-one smoothing: an agreement never seen among a million random pairs is rare, not impossible.
                u[c][g] = (counts[g] + 1) / (total + levels[c]);
            }
        }

        int rules = settings.blocking().rules().size();
        List<Column> groupBy = new ArrayList<>(List.of(gammaColumns(comparisons)));
        for (int r = 0; r < rules; r++) {
            groupBy.add(col(Blocking.satisfies(r)));
        }
        List<Row> rows = scoredCandidates.groupBy(groupBy.toArray(Column[]::new)).agg(count(lit(1)).as("n")).collectAsList();
        List<Pattern> all = new ArrayList<>();
        List<boolean[]> satisfied = new ArrayList<>();
        long candidatePairs = 0;
        for (Row row : rows) {
            int[] gammas = new int[k];
            for (int c = 0; c < k; c++) {
                gammas[c] = row.getInt(c);
            }
            boolean[] sat = new boolean[rules];
            for (int r = 0; r < rules; r++) {
                sat[r] = row.getBoolean(k + r);
            }
            long n = row.getLong(k + rules);
            candidatePairs += n;
            all.add(new Pattern(gammas, n));
            satisfied.add(sat);
        }

        double[][] initialM = new double[k][];
        for (int c = 0; c < k; c++) {
            initialM[c] = ExpectationMaximisation.initialM(levels[c]);
        }
        double[][] mSum = new double[k][];
        int[] estimates = new int[k];
        for (int c = 0; c < k; c++) {
            mSum[c] = new double[levels[c]];
        }
        List<Integer> iterations = new ArrayList<>();
        for (int r = 0; r < rules; r++) {
            boolean[] active = activeFor(settings.blocking().rules().get(r), comparisons, recordColumns);
            List<Pattern> ruleRows = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (satisfied.get(i)[r]) {
                    ruleRows.add(all.get(i));
                }
            }
            if (ruleRows.isEmpty()) {
                iterations.add(0);
                continue;
            }
            ExpectationMaximisation.Estimate e = ExpectationMaximisation.run(ruleRows, initialM, u, 0.1, active, true,
                settings.training().maxIterations(), 1e-7);
            iterations.add(e.iterations());
            for (int c = 0; c < k; c++) {
                if (active[c]) {
                    estimates[c]++;
                    for (int g = 0; g < levels[c]; g++) {
                        mSum[c][g] += e.m()[c][g];
                    }
                }
            }
        }
        double[][] m = new double[k][];
        boolean needsFallback = false;
        for (int c = 0; c < k; c++) {
            m[c] = new double[levels[c]];
            for (int g = 0; g < levels[c]; g++) {
                m[c][g] = estimates[c] == 0 ? Double.NaN : mSum[c][g] / estimates[c];
            }
            needsFallback |= estimates[c] == 0;
        }
        if (needsFallback) {
            // A comparison every rule fixes is trained on all candidate pairs together.
            boolean[] everything = new boolean[k];
            java.util.Arrays.fill(everything, true);
            ExpectationMaximisation.Estimate e = ExpectationMaximisation.run(all, initialM, u, 0.1, everything, true,
                settings.training().maxIterations(), 1e-7);
            for (int c = 0; c < k; c++) {
                if (estimates[c] == 0) {
                    m[c] = e.m()[c];
                }
            }
        }

        long possible = possiblePairs(prepared, settings.linkOnly());
        double lambda = 1e-4;
        double expected = 0;
        double[] posterior = new double[all.size()];
        for (int it = 0; it < 200; it++) {
            expected = 0;
            for (int i = 0; i < all.size(); i++) {
                posterior[i] = posterior(all.get(i).gammas(), m, u, lambda);
                expected += posterior[i] * all.get(i).count();
            }
            double next = Math.min(0.5, Math.max(1.0 / Math.max(2, possible), expected / Math.max(1, possible)));
            if (Math.abs(next - lambda) < 1e-12 * Math.max(1, lambda)) {
                lambda = next;
                break;
            }
            lambda = next;
        }
        double missed = estimateMissed(all, satisfied, posterior, rules, expected);

        List<MatchModel.ComparisonModel> models = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            Comparison comparison = comparisons.get(c);
            List<MatchModel.LevelModel> levelModels = new ArrayList<>();
            for (int g = 0; g < levels[c]; g++) {
                levelModels.add(MatchModel.LevelModel.of(labels.get(c).get(g), g, m[c][g], u[c][g]));
            }
            models.add(new MatchModel.ComparisonModel(comparison.name(), comparison.type(), comparison.termFrequency(), levelModels));
        }
        MatchModel model = new MatchModel(MatchModel.FORMAT_VERSION, settings.linkType(), lambda, models,
            new MatchModel.TrainingSummary(records, candidatePairs, randomPairs, iterations, Instant.now().toString()));
        return new Trained(model, expected, missed);
    }

    static double posterior(int[] gammas, double[][] m, double[][] u, double lambda) {
        double odds = lambda / (1 - lambda);
        for (int c = 0; c < gammas.length; c++) {
            int g = gammas[c];
            if (g >= 0) {
                odds *= m[c][g] / u[c][g];
            }
        }
        return Double.isInfinite(odds) ? 1.0 : odds / (1 + odds);
    }

    /**
     * Capture-recapture over the rules: the share of matches rule r reaches is estimated among the matches the other
     * rules reach; assuming rules miss independently, Π(1 - share) of all matches escape every rule.
     */
    private static double estimateMissed(List<Pattern> all, List<boolean[]> satisfied, double[] posterior, int rules,
                                         double expected) {
        if (rules < 2 || expected <= 0) {
            return Double.NaN;
        }
        double escape = 1;
        for (int r = 0; r < rules; r++) {
            double others = 0;
            double both = 0;
            for (int i = 0; i < all.size(); i++) {
                boolean[] sat = satisfied.get(i);
                boolean other = false;
                for (int q = 0; q < rules; q++) {
                    other |= q != r && sat[q];
                }
                if (other) {
                    double w = posterior[i] * all.get(i).count();
                    others += w;
                    if (sat[r]) {
                        both += w;
                    }
                }
            }
            double share = others == 0 ? 0 : both / others;
            escape *= 1 - share;
        }
        return escape >= 1 ? Double.POSITIVE_INFINITY : expected / (1 - escape) - expected;
    }

    /** A comparison sharing a column with one of the rule's keys is fixed by the rule, so not trained on its pairs. */
    static boolean[] activeFor(MatchSettings.BlockingRule rule, List<Comparison> comparisons, List<String> recordColumns) {
        Set<String> columns = new HashSet<>();
        for (String c : recordColumns) {
            columns.add(c.toLowerCase(Locale.ROOT));
        }
        Set<String> used = new HashSet<>();
        for (String key : rule.keys()) {
            used.addAll(identifiers(key, columns));
        }
        boolean[] active = new boolean[comparisons.size()];
        for (int c = 0; c < comparisons.size(); c++) {
            Set<String> compared = identifiers(comparisons.get(c).expression(), columns);
            compared.retainAll(used);
            active[c] = compared.isEmpty();
        }
        return active;
    }

    private static Set<String> identifiers(String expression, Set<String> columns) {
        Set<String> found = new HashSet<>();
        Matcher matcher = IDENTIFIER.matcher(expression);
        while (matcher.find()) {
            String word = matcher.group().toLowerCase(Locale.ROOT);
            if (columns.contains(word)) {
                found.add(word);
            }
        }
        return found;
    }

    private static Column[] gammaColumns(List<Comparison> comparisons) {
        return comparisons.stream().map(c -> col(ComparisonLevels.gamma(c.name()))).toArray(Column[]::new);
    }
}
