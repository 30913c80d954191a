// Every customer's step sequences of one metrics run, for the funnels the API computes in memory.
MATCH (s:JourneySummary)
WHERE s.runId = $runId
RETURN s.segment AS segment, s.confidence AS confidence, s.unitPath AS unitPath, s.unitTimes AS unitTimes,
       s.channelPath AS channelPath, s.channelTimes AS channelTimes, s.stagePath AS stagePath, s.stageTimes AS stageTimes
