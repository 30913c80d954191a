// The customer's records with how resolve linked each (HAS_RECORD.rule, .via), or no row for an unknown customer.
MATCH (c:Customer {id: $customerId})
OPTIONAL MATCH (c)-[h:HAS_RECORD]->(r:SourceRecord)
RETURN c.confidence AS confidence, r.key AS key, r.system AS system, r.businessUnit AS businessUnit, h.rule AS rule,
       coalesce(h.via, []) AS via
ORDER BY key
