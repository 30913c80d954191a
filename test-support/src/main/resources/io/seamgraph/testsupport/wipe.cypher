// Deletes every node with its relationships, 10,000 nodes per transaction, so a large test graph never needs one huge
// transaction. Runs in an auto-commit transaction, as CALL { } IN TRANSACTIONS requires.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS;
