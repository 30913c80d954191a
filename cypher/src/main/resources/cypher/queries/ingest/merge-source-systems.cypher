// Each source system and the unit that owns it. Parameters: $systems [{key, unit}].
UNWIND $systems AS system
MERGE (s:SourceSystem {key: system.key})
SET s.businessUnit = system.unit
WITH s, system
MATCH (b:BusinessUnit {key: system.unit})
MERGE (b)-[:OWNS_SYSTEM]->(s)
