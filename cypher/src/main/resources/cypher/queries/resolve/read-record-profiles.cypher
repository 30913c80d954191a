// Every source record with its own values and its e-mails and phones: the golden record's (and the match engine's)
// input. The date as ISO text and the instant as epoch milliseconds, read back into Spark types by RecordProfiles.
MATCH (r:SourceRecord)
RETURN r.key AS recordKey, r.system AS system, r.businessUnit AS businessUnit, r.givenName AS givenName,
       r.familyName AS familyName, r.fullName AS fullName, toString(r.dateOfBirth) AS dateOfBirthText,
       r.addressLine AS addressLine, r.houseNumber AS houseNumber, r.addressLine2 AS addressLine2, r.city AS city,
       r.postcode AS postcode, r.region AS region, r.country AS country, r.nationalId AS nationalId,
       [(r)-[:HAS_IDENTITY]->(i:Identity {kind: 'email'}) | i.value] AS emails,
       [(r)-[:HAS_IDENTITY]->(i:Identity {kind: 'phone'}) | i.value] AS phones,
       r.updatedAt.epochMillis AS updatedAtMillis
