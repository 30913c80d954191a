// Every customer a document could belong to, by each kind of evidence, ranked by trust (1 = most):
// 1 the source's own person id, 2 the author (for an outbound message: its recipient), 3 an order number in the
// text, 4 an account number in the text, 5 an e-mail or phone in the text. Suppressed (too widely shared)
// identities link nothing, as in resolve. `priority` orders the methods within one rank.
MATCH (d:Document)
WHERE d.personKey IS NOT NULL
MATCH (r:SourceRecord {key: d.personKey})<-[:HAS_RECORD]-(c:Customer)
RETURN d.key AS documentKey, 1 AS rank, 'person-id' AS method, 0 AS priority, c.id AS customerId, r.key AS recordKey
UNION ALL
MATCH (d:Document)-[m:MENTIONS]->(i:Identity)<-[:HAS_IDENTITY]-(r:SourceRecord)<-[:HAS_RECORD]-(c:Customer)
WHERE ((m.role = 'author' AND coalesce(d.direction, 'inbound') <> 'outbound')
       OR (m.role = 'recipient' AND d.direction = 'outbound'))
  AND NOT coalesce(i.suppressed, false)
RETURN d.key AS documentKey, 2 AS rank, 'author-' + i.kind AS method,
       CASE i.kind WHEN 'email' THEN 0 WHEN 'phone' THEN 1 ELSE 2 END AS priority, c.id AS customerId, r.key AS recordKey
UNION ALL
MATCH (d:Document)-[:MENTIONS_ORDER]->(:Touchpoint)-[:OF_RECORD]->(r:SourceRecord)<-[:HAS_RECORD]-(c:Customer)
RETURN d.key AS documentKey, 3 AS rank, 'order-number' AS method, 0 AS priority, c.id AS customerId, r.key AS recordKey
UNION ALL
MATCH (d:Document)-[m:MENTIONS {role: 'body'}]->(i:Identity)<-[:HAS_IDENTITY]-(r:SourceRecord)<-[:HAS_RECORD]-(c:Customer)
WHERE i.kind IN ['account', 'email', 'phone'] AND NOT coalesce(i.suppressed, false)
RETURN d.key AS documentKey, CASE i.kind WHEN 'account' THEN 4 ELSE 5 END AS rank,
       CASE i.kind WHEN 'account' THEN 'account' ELSE 'body-' + i.kind END AS method,
       CASE i.kind WHEN 'phone' THEN 1 ELSE 0 END AS priority, c.id AS customerId, r.key AS recordKey
