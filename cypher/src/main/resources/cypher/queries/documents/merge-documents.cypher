// Connector write: one Document per document, keyed source:documentId; instants become UTC datetimes.
// The link step's properties (linked, customerId, linkMethod, unlinkedReason) are left as they are.
MERGE (d:Document {key: event.key})
SET d += event {.*, at: datetime(event.at), promiseDueAt: datetime(event.promiseDueAt)}
