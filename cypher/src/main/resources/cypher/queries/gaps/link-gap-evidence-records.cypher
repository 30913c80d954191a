// Connector write, single partition: the source records that disagree (conflicting data).
MATCH (g:SiloGap {key: event.key})
UNWIND event.evidence AS evidenceKey
MATCH (r:SourceRecord {key: evidenceKey})
MERGE (g)-[:EVIDENCE]->(r)
