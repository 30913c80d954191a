package io.seamgraph.analytics.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.seamgraph.analytics.match.MatchSettings;
import io.seamgraph.graph.Neo4jConnection;
import io.seamgraph.job.Progress;
import io.seamgraph.testsupport.CypherFixtures;
import io.seamgraph.testsupport.Neo4jServer;
import io.seamgraph.testsupport.Neo4jServerExtension;
import io.seamgraph.testsupport.SparkSessionExtension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The resolve job with probabilistic matching on (the shipped settings, as resolve runs by default), on real Spark
 * against a real Neo4j: a typed-differently record with no identifier joins its person, a relative sharing surname,
 * address and a family e-mail stays apart, and every scored link stores a waterfall that adds up.
 */
@ExtendWith({Neo4jServerExtension.class, SparkSessionExtension.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResolveJobMatchingTest {

    private static final String[] GIVEN = {"Olivia", "Jack", "Amelia", "Noah", "Isla", "Oliver", "Ava", "Leo", "Mia",
        "Oscar", "Grace", "Harry", "Lily", "George", "Freya", "Charlie", "Ella", "Arthur", "Sophie", "Theo"};
    private static final int PEOPLE = 60;

    private CypherFixtures graph;

    /**
     * 60 people, each with a crm and a shop record sharing an e-mail; person 7 is Robert Fairweather. Then:
     * pos:bob, "Bob Fairwether" at Robert's postcode with his birth date and no identifier; and shop:mary, Mary
     * Fairweather at Robert's address, sharing the family e-mail that Robert's crm record also carries.
     */
    @BeforeAll
    void resolveOnce(Neo4jServer server, SparkSession spark) {
        graph = CypherFixtures.connect(server);
        graph.wipe();
        List<Map<String, Object>> records = new ArrayList<>();
        List<Map<String, Object>> identities = new ArrayList<>();
        // records.get(14) is crm:7, Robert's
        for (int i = 0; i < PEOPLE; i++) {
            String given = i == 7 ? "Robert" : GIVEN[i % GIVEN.length];
            String family = i == 7 ? "Fairweather" : "Fam" + (char) ('a' + i % 26) + (char) ('a' + (i / 26) % 26) + "son";
            String dob = LocalDate.of(1950, 1, 1).plusDays(i * 397L % 18000).toString();
            String postcode = "LS" + (i % 15) + " " + (i % 9) + "AB";
            String line = (i + 1) + " " + (i % 2 == 0 ? "Park Road" : "Mill Lane");
            records.add(record("crm:" + i, given, family, dob, line, postcode));
            records.add(record("shop:" + i, i % 3 == 0 ? given.toLowerCase() : given, family, dob, line, postcode));
            identities.add(Map.of("record", "crm:" + i, "key", "email:p" + i + "@mail.example"));
            identities.add(Map.of("record", "shop:" + i, "key", "email:p" + i + "@mail.example"));
        }
        records.add(record("pos:bob", "Bob", "Fairwether", (String) records.get(14).get("dateOfBirth"), null, "LS7 7AB"));
        records.add(record("shop:mary", "Mary", "Fairweather", "1961-03-02", "8 Mill Lane", "LS7 7AB"));
        identities.add(Map.of("record", "crm:7", "key", "email:fairweathers@mail.example"));
        identities.add(Map.of("record", "shop:mary", "key", "email:fairweathers@mail.example"));
        graph.run("""
            UNWIND $records AS r
            CREATE (:SourceRecord {key: r.key, system: split(r.key, ':')[0], recordId: split(r.key, ':')[1],
                                   businessUnit: split(r.key, ':')[0], givenName: r.givenName, familyName: r.familyName,
                                   dateOfBirth: date(r.dateOfBirth), addressLine: r.addressLine, postcode: r.postcode,
                                   city: 'Leeds', updatedAt: datetime('2024-01-01T00:00:00Z')})""",
            Map.of("records", records));
        graph.run("""
            UNWIND $identities AS i
            MATCH (r:SourceRecord {key: i.record})
            MERGE (id:Identity {key: i.key}) ON CREATE SET id.kind = 'email', id.value = split(i.key, ':')[1]
            CREATE (r)-[:HAS_IDENTITY {field: 'email'}]->(id)""", Map.of("identities", identities));

        MatchSettings shipped = MatchSettings.shipped();
        // Fewer random pairs than shipped: there are only 122 records, and each training costs seconds.
        MatchSettings settings = new MatchSettings(shipped.linkType(), shipped.comparisons(), shipped.blocking(),
            new MatchSettings.Training(20_000, 200, 42), shipped.placeholders(), shipped.thresholds(),
            shipped.clustering(), shipped.maxRecordsPerIdentity(), shipped.linkVeto());
        ResolveOptions options = new ResolveOptions(new Neo4jConnection(server.boltUri(), null, null, null), 10, 100,
            null, SurvivorshipConfig.defaults(), settings, null, null);
        new ResolveJob(spark, options, new Progress(System.out, "resolve")).run();
    }

    @AfterAll
    void close() {
        graph.close();
    }

    private static Map<String, Object> record(String key, String given, String family, String dob, String line,
                                              String postcode) {
        Map<String, Object> r = new HashMap<>();
        r.put("key", key);
        r.put("givenName", given);
        r.put("familyName", family);
        r.put("dateOfBirth", dob);
        r.put("addressLine", line);
        r.put("postcode", postcode);
        return r;
    }

    private String customerOf(String recordKey) {
        List<Map<String, Object>> rows = graph.run(
            "MATCH (c:Customer)-[:HAS_RECORD]->(:SourceRecord {key: $k}) RETURN c.id AS id", Map.of("k", recordKey));
        assertThat(rows).as("customers of %s", recordKey).hasSize(1);
        return (String) rows.get(0).get("id");
    }

    @Test
    void a_record_typed_differently_without_an_identifier_joins_its_person_by_score() {
        assertThat(customerOf("pos:bob")).isEqualTo(customerOf("crm:7")).isEqualTo(customerOf("shop:7"));
        assertThat(graph.run("MATCH (:Customer)-[h:HAS_RECORD]->(:SourceRecord {key: 'pos:bob'}) RETURN h.rule AS rule"))
            .containsExactly(Map.of("rule", ResolveJob.RULE_PROBABILISTIC));
        assertThat(customerOf("crm:8")).isNotEqualTo(customerOf("crm:7"));
    }

    @Test
    void a_relative_sharing_surname_address_and_family_email_stays_apart() {
        assertThat(customerOf("shop:mary")).isNotEqualTo(customerOf("crm:7"));
        assertThat(graph.run("MATCH (c:Customer)-[:HAS_RECORD]->(:SourceRecord {key: 'shop:mary'}) RETURN c.recordCount AS n"))
            .containsExactly(Map.of("n", 1L));
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_scored_link_stores_a_waterfall_that_adds_up_to_its_weight() {
        List<Map<String, Object>> scored = graph.run("""
            MATCH (a:SourceRecord)-[m:MATCHED {rule: 'probabilistic'}]->(b:SourceRecord)
            RETURN a.key AS a, b.key AS b, m.weight AS weight, m.probability AS p, m.comparisons AS comparisons,
                   m.weights AS weights""");
        assertThat(scored).anySatisfy(m -> assertThat(List.of(m.get("a"), m.get("b"))).contains("pos:bob"));
        for (Map<String, Object> m : scored) {
            List<Number> weights = (List<Number>) m.get("weights");
            assertThat(weights.stream().mapToDouble(Number::doubleValue).sum())
                .isCloseTo(((Number) m.get("weight")).doubleValue(), within(1e-6));
            assertThat((List<Object>) m.get("comparisons")).contains("prior", "givenName", "familyName", "location");
        }
    }
}
