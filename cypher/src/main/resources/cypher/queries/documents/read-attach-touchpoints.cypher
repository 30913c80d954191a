// The touchpoints of every customer holding a linked interaction document: what a document may attach to.
// fromDocument marks the touchpoints that are documents themselves (they are never attached to).
MATCH (c:Customer)-[:HAS_DOCUMENT]->(d:Document)
WHERE d.documentType IN ['chat', 'call', 'email', 'letter']
WITH DISTINCT c
MATCH (c)-[:HAS_RECORD]->(:SourceRecord)<-[:OF_RECORD]-(t:Touchpoint)
WHERE t.at IS NOT NULL
RETURN DISTINCT t.key AS touchpointKey, c.id AS customerId, t.channel AS channel, t.businessUnit AS businessUnit,
       t.direction AS direction, t.at.epochSeconds AS at, t.caseId AS caseId, coalesce(t.fromDocument, false) AS fromDocument
