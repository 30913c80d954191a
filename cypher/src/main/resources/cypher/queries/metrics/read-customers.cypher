// Every customer with its identity confidence (missing = 1.0, left to the job), a segment the golden record may
// carry, the distinct identities on its records and the units that hold a record of it.
MATCH (c:Customer)
OPTIONAL MATCH (c)-[:HAS_RECORD]->(r:SourceRecord)
OPTIONAL MATCH (r)-[:HAS_IDENTITY]->(i:Identity)
RETURN c.id AS customerId, toFloat(c.confidence) AS confidence, c.segment AS segment,
       count(DISTINCT i) AS identities, collect(DISTINCT r.businessUnit) AS recordUnits
