// Connector write, single partition: an interaction document (chat, call, e-mail, letter) as a Touchpoint of the
// journey, with its channel, unit and document. OF_RECORD comes from the link step, once the customer is known.
// fromDocument marks it as document-born: the link step's clean-ups touch only these, and may remove it again when
// the document attaches to the touchpoint it transcribes.
MATCH (d:Document {key: event.key})
MATCH (c:Channel {key: event.channel})
MATCH (b:BusinessUnit {key: event.businessUnit})
MERGE (t:Touchpoint {key: event.key})
SET t += event {.*, at: datetime(event.at), promiseDueAt: datetime(event.promiseDueAt)}, t.fromDocument = true
MERGE (t)-[:HAS_DOCUMENT]->(d)
MERGE (t)-[:VIA]->(c)
MERGE (t)-[:BY_UNIT]->(b)
