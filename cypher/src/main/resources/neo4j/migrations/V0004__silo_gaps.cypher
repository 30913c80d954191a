// Silo gaps (gaps job): merged on their key, listed by type and by customer, cleaned up by run.
CREATE CONSTRAINT silo_gap_key IF NOT EXISTS FOR (n:SiloGap) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT unit_brand_stat_unit IF NOT EXISTS FOR (n:UnitBrandStat) REQUIRE n.unit IS UNIQUE;
CREATE INDEX silo_gap_type IF NOT EXISTS FOR (n:SiloGap) ON (n.type);
CREATE INDEX silo_gap_customer IF NOT EXISTS FOR (n:SiloGap) ON (n.customerId);
CREATE INDEX silo_gap_run IF NOT EXISTS FOR (n:SiloGap) ON (n.runId);
CREATE INDEX touchpoint_episode IF NOT EXISTS FOR (n:Touchpoint) ON (n.episode);
