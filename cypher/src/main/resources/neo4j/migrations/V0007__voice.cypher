// The customer's voice (gap-sentiment job): what customers wrote after each type of silo gap, and the volume and
// sentiment of each topic. Every statistic carries the runId of the run that wrote it; the API reads the run named by
// the VoiceSnapshot, so a run in progress is never mixed with the one before it.
CREATE CONSTRAINT gap_sentiment_stat_key IF NOT EXISTS FOR (n:GapSentimentStat) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT topic_stat_key IF NOT EXISTS FOR (n:TopicStat) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT voice_snapshot_key IF NOT EXISTS FOR (n:VoiceSnapshot) REQUIRE n.key IS UNIQUE;
CREATE INDEX topic_stat_run IF NOT EXISTS FOR (n:TopicStat) ON (n.runId);
