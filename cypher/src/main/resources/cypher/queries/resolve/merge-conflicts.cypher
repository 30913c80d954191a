// Connector write, single partition: an attribute the customer's records disagree about, with who says what.
MATCH (c:Customer {id: event.customerId})
MERGE (a:AttributeConflict {key: event.key})
SET a.customerId = event.customerId, a.attribute = event.attribute, a.values = event.values,
    a.systems = event.systems, a.businessUnits = event.businessUnits, a.records = event.records, a.runId = event.runId
MERGE (c)-[:HAS_CONFLICT]->(a)
