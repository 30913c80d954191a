// Identity resolution's own nodes: aliases of merged customers, conflicting attribute values, user corrections.
CREATE CONSTRAINT customer_alias_id IF NOT EXISTS FOR (n:CustomerAlias) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT attribute_conflict_key IF NOT EXISTS FOR (n:AttributeConflict) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (n:Correction) REQUIRE n.id IS UNIQUE;
// Each run deletes the evidence and conflicts an earlier run left; these find them without a scan.
CREATE INDEX matched_run IF NOT EXISTS FOR ()-[m:MATCHED]-() ON (m.runId);
CREATE INDEX attribute_conflict_customer IF NOT EXISTS FOR (n:AttributeConflict) ON (n.customerId);
