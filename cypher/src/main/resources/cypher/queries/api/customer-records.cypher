// The customer's source records with how resolve linked each one (HAS_RECORD.via and .rule) and its consents.
MATCH (:Customer {id: $customerId})-[h:HAS_RECORD]->(r:SourceRecord)
OPTIONAL MATCH (r)-[:IN_SYSTEM]->(s:SourceSystem)
OPTIONAL MATCH (r)-[consent:CONSENT]->(p:Purpose)
WITH r, h, s, consent, p
ORDER BY p.key
WITH r, h, s,
     [x IN collect(CASE WHEN p IS NULL THEN null
                        ELSE {purpose: p.key, granted: consent.granted, at: consent.at, source: consent.source} END)
      WHERE x IS NOT NULL] AS consents
RETURN r.key AS key, r.system AS system, r.recordId AS recordId, r.source AS source,
       coalesce(r.businessUnit, s.businessUnit) AS businessUnit,
       r.givenName AS givenName, r.familyName AS familyName, r.fullName AS fullName, r.dateOfBirth AS dateOfBirth,
       r.addressLine AS addressLine, r.city AS city, r.postcode AS postcode, r.country AS country,
       r.updatedAt AS updatedAt, coalesce(h.via, []) AS via, h.rule AS rule, consents
ORDER BY businessUnit, system, key
