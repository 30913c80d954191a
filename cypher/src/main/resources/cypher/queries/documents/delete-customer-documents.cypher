// Before the link step writes: forget the previous run's customer links, so a document no longer linked (or now
// another customer's) keeps no stale relationship.
MATCH (:Customer)-[h:HAS_DOCUMENT]->(:Document)
CALL { WITH h DELETE h } IN TRANSACTIONS OF 10000 ROWS
