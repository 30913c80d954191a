// Connector write: one Sankey link row, summed by the API over months and segments.
MERGE (f:FlowStat {key: event.key})
SET f.runId = event.runId, f.level = event.level, f.stepIndex = event.stepIndex, f.source = event.source,
    f.target = event.target, f.segment = event.segment, f.filterKind = event.filterKind, f.filterValue = event.filterValue,
    f.month = event.month, f.customers = event.customers, f.weightedCustomers = event.weightedCustomers
