// Every identity the customer's records carry, with the keys of the records that carry it.
MATCH (:Customer {id: $customerId})-[:HAS_RECORD]->(r:SourceRecord)-[:HAS_IDENTITY]->(i:Identity)
WITH i, r
ORDER BY r.key
WITH i, collect(DISTINCT r.key) AS records
RETURN i.key AS key, i.kind AS kind, i.value AS value, coalesce(i.suppressed, false) AS suppressed,
       i.recordCount AS recordCount, records
ORDER BY kind, value
