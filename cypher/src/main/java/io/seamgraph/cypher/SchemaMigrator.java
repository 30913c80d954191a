package io.seamgraph.cypher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the pending migrations in order and records each one, so running it again changes nothing. Every
 * statement is also idempotent ({@code IF NOT EXISTS}), which keeps a half-applied migration safe to retry.
 */
public final class SchemaMigrator {

    private final CypherRunner runner;

    public SchemaMigrator(CypherRunner runner) {
        this.runner = runner;
    }

    /** Returns the migrations that ran now (empty when the schema was already current). */
    public List<Migration> migrate() {
        Map<Integer, String> applied = new HashMap<>();
        for (Map<String, Object> row : runner.run(CypherCatalog.query("schema/applied-migrations"), Map.of())) {
            applied.put(((Number) row.get("version")).intValue(), (String) row.get("checksum"));
        }
        List<Migration> ran = new ArrayList<>();
        for (Migration migration : Migrations.all()) {
            String checksum = applied.get(migration.version());
            if (checksum != null) {
                if (!checksum.equals(migration.checksum())) {
                    throw new IllegalStateException("Migration V" + migration.version() + " (" + migration.description()
                        + ") was changed after it was applied. Add a new migration instead of editing an applied one.");
                }
                continue;
            }
            migration.statements().forEach(statement -> runner.run(statement, Map.of()));
            runner.run(CypherCatalog.query("schema/record-migration"), Map.of(
                "version", migration.version(),
                "description", migration.description(),
                "checksum", migration.checksum()));
            ran.add(migration);
        }
        return ran;
    }
}
