// Every source record: a record with no identity still becomes a customer of its own.
MATCH (r:SourceRecord)
RETURN r.key AS recordKey
