// Every constraint, by name, for CypherFixtures.dropSchema().
SHOW CONSTRAINTS YIELD name
RETURN name
