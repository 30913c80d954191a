// Connector write: one SiloGap per finding, keyed type:customerId:anchor. A gap an earlier run found again loses
// that run's evidence and units first, so the links below are exactly this run's.
MERGE (g:SiloGap {key: event.key})
WITH g, event
CALL (g, event) {
  MATCH (g)-[r:EVIDENCE|INVOLVES]->()
  WHERE g.runId <> event.runId
  DELETE r
}
SET g.type = event.type, g.customerId = event.customerId, g.severity = event.severity,
    g.at = datetime({epochMillis: event.atMillis}), g.detectedAt = datetime(event.detectedAt), g.runId = event.runId,
    g.summary = event.summary, g.units = event.units, g.attribute = event.attribute, g.params = event.params
