// Connector write, single partition: a document's mentions of identities, replaced as a whole so a re-run that
// finds fewer identifiers leaves no stale mention. Identities are MERGEd as ingest writes them for profiles.
MATCH (d:Document {key: event.key})
OPTIONAL MATCH (d)-[old:MENTIONS]->(:Identity)
DELETE old
WITH DISTINCT d, event
UNWIND event.mentions AS m
MERGE (i:Identity {key: m.key})
ON CREATE SET i.kind = m.kind, i.value = m.value
MERGE (d)-[r:MENTIONS {role: m.role, field: m.field}]->(i)
