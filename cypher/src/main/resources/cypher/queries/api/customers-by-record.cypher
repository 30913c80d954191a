// The customer a source record belongs to, by the record's key $recordKey = 'system:recordId'.
MATCH (:SourceRecord {key: $recordKey})<-[:HAS_RECORD]-(c:Customer)
WITH DISTINCT c
ORDER BY c.id
LIMIT $limit
MATCH (c)-[:HAS_RECORD]->(r:SourceRecord)
WITH c, collect(DISTINCT r.system) AS systems
RETURN c.id AS id, c.recordCount AS recordCount, systems
ORDER BY id
