// Corrections that name any record of the customer, oldest first.
MATCH (:Customer {id: $customerId})-[:HAS_RECORD]->(:SourceRecord)<-[:ABOUT]-(k:Correction)
WITH DISTINCT k
RETURN k.id AS id, k.records AS records, k.decision AS decision, k.reason AS reason, k.author AS author, k.at AS at
ORDER BY at, id
