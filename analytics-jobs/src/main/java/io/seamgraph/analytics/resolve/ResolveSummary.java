package io.seamgraph.analytics.resolve;

import java.util.List;

/**
 * @param suppressedExamples the most shared suppressed identities, as "key (n records)", for the report
 * @param aliases            ids of earlier customers that now answer for another one
 * @param evidence           MATCHED relationships written
 * @param conflicts          attribute conflicts found
 * @param corrections        record pairs constrained by corrections (must-link plus cannot-link)
 */
public record ResolveSummary(long records, long customers, long multiRecordCustomers, long links,
                             long suppressedIdentities, List<String> suppressedExamples, String runId,
                             long aliases, long evidence, long conflicts, long corrections) {
}
