// The run of the gap-sentiment job whose statistics the API reads, or no row before its first run.
MATCH (v:VoiceSnapshot {key: 'current'})
RETURN v.runId AS runId, v.computedAt AS computedAt, v.windowDays AS windowDays
