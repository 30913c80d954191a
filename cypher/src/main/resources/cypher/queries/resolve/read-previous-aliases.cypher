// Ids of customers that earlier runs merged into others, with the customer each answers for.
MATCH (a:CustomerAlias)-[:ALIAS_OF]->(c:Customer)
RETURN a.id AS aliasId, c.id AS customerId
