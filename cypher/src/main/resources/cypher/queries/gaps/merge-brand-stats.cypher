// Connector write: per business unit, templated outbound messages and the share without a brand marker.
MERGE (s:UnitBrandStat {unit: event.unit})
SET s.outbound = event.outbound, s.unbranded = event.unbranded, s.unbrandedShare = event.unbrandedShare,
    s.runId = event.runId, s.computedAt = datetime(event.computedAt)
