// Journeys are rebuilt whole: drop the previous chains first.
MATCH (:Touchpoint)-[n:NEXT]->(:Touchpoint)
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS
