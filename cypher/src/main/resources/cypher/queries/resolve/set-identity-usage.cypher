// Connector write: how many records share an identity, and whether it is too common to link anything.
MATCH (i:Identity {key: event.identityKey})
SET i.recordCount = event.recordCount, i.suppressed = event.suppressed
