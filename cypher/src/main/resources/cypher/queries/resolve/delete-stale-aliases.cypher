// After a run: aliases it did not confirm (the id is a customer's again, or its customer lost every record).
MATCH (a:CustomerAlias)
WHERE a.runId <> $runId
DETACH DELETE a
