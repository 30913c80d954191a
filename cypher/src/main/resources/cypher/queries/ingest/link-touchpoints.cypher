// Connector write, single partition: a touchpoint to its person's record, its channel and its unit.
MATCH (t:Touchpoint {key: event.key})
MATCH (r:SourceRecord {key: event.personKey})
MATCH (c:Channel {key: event.channel})
MATCH (b:BusinessUnit {key: event.businessUnit})
MERGE (t)-[:OF_RECORD]->(r)
MERGE (t)-[:VIA]->(c)
MERGE (t)-[:BY_UNIT]->(b)
