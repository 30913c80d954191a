// Connector write: one Touchpoint per interaction, keyed source:interactionId; instants become UTC datetimes.
MERGE (t:Touchpoint {key: event.key})
SET t += event {.*, at: datetime(event.at), promiseDueAt: datetime(event.promiseDueAt)}
