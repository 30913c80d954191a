// For evaluation: each document, whether it is linked, the records of the customer it is linked to, and the
// touchpoint it is attached to (null when it is a touchpoint of its own or no interaction).
MATCH (d:Document)
OPTIONAL MATCH (c:Customer {id: d.customerId})-[:HAS_RECORD]->(r:SourceRecord)
RETURN d.key AS documentKey, coalesce(d.linked, false) AS linked, collect(r.key) AS recordKeys, d.attachedTo AS attachedTo
