// What each system knows of a customer, for comparing attributes across systems.
MATCH (c:Customer)-[:HAS_RECORD]->(r:SourceRecord)
RETURN c.id AS customerId, r.key AS recordKey, r.system AS system, r.businessUnit AS businessUnit,
       r.givenName AS givenName, r.familyName AS familyName, toString(r.dateOfBirth) AS dateOfBirth,
       r.postcode AS postcode, r.updatedAt.epochMillis AS updatedAtMillis
