// Connector write, single partition: the link step's decision on a document, and the customer's HAS_DOCUMENT.
MATCH (d:Document {key: event.documentKey})
SET d.linked = event.linked, d.customerId = event.customerId, d.linkMethod = event.linkMethod,
    d.unlinkedReason = event.unlinkedReason, d.runId = event.runId
WITH d, event
WHERE event.linked
MATCH (c:Customer {id: event.customerId})
MERGE (c)-[h:HAS_DOCUMENT]->(d)
SET h.method = event.linkMethod
