// Connector write, single partition: a record's identities, all at once, so a value a system no longer holds
// is unlinked on the next load. Event: {recordKey, identities: [{key, field}]}.
MATCH (r:SourceRecord {key: event.recordKey})
OPTIONAL MATCH (r)-[old:HAS_IDENTITY]->(gone:Identity)
  WHERE NOT gone.key IN [i IN event.identities | i.key]
DELETE old
WITH DISTINCT r, event
UNWIND event.identities AS identity
MATCH (i:Identity {key: identity.key})
MERGE (r)-[h:HAS_IDENTITY]->(i)
SET h.field = identity.field
