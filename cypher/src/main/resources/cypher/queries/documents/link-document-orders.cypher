// Connector write, single partition: a document to the order touchpoints whose interaction id its text names.
MATCH (d:Document {key: event.key})
OPTIONAL MATCH (d)-[old:MENTIONS_ORDER]->(:Touchpoint)
DELETE old
WITH DISTINCT d, event
UNWIND event.orders AS orderId
MATCH (t:Touchpoint {interactionId: orderId})
WHERE t.type = 'order'
MERGE (d)-[:MENTIONS_ORDER]->(t)
