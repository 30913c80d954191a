// The customer's golden record (the surviving value and source record of each attribute) and its conflicts, or no
// row for an unknown customer.
MATCH (c:Customer {id: $customerId})
OPTIONAL MATCH (c)-[:HAS_CONFLICT]->(a:AttributeConflict)
WITH c, a
ORDER BY a.attribute
RETURN c.confidence AS confidence, properties(c) AS golden,
       [x IN collect(CASE WHEN a IS NULL THEN null
                          ELSE {attribute: a.attribute, values: a.values, systems: a.systems,
                                businessUnits: a.businessUnits, records: a.records} END) WHERE x IS NOT NULL] AS conflicts
