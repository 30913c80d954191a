// Connector write, single partition: where each customer's journey starts.
MATCH (c:Customer {id: event.customerId})
MATCH (t:Touchpoint {key: event.key})
MERGE (c)-[:FIRST_TOUCH]->(t)
