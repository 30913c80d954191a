// Every touchpoint with the customer it belongs to, through the person's source record.
MATCH (c:Customer)-[:HAS_RECORD]->(:SourceRecord)<-[:OF_RECORD]-(t:Touchpoint)
RETURN c.id AS customerId, t.key AS key, t.at.epochMillis AS atMillis, t.businessUnit AS businessUnit, t.channel AS channel
