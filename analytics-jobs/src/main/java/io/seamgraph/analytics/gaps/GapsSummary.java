package io.seamgraph.analytics.gaps;

import java.util.Map;

/**
 * @param perType gaps found per type key, every type listed (0 when none)
 */
public record GapsSummary(long touchpoints, long episodes, long inferredStages, long gaps, Map<String, Long> perType,
                          String runId) {
}
