// Volume and sentiment per topic, unit and channel over the months [$since, $until] (yyyy-MM; null: no bound), of one
// run of the gap-sentiment job; filters are ignored when null. The API sums these rows per topic, unit and channel.
MATCH (s:TopicStat)
WHERE s.runId = $runId
  AND ($since IS NULL OR s.month >= $since)
  AND ($until IS NULL OR s.month <= $until)
  AND ($unit IS NULL OR s.unit = $unit)
  AND ($channel IS NULL OR s.channel = $channel)
  AND ($direction IS NULL OR s.direction = $direction)
WITH s.topic AS topic, s.unit AS unit, s.channel AS channel, sum(s.documents) AS documents,
     sum(s.negative) AS negative, sum(s.neutral) AS neutral, sum(s.positive) AS positive, sum(s.scored) AS scored,
     sum(s.scoreSum) AS scoreSum
OPTIONAL MATCH (t:Topic {key: topic})
RETURN topic, t.name AS name, unit, channel, documents, negative, neutral, positive, scored, scoreSum
ORDER BY topic, unit, channel
