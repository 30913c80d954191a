// Connector write, single partition: which unit owns which channel. Event: {unit, channel}.
MATCH (b:BusinessUnit {key: event.unit})
MATCH (c:Channel {key: event.channel})
MERGE (b)-[:OWNS_CHANNEL]->(c)
