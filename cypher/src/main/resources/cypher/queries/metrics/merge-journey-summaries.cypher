// Connector write: a customer's journey reduced to its step sequences (consecutive repeats collapsed) and when each
// step began, per level; the API computes funnels over these.
MERGE (s:JourneySummary {customerId: event.customerId})
SET s.runId = event.runId, s.segment = event.segment, s.confidence = event.confidence,
    s.firstAt = datetime({epochMillis: event.firstAtMillis}), s.lastAt = datetime({epochMillis: event.lastAtMillis}),
    s.unitPath = event.unitPath, s.unitTimes = event.unitTimes, s.channelPath = event.channelPath,
    s.channelTimes = event.channelTimes, s.stagePath = event.stagePath, s.stageTimes = event.stageTimes
