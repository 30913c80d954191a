// Connector write, single partition: an interaction document's touchpoint to the linked customer's record that
// holds the matching evidence, so journeys, gaps and metrics see it as any other touchpoint.
MATCH (t:Touchpoint)-[:HAS_DOCUMENT]->(:Document {key: event.documentKey})
MATCH (r:SourceRecord {key: event.recordKey})
MERGE (t)-[:OF_RECORD]->(r)
SET t.personKey = r.key
