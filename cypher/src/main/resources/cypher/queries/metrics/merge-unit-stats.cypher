// Connector write: one business unit's silo score and its parts.
MERGE (u:UnitStat {key: event.unit})
SET u.runId = event.runId, u.unit = event.unit, u.customers = event.customers, u.handoffsIn = event.handoffsIn,
    u.repeatContactRate = event.repeatContactRate, u.gapCustomerShare = event.gapCustomerShare, u.siloScore = event.siloScore
