package io.seamgraph.ingest.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.seamgraph.contract.SourcesFile;
import io.seamgraph.contract.SourcesYaml;
import io.seamgraph.graph.Neo4jConnection;
import io.seamgraph.ingest.IngestJob;
import io.seamgraph.ingest.IngestOptions;
import io.seamgraph.ingest.IngestSummary;
import io.seamgraph.ingest.SourceCounts;
import io.seamgraph.job.Progress;
import io.seamgraph.testsupport.CypherFixtures;
import io.seamgraph.testsupport.Neo4jServer;
import io.seamgraph.testsupport.Neo4jServerExtension;
import io.seamgraph.testsupport.SparkSessionExtension;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Ingest of every document format into a real Neo4j over Bolt, from the files in test resources. */
@ExtendWith({Neo4jServerExtension.class, SparkSessionExtension.class})
class DocumentIngestGraphTest {

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

    private IngestSummary ingest(SparkSession spark) throws Exception {
        SourcesFile sources = SourcesYaml.load(Path.of(getClass().getResource("/documents/sources.yaml").toURI()));
        IngestOptions options = new IngestOptions(quarantine.toString(), new Neo4jConnection(server.boltUri(), null, null, null), 50);
        return new IngestJob(spark, options, new Progress(new PrintStream(PrintStream.nullOutputStream()), "test")).run(sources);
    }

    private long count(String query) {
        return ((Number) graph.run(query).get(0).get("n")).longValue();
    }

    @Test
    void every_format_becomes_documents_with_mentions_touchpoints_and_bad_files_go_to_quarantine(SparkSession spark) throws Exception {
        IngestSummary summary = ingest(spark);

        assertThat(summary.sources()).filteredOn(c -> c.kind().equals("document"))
            .extracting(SourceCounts::source, SourceCounts::read, SourceCounts::accepted, SourceCounts::rejected)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("calls", 3L, 2L, 1L),
                org.assertj.core.groups.Tuple.tuple("chats", 2L, 1L, 1L),
                org.assertj.core.groups.Tuple.tuple("letters", 5L, 3L, 2L),
                org.assertj.core.groups.Tuple.tuple("mail_archive", 3L, 3L, 0L),
                org.assertj.core.groups.Tuple.tuple("product_reviews", 3L, 2L, 1L),
                org.assertj.core.groups.Tuple.tuple("social_posts", 2L, 2L, 0L),
                org.assertj.core.groups.Tuple.tuple("support_mail", 2L, 2L, 0L));
        assertThat(count("MATCH (d:Document) RETURN count(d) AS n")).isEqualTo(15);

        assertThat(graph.run("""
            MATCH (d:Document {key: 'support_mail:m1-abc@example.com'})
            RETURN d.direction AS direction, d.language AS language, valueType(d.at) AS at, d.sentences AS sentences""").get(0))
            .containsEntry("direction", "inbound").containsEntry("language", "eng").containsEntry("at", "ZONED DATETIME NOT NULL");
        assertThat(graph.run("""
            MATCH (d:Document {key: 'support_mail:m1-abc@example.com'})-[m:MENTIONS]->(i:Identity)
            RETURN m.role + ' ' + i.key AS mention ORDER BY mention"""))
            .extracting(r -> r.get("mention"))
            .containsExactly("author email:sam.smith@example.com", "recipient email:support@example-company.co.uk");
        assertThat(graph.run("MATCH (d:Document {key: 'support_mail:m1-abc@example.com'})-[:MENTIONS_ORDER]->(t:Touchpoint) RETURN t.key AS k"))
            .extracting(r -> r.get("k")).containsExactly("shop_orders:ORD-123456");
        assertThat(graph.run("MATCH (d:Document {key: 'social_posts:p1'})-[:MENTIONS]->(i:Identity) RETURN i.key AS k ORDER BY k"))
            .extracting(r -> r.get("k")).containsExactly("account:ACC12345678", "handle:acmehome", "handle:jo_b");

        // Outbound mail: its promise and brand markers; as an interaction document it is a touchpoint too.
        assertThat(graph.run("""
            MATCH (t:Touchpoint {key: 'support_mail:r1-xyz@example-company.co.uk'})-[:HAS_DOCUMENT]->(d:Document),
                  (t)-[:VIA]->(c:Channel), (t)-[:BY_UNIT]->(b:BusinessUnit)
            RETURN t.type AS type, c.key AS channel, b.key AS unit, t.promiseType AS promise, toString(t.promiseDueAt) AS due,
                   t.promiseFromText AS fromText, d.brandMarkers AS markers""").get(0))
            .containsEntry("type", "email").containsEntry("channel", "email").containsEntry("unit", "customer_service")
            .containsEntry("promise", "delivery").containsEntry("due", "2026-03-06T23:59:59Z")
            .containsEntry("fromText", true).containsEntry("markers", List.of("Acme Home"));
        // Reviews and posts are documents but not touchpoints.
        assertThat(count("MATCH (t:Touchpoint {key: 'product_reviews:r1'}) RETURN count(t) AS n")).isZero();
        assertThat(count("MATCH (t:Touchpoint)-[:HAS_DOCUMENT]->(:Document) RETURN count(t) AS n")).isEqualTo(11);
        assertThat(graph.run("MATCH (d:Document {key: 'calls:call-0001.txt'}) RETURN d.authorPhone AS p, d.promiseType AS t").get(0))
            .containsEntry("p", "+447911123456").containsEntry("t", "callback");
        assertThat(graph.run("MATCH (d:Document {key: 'calls:call-cp1252.txt'})-[:MENTIONS {role: 'author'}]->(i) RETURN i.key AS k"))
            .extracting(r -> r.get("k")).containsExactly("phone:+447911654321");
        assertThat(graph.run("MATCH (d:Document {key: 'letters:letter.pdf'}) RETURN d.text AS text").get(0).get("text").toString())
            .contains("ORD-481516");

        List<String> quarantined = quarantineLines();
        assertThat(quarantined).filteredOn(l -> l.contains("corrupt.pdf")).singleElement().asString().contains("unparseable");
        assertThat(quarantined).filteredOn(l -> l.contains("oversize.html")).singleElement().asString().contains("over maxBytes");
        assertThat(quarantined).filteredOn(l -> l.contains("call-binary.txt")).singleElement().asString().contains("unknown encoding");
        assertThat(quarantined).filteredOn(l -> l.contains("chat-broken.json")).singleElement().asString().contains("not a JSON transcript");
        assertThat(quarantined).filteredOn(l -> l.contains("\"record\":\"r3\"")).singleElement().asString().contains("no text");
    }

    @Test
    void ingesting_the_documents_twice_gives_the_same_graph(SparkSession spark) throws Exception {
        ingest(spark);
        String census = "MATCH (n) WITH labels(n) AS l, count(*) AS c RETURN l, c ORDER BY l";
        String rels = "MATCH ()-[r]->() WITH type(r) AS t, count(*) AS c RETURN t, c ORDER BY t";
        List<Map<String, Object>> nodes = graph.run(census);
        List<Map<String, Object>> relationships = graph.run(rels);

        ingest(spark);

        assertThat(graph.run(census)).isEqualTo(nodes);
        assertThat(graph.run(rels)).isEqualTo(relationships);
    }

    private List<String> quarantineLines() throws IOException {
        try (Stream<Path> files = Files.walk(quarantine)) {
            return files.filter(p -> p.toString().endsWith(".json")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
