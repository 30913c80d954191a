// Linked interaction documents, with what finds the touchpoint each one transcribes (at in epoch seconds).
MATCH (d:Document)
WHERE d.linked AND d.documentType IN ['chat', 'call', 'email', 'letter'] AND d.at IS NOT NULL
RETURN d.key AS documentKey, d.customerId AS customerId, d.channel AS channel, d.businessUnit AS businessUnit,
       d.direction AS direction, d.at.epochSeconds AS at, d.caseId AS caseId
