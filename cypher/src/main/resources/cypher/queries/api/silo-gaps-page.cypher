// One page of silo gaps in key order after the cursor's key (the unique key index serves order and range), with their
// evidence (touchpoints in time order; source records for conflicting data) keys.
MATCH (g:SiloGap)
WHERE g.key > $after
  AND ($type IS NULL OR g.type = $type)
  AND ($unit IS NULL OR $unit IN g.units)
  AND ($minSeverity IS NULL OR g.severity >= $minSeverity)
WITH g ORDER BY g.key LIMIT $limit
CALL (g) {
  OPTIONAL MATCH (g)-[:EVIDENCE]->(t)
  WITH t ORDER BY t.at, t.key
  RETURN collect(t.key) AS evidence
}
RETURN g.key AS key, g.type AS type, g.customerId AS customerId, g.severity AS severity, g.at AS at,
       coalesce(g.units, []) AS units, g.summary AS summary, evidence
ORDER BY key
