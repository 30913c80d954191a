package io.seamgraph.api.analytics;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.seamgraph.api.analytics.Views.PathView;

/**
 * Top-k paths counted at request time over the step sequences the metrics job wrote (one pass over the journeys held
 * in memory, as for funnels). Precomputing every (path, filter, segment, month) row instead grew to millions of rows
 * at 10,000 customers; the pass answers every filter exactly in milliseconds (docs/metrics.md).
 */
final class JourneyPaths {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    private JourneyPaths() {
    }

    /**
     * @param direction {@code start}, {@code from} or {@code to}
     * @param anchor    the step of {@code from}/{@code to}; ignored for {@code start}
     * @param maxSteps  the longest path counted (the metrics run's {@code maxPathSteps})
     */
    static List<PathView> top(List<FunnelIndex.Journey> journeys, JourneyLevel level, String direction, String anchor,
            JourneyFilter filter, int k, int maxSteps) {
        Map<List<String>, double[]> counts = new HashMap<>();
        for (FunnelIndex.Journey journey : journeys) {
            if (!filter.segmentMatches(journey.segment()) || !filter.facetMatches(journey::path)) {
                continue;
            }
            String[] path = journey.paths()[level.ordinal()];
            long[] times = journey.times()[level.ordinal()];
            if (path.length == 0) {
                continue;
            }
            int first;
            int last;
            switch (direction) {
                case "start" -> {
                    first = 0;
                    last = Math.min(path.length, maxSteps) - 1;
                }
                case "from" -> {
                    first = indexOf(path, anchor);
                    last = Math.min(path.length, first + maxSteps) - 1;
                }
                case "to" -> {
                    last = indexOf(path, anchor);
                    first = Math.max(0, last - maxSteps + 1);
                }
                default -> throw new IllegalArgumentException("direction " + direction);
            }
            if (first < 0 || last < 0) {
                continue;
            }
            // the month of the anchor step (the journey's first step for start paths)
            int anchorIndex = "to".equals(direction) ? last : first;
            // Formatting the month costs more than the rest of the pass: only a month filter needs it.
            if (!filter.everyMonth() && !filter.monthMatches(MONTH.format(Instant.ofEpochMilli(times[anchorIndex])))) {
                continue;
            }
            double[] count = counts.computeIfAbsent(List.of(Arrays.copyOfRange(path, first, last + 1)), p -> new double[2]);
            count[0]++;
            count[1] += journey.confidence();
        }
        return counts.entrySet().stream()
            .map(e -> new PathView(e.getKey(), (long) e.getValue()[0], e.getValue()[1]))
            .sorted(Comparator.comparingLong(PathView::customers).reversed()
                .thenComparing(Comparator.comparingDouble(PathView::weightedCustomers).reversed())
                .thenComparing(p -> String.join(">", p.steps())))
            .limit(k)
            .toList();
    }

    private static int indexOf(String[] path, String step) {
        for (int i = 0; i < path.length; i++) {
            if (path[i].equals(step)) {
                return i;
            }
        }
        return -1;
    }
}
