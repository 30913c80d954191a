// Connector write: the organisation's units as the sources YAML declares them. Event: {key, name}.
MERGE (b:BusinessUnit {key: event.key})
SET b.name = event.name
