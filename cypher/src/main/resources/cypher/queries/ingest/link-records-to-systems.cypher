// Connector write, single partition: every record to its system.
MATCH (r:SourceRecord {key: event.key})
MATCH (s:SourceSystem {key: event.system})
MERGE (r)-[:IN_SYSTEM]->(s)
