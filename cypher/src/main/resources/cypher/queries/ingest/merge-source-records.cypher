// Connector write (UNWIND $events AS event): one SourceRecord per event, keyed system:recordId.
MERGE (r:SourceRecord {key: event.key})
SET r += event {.*, dateOfBirth: date(event.dateOfBirth), updatedAt: datetime(event.updatedAt)}
