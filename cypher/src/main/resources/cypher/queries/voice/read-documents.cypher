// Every document (docs/graph-model.md, Document), with the customer the link step linked it to (none when unlinked).
MATCH (d:Document)
OPTIONAL MATCH (c:Customer)-[:HAS_DOCUMENT]->(d)
WITH d, min(c.id) AS customerId
RETURN d.key AS key, customerId, d.at.epochMillis AS atMillis, d.direction AS direction, d.sentiment AS sentiment,
       toFloat(d.sentimentScore) AS sentimentScore, d.topic AS topic, d.businessUnit AS businessUnit,
       d.channel AS channel
