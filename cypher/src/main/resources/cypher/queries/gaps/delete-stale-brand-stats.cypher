// A unit that no longer sends templated messages keeps no stale figure.
MATCH (s:UnitBrandStat)
WHERE s.runId <> $runId
DETACH DELETE s
