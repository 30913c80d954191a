package io.seamgraph.analytics.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.seamgraph.graph.Neo4jConnection;
import io.seamgraph.job.Progress;
import io.seamgraph.testsupport.CypherFixtures;
import io.seamgraph.testsupport.Neo4jServer;
import io.seamgraph.testsupport.Neo4jServerExtension;
import io.seamgraph.testsupport.SparkSessionExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The resolve job on real Spark against a real Neo4j, run after run, on fixtures/resolve-people.cypher. */
@ExtendWith({Neo4jServerExtension.class, SparkSessionExtension.class})
class ResolveJobGraphTest {

    @TempDir
    Path dir;

    private Neo4jServer server;
    private CypherFixtures graph;

    @BeforeEach
    void people(Neo4jServer server) {
        this.server = server;
        graph = CypherFixtures.connect(server);
        graph.wipe();
        graph.load("fixtures/resolve-people.cypher");
    }

    @AfterEach
    void close() {
        graph.close();
    }

    private ResolveSummary resolve(SparkSession spark, Path corrections) {
        ResolveOptions options = new ResolveOptions(new Neo4jConnection(server.boltUri(), null, null, null), 10, 100,
            corrections, SurvivorshipConfig.defaults());
        return new ResolveJob(spark, options, new Progress(System.out, "resolve")).run();
    }

    private String customerOf(String recordKey) {
        List<Map<String, Object>> rows = graph.run(
            "MATCH (c:Customer)-[:HAS_RECORD]->(:SourceRecord {key: $k}) RETURN c.id AS id", Map.of("k", recordKey));
        assertThat(rows).as("customers of %s", recordKey).hasSize(1);
        return (String) rows.get(0).get("id");
    }

    private void addRecord(String key, String identityKey) {
        graph.run("""
            CREATE (r:SourceRecord {key: $key, system: split($key, ':')[0], recordId: split($key, ':')[1],
                                    updatedAt: datetime('2024-04-01T00:00:00Z')})
            WITH r MATCH (i:Identity {key: $identity}) CREATE (r)-[:HAS_IDENTITY {field: 'email'}]->(i)""",
            Map.of("key", key, "identity", identityKey));
    }

    private long count(String cypher) {
        return ((Number) graph.run(cypher).get(0).get("n")).longValue();
    }

    /**
     * One story, run after run, because what is tested is what each run keeps from the one before: a first run, an
     * incremental load, a merge, corrections, and a re-run. (Five resolve runs; each costs seconds of Spark.)
     */
    @Test
    void customers_keep_their_ids_through_loads_merges_and_corrections(SparkSession spark) throws Exception {
        // Run 1: customers, confidence, evidence, golden records and conflicts.
        ResolveSummary first = resolve(spark, null);
        String jo = customerOf("crm:100");
        String sam = customerOf("crm:400");
        assertThat(customerOf("shop:200")).isEqualTo(jo);
        assertThat(customerOf("web:300")).isEqualTo(jo);
        assertThat(first.customers()).isEqualTo(3);
        @SuppressWarnings("unchecked")
        Map<String, Object> c = (Map<String, Object>) graph.run("MATCH (c:Customer {id: $id}) RETURN c {.*} AS c",
            Map.of("id", jo)).get(0).get("c");
        assertThat(c).containsEntry("confidence", 1.0).containsEntry("givenName", "J")
            .containsEntry("givenNameSource", "web:300").containsEntry("familyName", "smith")
            .containsEntry("familyNameSource", "shop:200").containsEntry("email", "jo@x.com")
            .containsEntry("phone", "+447700900123");
        assertThat(c.get("dateOfBirth")).hasToString("1948-05-12");
        assertThat(graph.run("""
            MATCH (a:SourceRecord)-[m:MATCHED]->(b:SourceRecord)
            RETURN a.key AS a, b.key AS b, m.rule AS rule, m.identities AS identities, m.probability AS p
            ORDER BY a, b""")).containsExactly(
            Map.of("a", "crm:100", "b", "shop:200", "rule", "shared-identifier", "identities", List.of("email:jo@x.com"), "p", 1.0),
            Map.of("a", "crm:400", "b", "shop:500", "rule", "shared-identifier", "identities", List.of("email:sam@x.com"), "p", 1.0),
            Map.of("a", "shop:200", "b", "web:300", "rule", "shared-identifier", "identities", List.of("phone:+447700900123"), "p", 1.0));
        // Birth dates disagree; "Smith" and "smith", "LS1 4AB" and "ls14ab" agree once normalised.
        assertThat(graph.run("""
            MATCH (c:Customer)-[:HAS_CONFLICT]->(a:AttributeConflict)
            RETURN c.id AS customer, a.attribute AS attribute, a.values AS values, a.systems AS systems,
                   a.businessUnits AS units""")).containsExactly(Map.of("customer", jo, "attribute", "dateOfBirth",
            "values", List.of("1948-05-12", "1984-05-12"), "systems", List.of("crm", "shop"),
            "units", List.of("ecommerce", "sales")));

        // Run 2, an incremental load: a record whose key is smaller than any of Jo's joins Jo, and Jo keeps the id.
        addRecord("aaa:1", "email:jo@x.com");
        resolve(spark, null);
        assertThat(customerOf("aaa:1")).isEqualTo(jo);
        assertThat(customerOf("crm:100")).isEqualTo(jo);
        assertThat(count("MATCH (c:Customer {id: '" + jo + "'}) RETURN c.recordCount AS n")).isEqualTo(4);
        assertThat(count("MATCH ()-[m:MATCHED]->() RETURN count(m) AS n")).isEqualTo(5);
        assertThat(count("MATCH (a:AttributeConflict) RETURN count(a) AS n")).isEqualTo(1);
        assertThat(count("MATCH (a:CustomerAlias) RETURN count(a) AS n")).isZero();

        // Run 3, a merge: one new record carries both e-mails. Jo (4 records) keeps the id; Sam's becomes an alias.
        addRecord("bridge:1", "email:jo@x.com");
        graph.run("MATCH (r:SourceRecord {key: 'bridge:1'}), (i:Identity {key: 'email:sam@x.com'}) "
            + "CREATE (r)-[:HAS_IDENTITY {field: 'email'}]->(i)");
        ResolveSummary merged = resolve(spark, null);
        assertThat(customerOf("crm:400")).isEqualTo(jo);
        assertThat(customerOf("bridge:1")).isEqualTo(jo);
        assertThat(merged.aliases()).isEqualTo(1);
        assertThat(graph.run("MATCH (a:CustomerAlias)-[:ALIAS_OF]->(c:Customer) RETURN a.id AS alias, c.id AS customer"))
            .containsExactly(Map.of("alias", sam, "customer", jo));
        assertThat(count("MATCH (c:Customer {id: '" + sam + "'}) RETURN count(c) AS n")).isZero();

        // Run 4, corrections: as POST /api/corrections stores it, web:300 is not Jo whatever the phone says; the file
        // says pos:600 (Alex's only record) is the same person as shop:500.
        graph.run("""
            CREATE (:Correction {id: 'K-1', records: ['web:300', 'crm:100'], decision: 'different',
                                 reason: 'phone recycled', author: 'alice', at: datetime('2024-05-01T00:00:00Z')})""");
        Path file = Files.writeString(dir.resolve("corrections.yaml"), """
            corrections:
              - records: [pos:600, shop:500]
                decision: same
                reason: same loyalty card number on paper
                author: bob
            """);
        ResolveSummary corrected = resolve(spark, file);
        assertThat(corrected.corrections()).isEqualTo(2);
        assertThat(customerOf("crm:100")).isEqualTo(jo);
        assertThat(customerOf("pos:600")).isEqualTo(jo);
        String web = customerOf("web:300");
        assertThat(web).isNotEqualTo(jo);
        assertThat(graph.run("MATCH (:Customer)-[h:HAS_RECORD]->(:SourceRecord {key: 'pos:600'}) RETURN h.rule AS rule"))
            .containsExactly(Map.of("rule", "correction"));

        // Run 5, a plain re-run: the corrections still hold, and nobody's id moved.
        resolve(spark, file);
        assertThat(customerOf("web:300")).isEqualTo(web);
        assertThat(customerOf("crm:100")).isEqualTo(jo);
        assertThat(customerOf("pos:600")).isEqualTo(jo);
        assertThat(graph.run("MATCH (a:CustomerAlias)-[:ALIAS_OF]->(c:Customer) RETURN a.id AS alias, c.id AS customer"))
            .contains(Map.of("alias", sam, "customer", jo));
    }
}
