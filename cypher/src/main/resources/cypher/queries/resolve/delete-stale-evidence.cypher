// After a run: evidence this run did not confirm explains a clustering that no longer exists.
MATCH (:SourceRecord)-[m:MATCHED]->(:SourceRecord)
WHERE m.runId <> $runId
CALL (m) { DELETE m } IN TRANSACTIONS OF 10000 ROWS
