// Connector write, single partition: each record to its customer, with the identities that linked it.
MATCH (c:Customer {id: event.customerId})
MATCH (r:SourceRecord {key: event.recordKey})
MERGE (c)-[h:HAS_RECORD]->(r)
SET h.via = event.via, h.rule = event.rule, h.runId = event.runId
