// Silo-gap totals per type, as the last metrics run counted them.
MATCH (g:GapStat)
WHERE g.runId = $runId
RETURN g.type AS type, g.count AS count, g.customers AS customers, g.per1000Customers AS per1000Customers,
       g.meanSeverity AS meanSeverity
ORDER BY type
