// Sankey links: sums the precomputed rows of one filter and segment over a month range ('*' = all months).
MATCH (f:FlowStat)
WHERE f.runId = $runId AND f.level = $level AND f.filterKind = $filterKind AND f.filterValue = $filterValue
  AND f.segment = $segment AND f.month >= $since AND f.month <= $until
WITH f.stepIndex AS stepIndex, f.source AS source, f.target AS target, sum(f.customers) AS customers,
     sum(f.weightedCustomers) AS weightedCustomers
RETURN stepIndex, source, target, customers, weightedCustomers
ORDER BY stepIndex, customers DESC, source, target
