// Connector write, single partition: a record's consent flags per purpose. Event: {recordKey, source, consents: [{purpose, granted, at}]}.
MATCH (r:SourceRecord {key: event.recordKey})
UNWIND event.consents AS consent
MATCH (p:Purpose {key: consent.purpose})
MERGE (r)-[c:CONSENT]->(p)
SET c.granted = consent.granted, c.at = datetime(consent.at), c.source = event.source
