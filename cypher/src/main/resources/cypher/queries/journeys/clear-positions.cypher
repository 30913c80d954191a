// A touchpoint whose record left every customer keeps no stale position.
MATCH (t:Touchpoint)
WHERE t.customerId IS NOT NULL
CALL (t) { REMOVE t.customerId, t.seq } IN TRANSACTIONS OF 10000 ROWS
