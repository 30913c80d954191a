// Connector write: one Identity per distinct normalised identifier, keyed kind:value.
MERGE (i:Identity {key: event.key})
ON CREATE SET i.kind = event.kind, i.value = event.value
