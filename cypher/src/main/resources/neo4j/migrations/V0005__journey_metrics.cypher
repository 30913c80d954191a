// Precomputed journey metrics (the metrics job writes them, the API sums them). Every aggregate carries the runId of
// the run that wrote it; the API reads the run named by the current MetricSnapshot, so a run in progress is never
// mixed with the one before it.
CREATE CONSTRAINT path_stat_key IF NOT EXISTS FOR (n:PathStat) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT flow_stat_key IF NOT EXISTS FOR (n:FlowStat) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT handoff_stat_key IF NOT EXISTS FOR (n:HandoffStat) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT unit_stat_key IF NOT EXISTS FOR (n:UnitStat) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT weekly_stat_key IF NOT EXISTS FOR (n:WeeklyStat) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT gap_stat_key IF NOT EXISTS FOR (n:GapStat) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT metric_snapshot_key IF NOT EXISTS FOR (n:MetricSnapshot) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT journey_summary_customer IF NOT EXISTS FOR (n:JourneySummary) REQUIRE n.customerId IS UNIQUE;
// The API's look-ups: equality on every property but the month, a range ('*' for the total over all months).
CREATE INDEX path_stat_lookup IF NOT EXISTS FOR (n:PathStat) ON (n.runId, n.level, n.direction, n.anchor, n.filterKind, n.filterValue, n.segment, n.month);
CREATE INDEX flow_stat_lookup IF NOT EXISTS FOR (n:FlowStat) ON (n.runId, n.level, n.filterKind, n.filterValue, n.segment, n.month);
// The clean-up of superseded runs.
CREATE INDEX path_stat_run IF NOT EXISTS FOR (n:PathStat) ON (n.runId);
CREATE INDEX flow_stat_run IF NOT EXISTS FOR (n:FlowStat) ON (n.runId);
CREATE INDEX journey_summary_run IF NOT EXISTS FOR (n:JourneySummary) ON (n.runId);
