// Every touchpoint the journeys job placed (customerId and seq set), with what the metrics group and filter by.
MATCH (t:Touchpoint)
WHERE t.customerId IS NOT NULL
RETURN t.customerId AS customerId, t.key AS key, t.seq AS seq, t.at.epochMillis AS atMillis,
       t.businessUnit AS businessUnit, t.channel AS channel, t.stage AS stage, t.direction AS direction, t.topic AS topic
