// One page of a customer's journey in seq order (seq follows time), after the seq $afterSeq (-1 for the first page),
// optionally within [$from, $to). The incoming NEXT tells the gap since the previous step and what changed. Ask for
// one row more than the page holds to learn whether more remain. A touchpoint that is a document (chat, call, e-mail,
// letter) carries the document's key, type and sentiment; topic and promise come from the touchpoint, else from it.
MATCH (t:Touchpoint)
WHERE t.customerId = $customerId AND t.seq > $afterSeq
  AND ($from IS NULL OR t.at >= $from)
  AND ($to IS NULL OR t.at < $to)
WITH t
ORDER BY t.seq
LIMIT $limit
OPTIONAL MATCH (:Touchpoint)-[n:NEXT]->(t)
CALL (t) {
  OPTIONAL MATCH (t)-[:HAS_DOCUMENT]->(d:Document)
  RETURN d ORDER BY d.key LIMIT 1
}
RETURN t.seq AS seq, t.key AS key, t.at AS at, t.channel AS channel, t.businessUnit AS businessUnit,
       t.direction AS direction, t.type AS type, t.stage AS stage, coalesce(t.topic, d.topic) AS topic, t.outcome AS outcome,
       t.caseId AS caseId, t.campaign AS campaign, t.template AS template, t.brand AS brand,
       n.gapSeconds AS gapSeconds, n.handoff AS handoff, n.channelSwitch AS channelSwitch,
       coalesce(t.promiseType, d.promiseType) AS promiseType, coalesce(t.promiseDueAt, d.promiseDueAt) AS promiseDueAt,
       d.key AS documentKey, d.documentType AS documentType, d.sentiment AS sentiment,
       toFloat(d.sentimentScore) AS sentimentScore
ORDER BY seq
