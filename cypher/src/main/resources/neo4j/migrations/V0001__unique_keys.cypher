// Every node the jobs MERGE has a unique key. Created before any load: without them each MERGE scans its label.
CREATE CONSTRAINT business_unit_key IF NOT EXISTS FOR (n:BusinessUnit) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT channel_key IF NOT EXISTS FOR (n:Channel) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT source_system_key IF NOT EXISTS FOR (n:SourceSystem) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT source_record_key IF NOT EXISTS FOR (n:SourceRecord) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT identity_key IF NOT EXISTS FOR (n:Identity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT purpose_key IF NOT EXISTS FOR (n:Purpose) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT touchpoint_key IF NOT EXISTS FOR (n:Touchpoint) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT customer_id IF NOT EXISTS FOR (n:Customer) REQUIRE n.id IS UNIQUE;
