// Connector write, single partition: why two records belong together. One MATCHED per pair and rule, leftKey to
// rightKey; the waterfall is three parallel lists (comparisons, levels, weights) whose weights add up to weight.
MATCH (a:SourceRecord {key: event.leftKey})
MATCH (b:SourceRecord {key: event.rightKey})
MERGE (a)-[m:MATCHED {rule: event.rule}]->(b)
SET m.identities = event.identities, m.weight = event.weight, m.probability = event.probability,
    m.blockingRule = event.blockingRule, m.comparisons = event.comparisons, m.levels = event.levels,
    m.weights = event.weights, m.runId = event.runId
