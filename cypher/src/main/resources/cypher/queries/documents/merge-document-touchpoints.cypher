// Connector write, single partition: an interaction document (chat, call, e-mail, letter) as a Touchpoint of the
// journey, with its channel, unit and document. OF_RECORD comes from the link step, once the customer is known.
MATCH (d:Document {key: event.key})
MATCH (c:Channel {key: event.channel})
MATCH (b:BusinessUnit {key: event.businessUnit})
MERGE (t:Touchpoint {key: event.key})
SET t += event {.*, at: datetime(event.at), promiseDueAt: datetime(event.promiseDueAt)}
MERGE (t)-[:HAS_DOCUMENT]->(d)
MERGE (t)-[:VIA]->(c)
MERGE (t)-[:BY_UNIT]->(b)
