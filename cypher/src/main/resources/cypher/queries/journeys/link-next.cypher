// Connector write, single partition: one step of a journey to the next.
MATCH (a:Touchpoint {key: event.previousKey})
MATCH (b:Touchpoint {key: event.key})
MERGE (a)-[n:NEXT]->(b)
SET n.gapSeconds = event.gapSeconds, n.handoff = event.handoff, n.channelSwitch = event.channelSwitch,
    n.fromUnit = event.previousUnit, n.toUnit = event.businessUnit
