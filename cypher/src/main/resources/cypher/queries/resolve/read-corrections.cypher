// Every correction declared through the API; the latest decision about a pair wins (CorrectionLinks).
MATCH (c:Correction)
RETURN c.id AS id, c.records AS records, c.decision AS decision, c.reason AS reason, c.author AS author,
       c.at.epochMillis AS atMillis
ORDER BY c.at, c.id
