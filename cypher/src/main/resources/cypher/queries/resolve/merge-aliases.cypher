// Connector write, single partition: an id that now answers for another customer. An alias follows its customer when
// that one merges again, so its old ALIAS_OF goes first.
MATCH (c:Customer {id: event.customerId})
MERGE (a:CustomerAlias {id: event.aliasId})
SET a.runId = event.runId, a.since = coalesce(a.since, datetime(event.resolvedAt))
WITH a, c
OPTIONAL MATCH (a)-[old:ALIAS_OF]->(other:Customer)
WHERE other <> c
DELETE old
MERGE (a)-[:ALIAS_OF]->(c)
