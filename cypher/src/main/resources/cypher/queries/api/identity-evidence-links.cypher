// The evidence between two records of one customer (MATCHED, stored leftKey to rightKey): shared identities, or a
// match weight with its waterfall in the parallel lists comparisons, levels, weights.
MATCH (c:Customer {id: $customerId})-[:HAS_RECORD]->(a:SourceRecord)-[m:MATCHED]->(b:SourceRecord)<-[:HAS_RECORD]-(c)
RETURN a.key AS leftKey, b.key AS rightKey, m.rule AS rule, coalesce(m.identities, []) AS identities,
       m.weight AS weight, m.probability AS probability, m.blockingRule AS blockingRule,
       coalesce(m.comparisons, []) AS comparisons, coalesce(m.levels, []) AS levels, coalesce(m.weights, []) AS weights
ORDER BY leftKey, rightKey, rule
