// Connector write: the touchpoint's customer and its 0-based place in the journey.
MATCH (t:Touchpoint {key: event.key})
SET t.customerId = event.customerId, t.seq = event.seq
