// The silo gaps the gaps job wrote (contract in docs/graph-model.md); none yet gives empty gap metrics.
MATCH (g:SiloGap)
RETURN g.key AS key, g.type AS type, g.customerId AS customerId, toFloat(g.severity) AS severity,
       g.at.epochMillis AS atMillis, coalesce(g.units, []) AS units
