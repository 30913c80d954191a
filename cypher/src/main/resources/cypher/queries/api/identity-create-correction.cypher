// A person's decision about records, for the next resolve run; linked to the records it names.
CREATE (k:Correction {id: $id, records: $records, decision: $decision, reason: $reason, author: $author,
                      at: datetime($at), source: 'api'})
WITH k
UNWIND $records AS key
MATCH (r:SourceRecord {key: key})
CREATE (k)-[:ABOUT]->(r)
RETURN DISTINCT k.id AS id, k.records AS records, k.decision AS decision, k.reason AS reason, k.author AS author,
       k.at AS at
