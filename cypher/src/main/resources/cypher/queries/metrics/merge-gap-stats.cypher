// Connector write: one silo-gap type's totals.
MERGE (g:GapStat {key: event.type})
SET g.runId = event.runId, g.type = event.type, g.count = event.count, g.customers = event.customers,
    g.per1000Customers = event.per1000Customers, g.meanSeverity = event.meanSeverity
