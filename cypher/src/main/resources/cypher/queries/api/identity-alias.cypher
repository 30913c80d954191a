// The customer an alias id (the id of a customer merged into another) now answers for, or no row.
MATCH (:CustomerAlias {id: $id})-[:ALIAS_OF]->(c:Customer)
RETURN c.id AS customerId
