package io.seamgraph.analytics.gaps;

import java.util.Map;

/**
 * @param touchpoints       touchpoints enriched
 * @param enrichmentWrites those of them whose episode or stage changed, the only ones written
 * @param perType          gaps found per type key, every type listed (0 when none)
 */
public record GapsSummary(long touchpoints, long enrichmentWrites, long episodes, long inferredStages, long gaps, Map<String, Long> perType,
                          String runId) {
}
