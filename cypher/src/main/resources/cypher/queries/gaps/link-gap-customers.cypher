// Connector write, single partition: the customer a gap is about.
MATCH (g:SiloGap {key: event.key})
MATCH (c:Customer {id: event.customerId})
MERGE (c)-[:HAS_GAP]->(g)
