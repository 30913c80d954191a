// Connector write: one cell of the hand-off matrix.
MERGE (h:HandoffStat {key: event.key})
SET h.runId = event.runId, h.fromUnit = event.fromUnit, h.toUnit = event.toUnit, h.volume = event.volume,
    h.repeats = event.repeats, h.repeatContactRate = event.repeatContactRate,
    h.medianHoursToNextContact = event.medianHoursToNextContact
