// Connector write, single partition: a document attaches to the existing touchpoint it transcribes. Its own
// touchpoint goes, so the journey holds the contact once; the touchpoint takes from it only what it lacks (a promise
// found in the text, a topic) and marks what it took, so detach-documents can give it back.
MATCH (d:Document {key: event.documentKey})
MATCH (t:Touchpoint {key: event.touchpointKey})
OPTIONAL MATCH (own:Touchpoint {key: d.key})
WHERE own.fromDocument AND own <> t
DETACH DELETE own
WITH DISTINCT d, t, event
MERGE (t)-[:HAS_DOCUMENT]->(d)
SET d.attachedTo = t.key, d.attachMethod = event.attachMethod
FOREACH (_ IN CASE WHEN t.promiseType IS NULL AND d.promiseType IS NOT NULL THEN [1] ELSE [] END |
  SET t.promiseType = d.promiseType, t.promiseDueAt = d.promiseDueAt, t.promiseFromText = true)
FOREACH (_ IN CASE WHEN t.topic IS NULL AND d.topic IS NOT NULL THEN [1] ELSE [] END |
  SET t.topic = d.topic, t.topicFromDocument = true)
