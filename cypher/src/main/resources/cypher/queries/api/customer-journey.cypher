// One page of a customer's journey in seq order (seq follows time), after the seq $afterSeq (-1 for the first page),
// optionally within [$from, $to). The incoming NEXT tells the gap since the previous step and what changed. Ask for
// one row more than the page holds to learn whether more remain.
MATCH (t:Touchpoint)
WHERE t.customerId = $customerId AND t.seq > $afterSeq
  AND ($from IS NULL OR t.at >= $from)
  AND ($to IS NULL OR t.at < $to)
WITH t
ORDER BY t.seq
LIMIT $limit
OPTIONAL MATCH (:Touchpoint)-[n:NEXT]->(t)
RETURN t.seq AS seq, t.key AS key, t.at AS at, t.channel AS channel, t.businessUnit AS businessUnit,
       t.direction AS direction, t.type AS type, t.stage AS stage, t.topic AS topic, t.outcome AS outcome,
       t.caseId AS caseId, t.campaign AS campaign, t.template AS template, t.brand AS brand,
       n.gapSeconds AS gapSeconds, n.handoff AS handoff, n.channelSwitch AS channelSwitch
ORDER BY seq
