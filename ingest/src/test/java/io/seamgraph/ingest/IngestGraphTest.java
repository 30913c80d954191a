package io.seamgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seamgraph.contract.SourcesFile;
import io.seamgraph.contract.SourcesYaml;
import io.seamgraph.graph.Neo4jConnection;
import io.seamgraph.job.Progress;
import io.seamgraph.testsupport.CypherFixtures;
import io.seamgraph.testsupport.Neo4jServer;
import io.seamgraph.testsupport.Neo4jServerExtension;
import io.seamgraph.testsupport.SparkSessionExtension;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The ingest job against a real Neo4j over Bolt, on the small hand-written company in test resources. */
@ExtendWith({Neo4jServerExtension.class, SparkSessionExtension.class})
class IngestGraphTest {

    private static final List<String> COUNTED = List.of(
        "MATCH (n:SourceRecord) RETURN count(n) AS n",
        "MATCH (n:Identity) RETURN count(n) AS n",
        "MATCH (n:Touchpoint) RETURN count(n) AS n",
        "MATCH (n:BusinessUnit) RETURN count(n) AS n",
        "MATCH (n:Channel) RETURN count(n) AS n",
        "MATCH (n:SourceSystem) RETURN count(n) AS n",
        "MATCH ()-[r]->() RETURN count(r) AS n");

    @TempDir
    Path quarantine;

    private CypherFixtures graph;
    private Neo4jServer server;

    @BeforeEach
    void emptyGraph(Neo4jServer server) {
        this.server = server;
        graph = CypherFixtures.connect(server);
        graph.wipe();
    }

    @AfterEach
    void close() {
        graph.close();
    }

    private IngestSummary ingest(SparkSession spark, SourcesFile sources) {
        IngestOptions options = new IngestOptions(quarantine.toString(),
            new Neo4jConnection(server.boltUri(), null, null, null), 2);
        return new IngestJob(spark, options, new Progress(new PrintStream(PrintStream.nullOutputStream()), "test")).run(sources);
    }

    private static SourcesFile company() throws URISyntaxException {
        return SourcesYaml.load(Path.of(IngestGraphTest.class.getResource("/company/sources.yaml").toURI()));
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        COUNTED.forEach(q -> counts.put(q, ((Number) graph.run(q).get(0).get("n")).longValue()));
        return counts;
    }

    @Test
    void writes_records_identities_touchpoints_and_the_organisation(SparkSession spark) throws Exception {
        IngestSummary summary = ingest(spark, company());

        assertThat(summary.written()).containsEntry("SourceRecord nodes", 3L).containsEntry("Touchpoint nodes", 2L);
        assertThat(graph.run("MATCH (r:SourceRecord {key: 'crm:C1'})-[:HAS_IDENTITY]->(i) RETURN i.key AS k ORDER BY k"))
            .extracting(m -> m.get("k")).containsExactly("email:jane@example.com", "phone:+447700900123");
        assertThat(graph.run("MATCH (r:SourceRecord {key: 'crm:C1'}) RETURN valueType(r.dateOfBirth) AS t, toString(r.dateOfBirth) AS d"))
            .containsExactly(Map.of("t", "DATE NOT NULL", "d", "1981-03-02"));
        assertThat(graph.run("MATCH (r:SourceRecord {key: 'crm:C1'})-[c:CONSENT]->(p:Purpose) RETURN p.key AS p, c.granted AS g, toString(c.at) AS at"))
            .containsExactly(Map.of("p", "marketing_email", "g", true, "at", "2026-01-01T10:00:00Z"));
        assertThat(graph.run("""
            MATCH (t:Touchpoint {key: 'helpdesk_tickets:T1'})-[:OF_RECORD]->(r:SourceRecord),
                  (t)-[:VIA]->(c:Channel), (t)-[:BY_UNIT]->(b:BusinessUnit)
            RETURN r.key AS r, c.key AS c, b.key AS b, t.direction AS d, valueType(t.at) AS type"""))
            .containsExactly(Map.of("r", "crm:C1", "c", "chat", "b", "customer_service", "d", "inbound",
                "type", "ZONED DATETIME NOT NULL"));
        assertThat(graph.run("MATCH (b:BusinessUnit {key: 'customer_service'})-[:OWNS_CHANNEL]->(c) RETURN c.key AS c ORDER BY c"))
            .extracting(m -> m.get("c")).containsExactly("chat", "phone");
        assertThat(graph.run("SHOW CONSTRAINTS YIELD name WHERE name = 'source_record_key' RETURN name")).hasSize(1);
    }

    @Test
    void loading_the_same_files_twice_gives_the_same_graph(SparkSession spark) throws Exception {
        ingest(spark, company());
        Map<String, Long> first = counts();

        ingest(spark, company());

        assertThat(counts()).isEqualTo(first);
        assertThat(first.values()).allMatch(n -> n > 0);
    }

    @Test
    void quarantine_is_written_per_source_as_json_lines(SparkSession spark) throws Exception {
        ingest(spark, company());

        try (Stream<Path> files = Files.walk(quarantine)) {
            List<String> lines = files.filter(p -> p.toString().endsWith(".json"))
                .flatMap(IngestGraphTest::lines).toList();
            assertThat(lines).hasSize(7).anyMatch(l -> l.contains("\"reason\":\"no profile record with this id in the person's system\""));
        }
        assertThat(quarantine.resolve("source=crm_contacts")).isDirectory();
    }

    @Test
    void a_source_over_its_quarantine_limit_stops_before_anything_is_written(SparkSession spark, @TempDir Path copy) throws Exception {
        Path original = company().path().getParent();
        copyTree(original, copy);
        Path yaml = copy.resolve("sources.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("maxRejectedShare: 0.5", "maxRejectedShare: 0.2"));

        assertThatThrownBy(() -> ingest(spark, SourcesYaml.load(yaml)))
            .isInstanceOf(QuarantineLimitExceeded.class)
            .hasMessageContaining("source 'crm_contacts' rejected 2 of 5 rows (40.0%, limit 20.0%)")
            .hasMessageContaining("source 'helpdesk_tickets' rejected 2 of 4 rows");
        assertThat(graph.run("MATCH (n) RETURN count(n) AS n").get(0).get("n")).isEqualTo(0L);
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
