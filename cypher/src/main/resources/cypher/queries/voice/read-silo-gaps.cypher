// The silo gaps the gaps job wrote: which customer had which type of gap, and when.
MATCH (g:SiloGap)
RETURN g.key AS key, g.type AS type, g.customerId AS customerId, g.at.epochMillis AS atMillis
