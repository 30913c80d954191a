// Lookups the API and the jobs make by something other than the key.
CREATE INDEX touchpoint_at IF NOT EXISTS FOR (n:Touchpoint) ON (n.at);
CREATE INDEX touchpoint_customer_seq IF NOT EXISTS FOR (n:Touchpoint) ON (n.customerId, n.seq);
CREATE INDEX source_record_system IF NOT EXISTS FOR (n:SourceRecord) ON (n.system, n.recordId);
CREATE INDEX identity_kind_value IF NOT EXISTS FOR (n:Identity) ON (n.kind, n.value);
CREATE INDEX customer_run IF NOT EXISTS FOR (n:Customer) ON (n.runId);
