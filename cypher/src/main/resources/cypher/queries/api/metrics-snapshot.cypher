// The headline figures of the last metrics run, and the run whose aggregates the other analytics queries read.
MATCH (m:MetricSnapshot {key: 'current'})
RETURN m.runId AS runId, m.computedAt AS computedAt, m.customers AS customers,
       m.identitiesPerCustomer AS identitiesPerCustomer, m.multiUnitShare AS multiUnitShare,
       m.continuityIndex AS continuityIndex, m.repeatContactRate AS repeatContactRate,
       m.gapCustomerShare AS gapCustomerShare,
       coalesce(m.maxPathSteps, 5) AS maxPathSteps
