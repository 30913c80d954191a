// The customers whose records carry one identity, e.g. $identityKey = 'email:jo@example.com'. A suppressed identity
// (shared by a household) links nothing during resolve, but it still finds every customer that carries it here, up
// to $limit of them, by id.
MATCH (:Identity {key: $identityKey})<-[:HAS_IDENTITY]-(:SourceRecord)<-[:HAS_RECORD]-(c:Customer)
WITH DISTINCT c
ORDER BY c.id
LIMIT $limit
MATCH (c)-[:HAS_RECORD]->(r:SourceRecord)
WITH c, collect(DISTINCT r.system) AS systems
RETURN c.id AS id, c.recordCount AS recordCount, systems
ORDER BY id
