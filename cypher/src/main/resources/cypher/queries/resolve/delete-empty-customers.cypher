// After a run: customers left with no record no longer exist.
MATCH (c:Customer)
WHERE NOT (c)-[:HAS_RECORD]->()
CALL (c) { DETACH DELETE c } IN TRANSACTIONS OF 10000 ROWS
