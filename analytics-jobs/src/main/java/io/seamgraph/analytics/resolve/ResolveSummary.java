package io.seamgraph.analytics.resolve;

import java.util.List;

/**
 * @param suppressedExamples the most shared suppressed identities, as "key (n records)", for the report
 */
public record ResolveSummary(long records, long customers, long multiRecordCustomers, long links,
                             long suppressedIdentities, List<String> suppressedExamples, String runId) {
}
