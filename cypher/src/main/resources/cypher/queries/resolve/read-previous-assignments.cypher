// The clustering an earlier run left: which customer each record belonged to. Stable ids start from it.
MATCH (c:Customer)-[:HAS_RECORD]->(r:SourceRecord)
RETURN r.key AS recordKey, c.id AS customerId
