// Which record carries which identity.
MATCH (r:SourceRecord)-[:HAS_IDENTITY]->(i:Identity)
RETURN r.key AS recordKey, i.key AS identityKey
