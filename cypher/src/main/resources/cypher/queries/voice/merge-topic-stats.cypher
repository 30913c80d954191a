// Connector write: one topic's documents and sentiment counts in one unit, channel, direction and month.
MERGE (s:TopicStat {key: event.key})
SET s.runId = event.runId, s.topic = event.topic, s.unit = event.unit, s.channel = event.channel,
    s.direction = event.direction, s.month = event.month, s.documents = event.documents, s.negative = event.negative,
    s.neutral = event.neutral, s.positive = event.positive, s.scored = event.scored, s.scoreSum = event.scoreSum
