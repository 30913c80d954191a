// For evaluation: each document, whether it is linked, and the records of the customer it is linked to.
MATCH (d:Document)
OPTIONAL MATCH (c:Customer {id: d.customerId})-[:HAS_RECORD]->(r:SourceRecord)
RETURN d.key AS documentKey, coalesce(d.linked, false) AS linked, collect(r.key) AS recordKeys
