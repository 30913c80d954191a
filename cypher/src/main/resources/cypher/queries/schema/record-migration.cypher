// Marks a migration as applied, with the checksum of the file that ran.
MERGE (m:__SeamgraphMigration {version: $version})
SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
