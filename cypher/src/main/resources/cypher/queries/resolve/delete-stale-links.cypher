// After a run: links this run did not confirm belong to an earlier clustering.
MATCH (:Customer)-[h:HAS_RECORD]->(:SourceRecord)
WHERE h.runId <> $runId
CALL (h) { DELETE h } IN TRANSACTIONS OF 10000 ROWS
