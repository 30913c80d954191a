// The hand-off matrix of one metrics run.
MATCH (h:HandoffStat)
WHERE h.runId = $runId
RETURN h.fromUnit AS fromUnit, h.toUnit AS toUnit, h.volume AS volume, h.repeatContactRate AS repeatContactRate,
       h.medianHoursToNextContact AS medianHoursToNextContact
ORDER BY fromUnit, toUnit
