// Which schema migrations this database has already run.
MATCH (m:__SeamgraphMigration)
RETURN m.version AS version, m.checksum AS checksum
ORDER BY version
