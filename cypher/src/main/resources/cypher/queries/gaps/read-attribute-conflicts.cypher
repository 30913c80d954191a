// Attribute conflicts identity resolution recorded, when it does; none before it does.
MATCH (c:Customer)-[:HAS_CONFLICT]->(a:AttributeConflict)
RETURN c.id AS customerId, a.attribute AS attribute, [v IN a.values | toString(v)] AS values,
       a.systems AS systems, a.businessUnits AS businessUnits
