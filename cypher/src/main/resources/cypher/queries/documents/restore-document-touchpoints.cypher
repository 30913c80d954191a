// An interaction document attached to nothing is a touchpoint of its own, with the properties ingest gives it
// (merge-document-touchpoints): rebuilt from the document when an earlier run attached it and removed its own.
MATCH (d:Document)
WHERE d.documentType IN ['chat', 'call', 'email', 'letter'] AND d.attachedTo IS NULL
  AND NOT EXISTS { MATCH (:Touchpoint {key: d.key}) }
MATCH (c:Channel {key: d.channel})
MATCH (b:BusinessUnit {key: d.businessUnit})
CALL {
  WITH d, c, b
  MERGE (t:Touchpoint {key: d.key})
  SET t.source = d.source, t.system = d.system, t.interactionId = d.documentId, t.type = d.documentType,
      t.channel = d.channel, t.businessUnit = d.businessUnit, t.direction = d.direction, t.at = d.at,
      t.topic = d.topic, t.text = d.text, t.caseId = d.caseId, t.promiseType = d.promiseType,
      t.promiseDueAt = d.promiseDueAt, t.promiseFromText = d.promiseType IS NOT NULL, t.fromDocument = true
  MERGE (t)-[:HAS_DOCUMENT]->(d)
  MERGE (t)-[:VIA]->(c)
  MERGE (t)-[:BY_UNIT]->(b)
} IN TRANSACTIONS OF 10000 ROWS
