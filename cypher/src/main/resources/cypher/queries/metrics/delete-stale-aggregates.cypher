// After the snapshot names the new run: aggregates of earlier runs go. One label scan each (indexed by runId).
CALL () {
  MATCH (n:PathStat) WHERE n.runId <> $runId RETURN n
  UNION MATCH (n:FlowStat) WHERE n.runId <> $runId RETURN n
  UNION MATCH (n:JourneySummary) WHERE n.runId <> $runId RETURN n
  UNION MATCH (n:HandoffStat) WHERE n.runId <> $runId RETURN n
  UNION MATCH (n:UnitStat) WHERE n.runId <> $runId RETURN n
  UNION MATCH (n:WeeklyStat) WHERE n.runId <> $runId RETURN n
  UNION MATCH (n:GapStat) WHERE n.runId <> $runId RETURN n
}
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS
