// Connector write: one top-k path row, summed by the API over months and segments.
MERGE (p:PathStat {key: event.key})
SET p.runId = event.runId, p.level = event.level, p.direction = event.direction, p.anchor = event.anchor,
    p.steps = event.steps, p.segment = event.segment, p.filterKind = event.filterKind, p.filterValue = event.filterValue,
    p.month = event.month, p.customers = event.customers, p.weightedCustomers = event.weightedCustomers
