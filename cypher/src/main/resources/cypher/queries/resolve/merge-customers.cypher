// Connector write: one Customer per connected component, its id derived from its members.
MERGE (c:Customer {id: event.customerId})
SET c.recordCount = event.recordCount, c.runId = event.runId, c.resolvedAt = datetime(event.resolvedAt)
