// One customer by id, or no row when there is none.
MATCH (c:Customer {id: $customerId})
RETURN c.id AS id, c.recordCount AS recordCount, c.resolvedAt AS resolvedAt
