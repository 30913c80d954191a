package io.seamgraph.api.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.seamgraph.api.analytics.Views.FunnelStep;

/**
 * Funnels (and, through {@link JourneyPaths}, top-k paths) over every customer's step sequences, held in memory for
 * one metrics run (100,000 journeys take tens of megabytes and a funnel a few milliseconds). A funnel is ordered: a customer reaches step i at the first occurrence
 * of its value after the step at which they reached step i - 1 (docs/metrics.md).
 */
final class FunnelIndex {

    private static final double HOUR = 3_600_000.0;

    /**
     * @param paths the unit, channel and stage sequences (consecutive repeats collapsed), in {@link JourneyLevel} order
     * @param times epoch millis each step began, aligned with {@code paths}
     */
    record Journey(String segment, double confidence, String[][] paths, long[][] times) {
        List<String> path(String level) {
            return Arrays.asList(paths[JourneyLevel.valueOf(level.toUpperCase(java.util.Locale.ROOT)).ordinal()]);
        }
    }

    private final List<Journey> journeys;

    FunnelIndex(List<Journey> journeys) {
        this.journeys = List.copyOf(journeys);
    }

    List<Journey> journeys() {
        return journeys;
    }

    int size() {
        return journeys.size();
    }

    /** @return the customers in scope and one result per step */
    Result funnel(JourneyLevel level, List<String> steps, JourneyFilter filter) {
        int n = steps.size();
        long[] reached = new long[n];
        double[] weighted = new double[n];
        List<List<Double>> hours = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hours.add(new ArrayList<>());
        }
        long inScope = 0;
        for (Journey journey : journeys) {
            if (!filter.segmentMatches(journey.segment()) || !filter.facetMatches(journey::path)) {
                continue;
            }
            inScope++;
            String[] path = journey.paths()[level.ordinal()];
            long[] at = journey.times()[level.ordinal()];
            int position = -1;
            for (int i = 0; i < n; i++) {
                int found = indexOf(path, steps.get(i), position + 1);
                if (found < 0) {
                    break;
                }
                reached[i]++;
                weighted[i] += journey.confidence();
                if (i > 0) {
                    hours.get(i).add((at[found] - at[position]) / HOUR);
                }
                position = found;
            }
        }
        List<FunnelStep> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long previous = i == 0 ? inScope : reached[i - 1];
            double conversion = previous == 0 ? 0.0 : (double) reached[i] / previous;
            double[] sorted = hours.get(i).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            result.add(new FunnelStep(steps.get(i), reached[i], weighted[i], conversion, previous == 0 ? 0.0 : 1.0 - conversion,
                percentile(sorted, 0.5), percentile(sorted, 0.9)));
        }
        return new Result(inScope, List.copyOf(result));
    }

    record Result(long inScope, List<FunnelStep> steps) {
    }

    /** Linear interpolation between the closest ranks, as Spark's {@code percentile}; null for no values. */
    static Double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return null;
        }
        double rank = p * (sorted.length - 1);
        int lower = (int) Math.floor(rank);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (rank - lower) * (sorted[upper] - sorted[lower]);
    }

    private static int indexOf(String[] path, String step, int from) {
        for (int i = from; i < path.length; i++) {
            if (path[i].equals(step)) {
                return i;
            }
        }
        return -1;
    }
}
