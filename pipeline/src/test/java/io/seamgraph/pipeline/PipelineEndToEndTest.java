package io.seamgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.seamgraph.contract.SourceDefinition;
import io.seamgraph.contract.SourcesConfig;
import io.seamgraph.contract.SourcesYaml;
import io.seamgraph.sample.GeneratorOptions;
import io.seamgraph.sample.SampleCompanyGenerator;
import io.seamgraph.testsupport.CypherFixtures;
import io.seamgraph.testsupport.Neo4jServer;
import io.seamgraph.testsupport.Neo4jServerExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline through its command line: generate a few hundred customers, run ingest, resolve, journeys and metrics
 * against the embedded Neo4j, and check the graph against the generator's ground truth.
 */
@ExtendWith(Neo4jServerExtension.class)
class PipelineEndToEndTest {

    private static final int LIMIT = 10;

    @TempDir
    static Path work;

    private static Neo4jServer server;
    private static CypherFixtures graph;
    private static Path sources;
    private static Map<String, String> personOfRecord;
    private static Map<String, Long> firstRunCounts;
    private static Map<String, String> firstRunAssignments;

    @BeforeAll
    static void generateAndRunOnce(Neo4jServer neo4j) {
        server = neo4j;
        graph = CypherFixtures.connect(neo4j);
        graph.wipe();
        SampleCompanyGenerator.generate(GeneratorOptions.of(300, 11, work.resolve("company")));
        sources = work.resolve("company/sources.yaml");
        personOfRecord = readCsv(work.resolve("company/truth/records.csv")).stream()
            .collect(Collectors.toMap(r -> r.get("system") + ":" + r.get("record_id"), r -> r.get("person_id"), (a, b) -> a));

        assertThat(runPipeline()).isZero();
        firstRunCounts = counts();
        firstRunAssignments = assignments();
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    private static int runPipeline() {
        return SeamgraphJobs.commandLine().execute("pipeline", "--sources", sources.toString(),
            "--neo4j-uri", server.boltUri(), "--quarantine", work.resolve("quarantine").toString(),
            "--max-records-per-identity", Integer.toString(LIMIT));
    }

    @Test
    void every_source_record_belongs_to_exactly_one_customer() {
        assertThat(graph.run("""
            MATCH (r:SourceRecord)
            OPTIONAL MATCH (c:Customer)-[:HAS_RECORD]->(r)
            WITH r, count(c) AS customers WHERE customers <> 1
            RETURN r.key AS record, customers""")).isEmpty();
        // Every profile row the generator wrote with an id is in the graph (rows with a bad value keep the row);
        // only the rows written without an id are not.
        Set<String> withId = personOfRecord.keySet().stream().filter(k -> !k.endsWith(":")).collect(Collectors.toSet());
        assertThat(firstRunAssignments.keySet()).containsExactlyInAnyOrderElementsOf(withId);
    }

    /**
     * Matching is on by default. Records sharing a personal identifier (one person's e-mail or phone, under the limit)
     * are one customer, whatever nicknames, initials and typos their names carry: the first-name veto that keeps a
     * household apart never splits one person. A household identifier (a family e-mail, a home phone) is what the veto
     * does split: its holders are two people or more.
     */
    @Test
    void records_that_share_a_personal_identifier_under_the_limit_are_one_customer_and_households_are_split() {
        Set<String> household = readCsv(work.resolve("company/truth/shared_identifiers.csv")).stream()
            .filter(r -> r.get("reason").equals("household"))
            .map(r -> r.get("kind") + ":" + r.get("value")).collect(Collectors.toSet());
        Map<String, Long> customersPerIdentity = new HashMap<>();
        for (Map<String, Object> row : graph.run("""
                MATCH (i:Identity)<-[:HAS_IDENTITY]-(r:SourceRecord)<-[:HAS_RECORD]-(c:Customer)
                WHERE NOT i.suppressed AND i.recordCount > 1
                RETURN i.key AS identity, count(DISTINCT c) AS customers""")) {
            customersPerIdentity.put((String) row.get("identity"), (Long) row.get("customers"));
        }
        Set<String> personal = customersPerIdentity.keySet().stream().filter(k -> !household.contains(k))
            .collect(Collectors.toSet());
        List<String> splitPersonal = personal.stream().filter(k -> customersPerIdentity.get(k) > 1).sorted().toList();
        List<String> splitHousehold = customersPerIdentity.keySet().stream().filter(household::contains)
            .filter(k -> customersPerIdentity.get(k) > 1).toList();

        assertThat(personal).hasSizeGreaterThan(100);
        assertThat(splitPersonal).as("personal identifiers split across customers").isEmpty();
        assertThat(splitHousehold).as("household identifiers held by more than one customer").isNotEmpty();
        assertThat(graph.run("MATCH (i:Identity) WHERE i.recordCount > $limit AND NOT i.suppressed RETURN i.key AS k",
            Map.of("limit", LIMIT))).isEmpty();
    }

    /** Records no identifier joins but whose evidence matches (a loyalty card and a shop account) are linked by score. */
    @Test
    void matching_links_records_that_share_no_identifier() {
        assertThat(count("""
            MATCH (c:Customer)-[h:HAS_RECORD {rule: 'probabilistic'}]->(r:SourceRecord)
            RETURN count(h) AS n""")).isPositive();
        assertThat(count("MATCH ()-[m:MATCHED {rule: 'probabilistic'}]->() RETURN count(m) AS n")).isPositive();
    }

    @Test
    void no_link_joins_two_true_persons_except_through_a_household_identifier() {
        Set<String> household = readCsv(work.resolve("company/truth/shared_identifiers.csv")).stream()
            .filter(r -> r.get("reason").equals("household"))
            .map(r -> r.get("kind") + ":" + r.get("value")).collect(Collectors.toSet());
        Map<String, Set<String>> personsPerLinkingIdentity = new HashMap<>();
        for (Map<String, Object> row : graph.run("""
                MATCH (c:Customer)-[h:HAS_RECORD]->(r:SourceRecord)
                UNWIND h.via AS identity
                RETURN identity, r.key AS record""")) {
            personsPerLinkingIdentity.computeIfAbsent((String) row.get("identity"), k -> new HashSet<>())
                .add(personOfRecord.get((String) row.get("record")));
        }
        Set<String> crossPerson = personsPerLinkingIdentity.entrySet().stream()
            .filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());

        assertThat(personsPerLinkingIdentity).isNotEmpty();
        assertThat(household).containsAll(crossPerson);
    }

    @Test
    void placeholder_identifiers_are_suppressed_and_link_nothing() {
        List<String> placeholders = readCsv(work.resolve("company/truth/shared_identifiers.csv")).stream()
            .filter(r -> r.get("reason").equals("placeholder") && Long.parseLong(r.get("person_count")) > LIMIT)
            .map(r -> r.get("kind") + ":" + r.get("value")).toList();
        assertThat(placeholders).isNotEmpty();

        List<Map<String, Object>> rows = graph.run("MATCH (i:Identity) WHERE i.key IN $keys RETURN i.key AS k, i.suppressed AS s",
            Map.of("keys", placeholders));
        assertThat(rows).isNotEmpty().allMatch(r -> Boolean.TRUE.equals(r.get("s")));
        assertThat(graph.run("MATCH ()-[h:HAS_RECORD]->() WHERE any(k IN h.via WHERE k IN $keys) RETURN h LIMIT 1",
            Map.of("keys", placeholders))).isEmpty();
    }

    @Test
    void journeys_follow_time_order_with_one_chain_per_customer() {
        assertThat(graph.run("MATCH (a:Touchpoint)-[:NEXT]->(b:Touchpoint) WHERE a.at > b.at OR b.seq <> a.seq + 1 RETURN a.key AS k")).isEmpty();
        assertThat(graph.run("MATCH (a:Touchpoint)-[:NEXT]->(b:Touchpoint) WHERE a.customerId <> b.customerId RETURN a.key AS k")).isEmpty();
        long touchpoints = count("MATCH (t:Touchpoint) WHERE t.customerId IS NOT NULL RETURN count(t) AS n");
        long journeys = count("MATCH (:Customer)-[f:FIRST_TOUCH]->(t:Touchpoint) WHERE t.seq = 0 RETURN count(f) AS n");
        long steps = count("MATCH ()-[n:NEXT]->() RETURN count(n) AS n");
        assertThat(touchpoints).isEqualTo(count("MATCH (t:Touchpoint) RETURN count(t) AS n")).isPositive();
        assertThat(steps).isEqualTo(touchpoints - journeys);
        assertThat(count("""
            MATCH (a:Touchpoint)-[n:NEXT]->(b:Touchpoint)
            WHERE n.handoff <> (a.businessUnit <> b.businessUnit)
               OR n.gapSeconds <> duration.inSeconds(a.at, b.at).seconds
            RETURN count(n) AS n""")).isZero();
        assertThat(count("MATCH ()-[n:NEXT {handoff: true}]->() RETURN count(n) AS n")).isPositive();
    }

    @Test
    void the_metrics_job_precomputes_aggregates_of_one_run_that_agree_with_the_graph() {
        Map<String, Object> snapshot = graph.run("""
            MATCH (m:MetricSnapshot) RETURN m.runId AS runId, m.customers AS customers, m.maxPathSteps AS maxPathSteps""")
            .get(0);
        String runId = (String) snapshot.get("runId");
        assertThat(((Number) snapshot.get("customers")).longValue()).isEqualTo(count("MATCH (c:Customer) RETURN count(c) AS n"));
        assertThat(graph.run("""
            MATCH (n) WHERE (n:FlowStat OR n:JourneySummary OR n:HandoffStat OR n:UnitStat OR n:WeeklyStat)
              AND n.runId <> $runId RETURN n LIMIT 1""", Map.of("runId", runId))).isEmpty();
        long journeys = count("MATCH (:Customer)-[f:FIRST_TOUCH]->() RETURN count(f) AS n");
        assertThat(count("MATCH (s:JourneySummary) RETURN count(s) AS n")).isEqualTo(journeys).isPositive();
        assertThat(((Number) snapshot.get("maxPathSteps")).intValue())
            .as("paths are counted by the API over the summaries, cut to the job's length").isEqualTo(5);
        assertThat(count("MATCH (p:PathStat) RETURN count(p) AS n")).isZero();
        assertThat(count("MATCH (h:HandoffStat) RETURN sum(h.volume) AS n"))
            .isEqualTo(count("MATCH ()-[n:NEXT {handoff: true}]->() RETURN count(n) AS n"));
        assertThat(count("MATCH (w:WeeklyStat) RETURN sum(w.touchpoints) AS n"))
            .isEqualTo(count("MATCH (t:Touchpoint) WHERE t.customerId IS NOT NULL RETURN count(t) AS n"));
    }

    @Test
    void rows_the_generator_made_invalid_are_in_their_source_quarantine_under_the_canonical_field() {
        SourcesConfig config = SourcesYaml.load(sources).config();
        List<Map<String, String>> dirty = readCsv(work.resolve("company/truth/dirty_rows.csv"));
        assertThat(dirty).isNotEmpty();
        for (Map<String, String> row : dirty) {
            SourceDefinition source = config.source(row.get("source")).orElseThrow();
            List<String> quarantined = jsonLines(work.resolve("quarantine/source=" + source.name()));
            assertThat(quarantined).allMatch(l -> l.contains("\"reason\":"));
            String id = row.get("id");
            Set<String> fields = canonicalFieldsOf(source, row.get("field"));
            assertThat(quarantined)
                .as("quarantine of %s has an entry for %s (canonical field %s)", source.name(), row, fields)
                .anyMatch(l -> (id.isEmpty() ? !l.contains("\"record\":") : l.contains("\"record\":\"" + id + "\""))
                    && fields.stream().anyMatch(f -> l.contains("\"field\":\"" + f + "\"")));
        }
    }

    /** The canonical field(s) a source column feeds: a mapping entry, or a consent flag or date. */
    private static Set<String> canonicalFieldsOf(SourceDefinition source, String column) {
        Set<String> fields = new HashSet<>();
        source.mapping().forEach((field, columns) -> {
            if (columns.contains(column)) {
                fields.add(field);
            }
        });
        source.consents().forEach(c -> {
            if (column.equals(c.granted())) {
                fields.add("consents." + c.purpose());
            }
            if (column.equals(c.at())) {
                fields.add("consents." + c.purpose() + ".at");
            }
        });
        assertThat(fields).as("column %s of %s is mapped", column, source.name()).isNotEmpty();
        return fields;
    }

    @Test
    void running_the_pipeline_again_gives_the_same_graph_and_the_same_customer_ids() {
        assertThat(runPipeline()).isZero();

        assertThat(counts()).isEqualTo(firstRunCounts);
        assertThat(assignments()).isEqualTo(firstRunAssignments);
    }

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        graph.run("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label")
            .forEach(r -> counts.put(":" + r.get("label"), ((Number) r.get("n")).longValue()));
        graph.run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type")
            .forEach(r -> counts.put("-" + r.get("type") + "-", ((Number) r.get("n")).longValue()));
        return counts;
    }

    private static Map<String, String> assignments() {
        return graph.run("MATCH (c:Customer)-[:HAS_RECORD]->(r:SourceRecord) RETURN r.key AS record, c.id AS customer").stream()
            .collect(Collectors.toMap(r -> (String) r.get("record"), r -> (String) r.get("customer")));
    }

    private static long count(String query) {
        return ((Number) graph.run(query).get(0).get("n")).longValue();
    }

    private static List<String> jsonLines(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".json")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Truth files are plain CSV written by the generator: a header, commas, double quotes around text with commas. */
    static List<Map<String, String>> readCsv(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<String> header = split(lines.get(0));
            return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> {
                List<String> cells = split(l);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
                }
                return row;
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
