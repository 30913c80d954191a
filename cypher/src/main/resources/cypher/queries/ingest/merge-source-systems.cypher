// Connector write, single partition: each source system and the unit that owns it. Event: {key, unit}.
MERGE (s:SourceSystem {key: event.key})
SET s.businessUnit = event.unit
WITH s, event
MATCH (b:BusinessUnit {key: event.unit})
MERGE (b)-[:OWNS_SYSTEM]->(s)
