package io.seamgraph.analytics.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.seamgraph.analytics.match.ExpectationMaximisation.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExpectationMaximisationTest {

    private static final double LAMBDA = 0.3;
    private static final double[][] M = {{0.05, 0.15, 0.80}, {0.10, 0.20, 0.70}, {0.02, 0.08, 0.90}, {0.1, 0.9}};
    private static final double[][] U = {{0.80, 0.15, 0.05}, {0.70, 0.20, 0.10}, {0.90, 0.07, 0.03}, {0.85, 0.15}};
    /** Stated tolerance: 200,000 sampled pairs put each estimate within 0.02 of the truth. */
    private static final double TOLERANCE = 0.02;

    /** Pairs drawn from the Fellegi-Sunter model itself: match with chance λ, then each level from m or u. */
    private static List<Pattern> sample(int pairs, long seed) {
        Random random = new Random(seed);
        Map<String, long[]> counts = new HashMap<>();
        Map<String, int[]> vectors = new HashMap<>();
        for (int i = 0; i < pairs; i++) {
            boolean match = random.nextDouble() < LAMBDA;
            int[] gammas = new int[M.length];
            for (int c = 0; c < M.length; c++) {
                double[] p = match ? M[c] : U[c];
                double x = random.nextDouble();
                int g = 0;
                while (g < p.length - 1 && x >= p[g]) {
                    x -= p[g];
                    g++;
                }
                gammas[c] = g;
            }
            String key = Arrays.toString(gammas);
            vectors.put(key, gammas);
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
        }
        List<Pattern> patterns = new ArrayList<>();
        counts.forEach((k, n) -> patterns.add(new Pattern(vectors.get(k), n[0])));
        return patterns;
    }

    private static double[][] uniform(double[][] shape) {
        double[][] u = new double[shape.length][];
        for (int c = 0; c < shape.length; c++) {
            u[c] = new double[shape[c].length];
            Arrays.fill(u[c], 1.0 / shape[c].length);
        }
        return u;
    }

    private static double[][] startM() {
        double[][] m = new double[M.length][];
        for (int c = 0; c < M.length; c++) {
            m[c] = ExpectationMaximisation.initialM(M[c].length);
        }
        return m;
    }

    @Test
    void recovers_known_m_u_and_lambda_from_unlabelled_pairs() {
        boolean[] active = {true, true, true, true};
        var estimate = ExpectationMaximisation.run(sample(200_000, 7), startM(), uniform(U), 0.1, active, false, 1000, 1e-9);

        assertThat(estimate.lambda()).isCloseTo(LAMBDA, within(TOLERANCE));
        for (int c = 0; c < M.length; c++) {
            for (int g = 0; g < M[c].length; g++) {
                assertThat(estimate.m()[c][g]).as("m[%d][%d]", c, g).isCloseTo(M[c][g], within(TOLERANCE));
                assertThat(estimate.u()[c][g]).as("u[%d][%d]", c, g).isCloseTo(U[c][g], within(TOLERANCE));
            }
        }
    }

    @Test
    void with_u_fixed_from_random_pairs_recovers_m_and_leaves_u_as_given() {
        boolean[] active = {true, true, true, true};
        var estimate = ExpectationMaximisation.run(sample(200_000, 11), startM(), U, 0.1, active, true, 1000, 1e-9);

        assertThat(estimate.lambda()).isCloseTo(LAMBDA, within(TOLERANCE));
        for (int c = 0; c < M.length; c++) {
            assertThat(estimate.u()[c]).containsExactly(U[c]);
            for (int g = 0; g < M[c].length; g++) {
                assertThat(estimate.m()[c][g]).as("m[%d][%d]", c, g).isCloseTo(M[c][g], within(TOLERANCE));
            }
        }
    }

    @Test
    void a_comparison_left_out_is_not_trained() {
        boolean[] active = {true, true, false, true};
        double[][] start = startM();
        var estimate = ExpectationMaximisation.run(sample(50_000, 3), start, U, 0.1, active, true, 1000, 1e-9);

        assertThat(estimate.m()[2]).containsExactly(start[2]);
        assertThat(estimate.m()[0][2]).isCloseTo(M[0][2], within(0.03));
    }
}
