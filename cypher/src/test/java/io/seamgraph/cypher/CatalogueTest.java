package io.seamgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void the_migration_index_lists_every_migration_file_in_version_order() throws IOException {
        List<String> files;
        try (Stream<Path> listed = Files.list(RESOURCES.resolve(Migrations.ROOT))) {
            files = listed.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cypher")).sorted().toList();
        }
        List<Migration> migrations = Migrations.all();

        assertThat(migrations).extracting(m -> String.format("V%04d", m.version()))
            .containsExactlyElementsOf(files.stream().map(f -> f.substring(0, 5)).toList());
        assertThat(migrations).allSatisfy(m -> assertThat(m.statements()).isNotEmpty()
            .allSatisfy(s -> assertThat(s).contains("IF NOT EXISTS").doesNotEndWith(";")));
    }

    @Test
    void every_query_file_loads_by_its_name_without_its_comments() throws IOException {
        List<Path> queries;
        try (Stream<Path> walked = Files.walk(RESOURCES.resolve("cypher/queries"))) {
            queries = walked.filter(p -> p.toString().endsWith(".cypher")).toList();
        }
        assertThat(queries).hasSizeGreaterThan(20);
        for (Path file : queries) {
            String name = RESOURCES.resolve("cypher/queries").relativize(file).toString().replace(".cypher", "");
            assertThat(CypherCatalog.query(name)).as(name).isNotBlank().doesNotContain("//");
        }
    }

    @Test
    void a_missing_or_malformed_name_is_refused() {
        assertThatThrownBy(() -> CypherCatalog.query("ingest/no-such-query")).hasMessageContaining("no named query 'ingest/no-such-query'");
        assertThatThrownBy(() -> CypherCatalog.query("../secrets")).hasMessageContaining("not a query name");
    }

    @Test
    void the_migrator_applies_pending_migrations_once_and_refuses_an_edited_one() {
        Map<Integer, String> applied = new HashMap<>();
        List<String> ran = new ArrayList<>();
        CypherRunner runner = (cypher, parameters) -> {
            ran.add(cypher);
            if (cypher.equals(CypherCatalog.query("schema/record-migration"))) {
                applied.put((Integer) parameters.get("version"), (String) parameters.get("checksum"));
            }
            if (cypher.equals(CypherCatalog.query("schema/applied-migrations"))) {
                return applied.entrySet().stream()
                    .map(e -> Map.<String, Object>of("version", e.getKey(), "checksum", e.getValue())).toList();
            }
            return List.of();
        };

        assertThat(new SchemaMigrator(runner).migrate()).hasSize(Migrations.all().size());
        int statementsFirstRun = ran.size();
        assertThat(new SchemaMigrator(runner).migrate()).isEmpty();
        assertThat(ran).hasSize(statementsFirstRun + 1);

        applied.put(1, "edited");
        assertThatThrownBy(() -> new SchemaMigrator(runner).migrate()).hasMessageContaining("was changed after it was applied");
    }
}
