// Gaps an earlier run found and this one did not: gone, with their links.
MATCH (g:SiloGap)
WHERE g.runId <> $runId
CALL (g) { DETACH DELETE g } IN TRANSACTIONS OF 10000 ROWS
