// Silo score per business unit, of one metrics run.
MATCH (u:UnitStat)
WHERE u.runId = $runId
RETURN u.unit AS unit, u.customers AS customers, u.handoffsIn AS handoffsIn, u.repeatContactRate AS repeatContactRate,
       u.gapCustomerShare AS gapCustomerShare, u.siloScore AS siloScore
ORDER BY unit
