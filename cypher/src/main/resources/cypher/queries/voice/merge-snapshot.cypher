// Written last: the run whose voice statistics the API now reads.
MERGE (v:VoiceSnapshot {key: 'current'})
SET v.runId = $runId, v.computedAt = datetime($computedAt), v.windowDays = $windowDays, v.documents = $documents
