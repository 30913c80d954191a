// Written last: the headline figures, and the run whose aggregates the API now reads.
MERGE (m:MetricSnapshot {key: 'current'})
SET m.runId = $runId, m.computedAt = datetime($computedAt), m.customers = $customers,
    m.identitiesPerCustomer = $identitiesPerCustomer, m.multiUnitShare = $multiUnitShare,
    m.continuityIndex = $continuityIndex, m.repeatContactRate = $repeatContactRate,
    m.gapCustomerShare = $gapCustomerShare, m.maxPathSteps = $maxPathSteps
