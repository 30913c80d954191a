// Connector write: one Customer per cluster, with its stable id (StableCustomerIds) and how sure resolve is of it.
MERGE (c:Customer {id: event.customerId})
SET c.recordCount = event.recordCount, c.confidence = event.confidence, c.runId = event.runId,
    c.resolvedAt = datetime(event.resolvedAt)
