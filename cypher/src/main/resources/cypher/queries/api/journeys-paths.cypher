// Top-k paths: sums the precomputed rows of one anchor, filter and segment over a month range ('*' = all months),
// all of them found through the path_stat_lookup index.
MATCH (p:PathStat)
WHERE p.runId = $runId AND p.level = $level AND p.direction = $direction AND p.anchor = $anchor
  AND p.filterKind = $filterKind AND p.filterValue = $filterValue AND p.segment = $segment
  AND p.month >= $since AND p.month <= $until
WITH p.steps AS steps, sum(p.customers) AS customers, sum(p.weightedCustomers) AS weightedCustomers
RETURN steps, customers, weightedCustomers
ORDER BY customers DESC, weightedCustomers DESC, reduce(s = '', step IN steps | s + '>' + step)
LIMIT $k
