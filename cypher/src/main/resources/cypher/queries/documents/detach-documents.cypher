// Before the link step writes: undo the previous run's attachments. A touchpoint keeps its own values and loses
// only what it took from a document: a promise (promiseFromText marks it; internal systems never set it) and a
// topic (topicFromDocument).
MATCH (t:Touchpoint)-[h:HAS_DOCUMENT]->(d:Document)
WHERE NOT coalesce(t.fromDocument, false)
CALL {
  WITH t, h, d
  DELETE h
  REMOVE d.attachedTo, d.attachMethod
  FOREACH (_ IN CASE WHEN t.promiseFromText THEN [1] ELSE [] END |
    REMOVE t.promiseType, t.promiseDueAt, t.promiseFromText)
  FOREACH (_ IN CASE WHEN t.topicFromDocument THEN [1] ELSE [] END | REMOVE t.topic, t.topicFromDocument)
} IN TRANSACTIONS OF 10000 ROWS
