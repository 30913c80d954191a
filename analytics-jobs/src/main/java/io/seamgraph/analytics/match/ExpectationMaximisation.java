package io.seamgraph.analytics.match;

import java.util.List;

/**
 * Fellegi-Sunter expectation maximisation on comparison patterns, without labels. Works on the aggregated table (one
 * row per distinct gamma vector with its pair count), so it is exact and takes milliseconds however many pairs there
 * are. Pure Java: no Spark.
 */
final class ExpectationMaximisation {

    /** A distinct gamma vector (-1 = null, no evidence) and how many pairs have it. */
    record Pattern(int[] gammas, long count) {
    }

    /**
     * @param m        m[c][g]: chance a matching pair is at level g of comparison c
     * @param u        u[c][g]: chance a non-matching pair is
     * @param lambda   share of matches among the pairs trained on
     */
    record Estimate(double[][] m, double[][] u, double lambda, int iterations) {
    }

    /**
     * @param active   comparisons to use (a comparison a blocking rule fixes says nothing about the rule's pairs)
     * @param fixedU   u kept as given (estimated from random pairs) when true; estimated too when false
     */
    static Estimate run(List<Pattern> patterns, double[][] initialM, double[][] initialU, double initialLambda,
                        boolean[] active, boolean fixedU, int maxIterations, double tolerance) {
        int comparisons = initialM.length;
        double[][] m = copy(initialM);
        double[][] u = copy(initialU);
        double lambda = initialLambda;
        int iteration = 0;
        while (iteration < maxIterations) {
            iteration++;
            double[][] mSum = new double[comparisons][];
            double[][] uSum = new double[comparisons][];
            for (int c = 0; c < comparisons; c++) {
                mSum[c] = new double[m[c].length];
                uSum[c] = new double[u[c].length];
            }
            double matches = 0;
            double total = 0;
            for (Pattern p : patterns) {
                double pm = lambda;
                double pu = 1 - lambda;
                for (int c = 0; c < comparisons; c++) {
                    int g = p.gammas()[c];
                    if (active[c] && g >= 0) {
                        pm *= m[c][g];
                        pu *= u[c][g];
                    }
                }
                double w = pm + pu == 0 ? 0 : pm / (pm + pu);
                double n = p.count();
                matches += w * n;
                total += n;
                for (int c = 0; c < comparisons; c++) {
                    int g = p.gammas()[c];
                    if (active[c] && g >= 0) {
                        mSum[c][g] += w * n;
                        uSum[c][g] += (1 - w) * n;
                    }
                }
            }
            double change = 0;
            double newLambda = total == 0 ? lambda : matches / total;
            change = Math.max(change, Math.abs(newLambda - lambda));
            lambda = newLambda;
            for (int c = 0; c < comparisons; c++) {
                if (!active[c]) {
                    continue;
                }
                change = Math.max(change, update(m[c], mSum[c]));
                if (!fixedU) {
                    change = Math.max(change, update(u[c], uSum[c]));
                }
            }
            if (change < tolerance) {
                break;
            }
        }
        return new Estimate(m, u, lambda, iteration);
    }

    /** Normalises the weighted counts into probabilities, floored so no level is ever impossible. */
    private static double update(double[] probabilities, double[] sums) {
        double total = 0;
        for (double s : sums) {
            total += s;
        }
        if (total <= 0) {
            return 0;
        }
        double change = 0;
        double norm = 0;
        double[] next = new double[sums.length];
        for (int g = 0; g < sums.length; g++) {
            next[g] = Math.max(sums[g] / total, FLOOR);
            norm += next[g];
        }
        for (int g = 0; g < sums.length; g++) {
            double value = next[g] / norm;
            change = Math.max(change, Math.abs(value - probabilities[g]));
            probabilities[g] = value;
        }
        return change;
    }

    /** The smallest probability a level may have: a level never seen in training still weighs finitely. */
    static final double FLOOR = 1e-6;

    private static double[][] copy(double[][] a) {
        double[][] b = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i].clone();
        }
        return b;
    }

    /** A start that says "matches mostly agree exactly": m at the top level 0.9, the rest shared out. */
    static double[] initialM(int levels) {
        double[] m = new double[levels];
        double rest = 0.1 / Math.max(1, levels - 1);
        for (int g = 0; g < levels; g++) {
            m[g] = g == levels - 1 ? 0.9 : rest;
        }
        if (levels == 1) {
            m[0] = 1.0;
        }
        return m;
    }
}
