// Connector write, single partition: the touchpoints that show a gap.
MATCH (g:SiloGap {key: event.key})
UNWIND event.evidence AS evidenceKey
MATCH (t:Touchpoint {key: evidenceKey})
MERGE (g)-[:EVIDENCE]->(t)
