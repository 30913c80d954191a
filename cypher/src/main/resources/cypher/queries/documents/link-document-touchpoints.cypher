// Connector write, single partition: an interaction document's own touchpoint to the linked customer's record that
// holds the matching evidence, so journeys, gaps and metrics see it as any other touchpoint. An attached document
// has no touchpoint of its own any more, and the touchpoint it is attached to keeps its record.
MATCH (t:Touchpoint {key: event.documentKey})-[:HAS_DOCUMENT]->(:Document {key: event.documentKey})
WHERE t.fromDocument
MATCH (r:SourceRecord {key: event.recordKey})
MERGE (t)-[:OF_RECORD]->(r)
SET t.personKey = r.key
