// After a run: conflicts it did not find again (the records now agree, or the customer is gone).
MATCH (a:AttributeConflict)
WHERE a.runId <> $runId
DETACH DELETE a
