// Connector write: the declared channels. Event: {key, name}.
MERGE (c:Channel {key: event.key})
SET c.name = event.name
