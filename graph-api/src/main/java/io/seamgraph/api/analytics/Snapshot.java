package io.seamgraph.api.analytics;

import java.time.Instant;

/**
 * The headline figures of the last metrics run, and the run the other analytics read; {@code maxPathSteps} is the
 * longest path the run counts (paths are cut to it).
 */
record Snapshot(String runId, Instant computedAt, long customers, double identitiesPerCustomer, double multiUnitShare,
        double continuityIndex, double repeatContactRate, double gapCustomerShare, int maxPathSteps) {
}
