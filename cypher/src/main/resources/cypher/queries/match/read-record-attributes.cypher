// The records input of probabilistic matching: every source record with the attributes it is compared on, and its
// e-mails and phones as lists (empty, not null, for a record without any). Dates and instants as Neo4j temporals.
MATCH (r:SourceRecord)
OPTIONAL MATCH (r)-[:HAS_IDENTITY]->(i:Identity)
WHERE i.kind IN ['email', 'phone']
WITH r, collect(i) AS identities
RETURN r.key AS recordKey, r.system AS system, r.businessUnit AS businessUnit,
       r.givenName AS givenName, r.familyName AS familyName, r.fullName AS fullName,
       r.dateOfBirth AS dateOfBirth, r.addressLine AS addressLine, r.houseNumber AS houseNumber,
       r.addressLine2 AS addressLine2, r.city AS city, r.postcode AS postcode, r.region AS region,
       r.country AS country, r.nationalId AS nationalId,
       [x IN identities WHERE x.kind = 'email' | x.value] AS emails,
       [x IN identities WHERE x.kind = 'phone' | x.value] AS phones,
       r.updatedAt AS updatedAt
