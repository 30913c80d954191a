// Every document, and whether it carries anything a customer could be found by.
MATCH (d:Document)
RETURN d.key AS documentKey,
       d.personKey IS NOT NULL OR COUNT { (d)-[:MENTIONS]->() } > 0 OR COUNT { (d)-[:MENTIONS_ORDER]->() } > 0
         AS hasIdentifiers
