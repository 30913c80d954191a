// After the snapshot names the new run: statistics of earlier runs go.
CALL () {
  MATCH (n:GapSentimentStat) WHERE n.runId <> $runId RETURN n
  UNION MATCH (n:TopicStat) WHERE n.runId <> $runId RETURN n
}
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS
