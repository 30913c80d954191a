// Every index a test may have made, by name, for CypherFixtures.dropSchema(); run after the constraints (and the
// indexes they own) are gone. The token lookup indexes belong to Neo4j.
SHOW INDEXES YIELD name, type
WHERE type <> 'LOOKUP'
RETURN name
