// The consent flags of every customer's records, with the unit that owns the record's system.
MATCH (c:Customer)-[:HAS_RECORD]->(r:SourceRecord)-[k:CONSENT]->(p:Purpose)
RETURN c.id AS customerId, r.key AS recordKey, r.businessUnit AS businessUnit, p.key AS purpose,
       k.granted AS granted, k.at.epochMillis AS atMillis
