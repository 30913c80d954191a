// Connector write, single partition: a document to its topic (a key of the taxonomy), replacing any earlier one.
MATCH (d:Document {key: event.key})
OPTIONAL MATCH (d)-[old:ABOUT]->(:Topic)
DELETE old
WITH d, event
MERGE (t:Topic {key: event.topic})
ON CREATE SET t.name = event.topicName
MERGE (d)-[:ABOUT]->(t)
