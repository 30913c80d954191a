// One page of the documents linked to a customer (HAS_DOCUMENT, written by the link step), in time order and then by
// key, after the cursor ($afterMillis, $afterKey; -2 and '' for the first page). A document without a time sorts
// first (-1). Each filter is ignored when null. Ask for one row more than the page holds to learn whether more remain.
MATCH (:Customer {id: $customerId})-[h:HAS_DOCUMENT]->(d:Document)
WITH d, h, coalesce(d.at.epochMillis, -1) AS atMillis, coalesce(h.method, d.linkMethod) AS linkMethod
WHERE (atMillis > $afterMillis OR (atMillis = $afterMillis AND d.key > $afterKey))
  AND ($type IS NULL OR d.documentType = $type)
  AND ($sentiment IS NULL OR d.sentiment = $sentiment)
  AND ($topic IS NULL OR d.topic = $topic)
  AND ($language IS NULL OR d.language = $language)
  AND ($promise IS NULL OR (d.promiseType IS NOT NULL) = $promise)
  AND ($promiseType IS NULL OR d.promiseType = $promiseType)
  AND ($linkMethod IS NULL OR linkMethod = $linkMethod)
WITH d, atMillis, linkMethod
ORDER BY atMillis, d.key
LIMIT $limit
CALL (d) {
  OPTIONAL MATCH (d)-[:ABOUT]->(topic:Topic)
  OPTIONAL MATCH (touchpoint:Touchpoint)-[:HAS_DOCUMENT]->(d)
  RETURN min(topic.name) AS topicName, min(touchpoint.key) AS touchpointKey
}
RETURN d.key AS key, atMillis, d.source AS source, d.system AS system, d.documentType AS documentType,
       d.channel AS channel, d.businessUnit AS businessUnit, d.at AS at, d.direction AS direction,
       d.subject AS subject, d.text AS text, d.rating AS rating, d.authorHandle AS authorHandle,
       d.authorEmail AS authorEmail, d.authorPhone AS authorPhone, d.language AS language, d.sentences AS sentences,
       d.tokens AS tokens, d.sentiment AS sentiment, d.sentimentScore AS sentimentScore, d.topic AS topic,
       topicName, d.topicConfidence AS topicConfidence, coalesce(d.brandMarkers, []) AS brandMarkers,
       d.promiseType AS promiseType, d.promiseDueAt AS promiseDueAt, d.promisePhrase AS promisePhrase,
       linkMethod, touchpointKey
ORDER BY atMillis, key
