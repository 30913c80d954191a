// Connector write, single partition: the business units a gap involves.
MATCH (g:SiloGap {key: event.key})
UNWIND event.units AS unit
MATCH (b:BusinessUnit {key: unit})
MERGE (g)-[:INVOLVES]->(b)
