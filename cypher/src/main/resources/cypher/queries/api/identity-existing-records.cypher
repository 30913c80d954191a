// Which of the record keys $keys are source records in the graph.
UNWIND $keys AS key
MATCH (r:SourceRecord {key: key})
RETURN r.key AS key
