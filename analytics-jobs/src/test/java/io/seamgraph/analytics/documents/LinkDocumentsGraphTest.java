package io.seamgraph.analytics.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.seamgraph.analytics.resolve.ResolveJob;
import io.seamgraph.analytics.resolve.ResolveOptions;
import io.seamgraph.contract.SourcesYaml;
import io.seamgraph.graph.Neo4jConnection;
import io.seamgraph.ingest.IngestJob;
import io.seamgraph.ingest.IngestOptions;
import io.seamgraph.job.Progress;
import io.seamgraph.testsupport.CypherFixtures;
import io.seamgraph.testsupport.Neo4jServer;
import io.seamgraph.testsupport.Neo4jServerExtension;
import io.seamgraph.testsupport.SparkSessionExtension;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Ingest of the document test files, resolve, then the link step, on a real Neo4j over Bolt; then once more. */
@ExtendWith({Neo4jServerExtension.class, SparkSessionExtension.class})
class LinkDocumentsGraphTest {

    // The documents, profiles and orders written for ingest's own tests: one set of real files for both modules.
    private static final Path SOURCES = Path.of("").toAbsolutePath().getParent()
        .resolve("ingest/src/test/resources/documents/sources.yaml");

    @TempDir
    Path quarantine;

    @Test
    void documents_are_linked_by_the_most_trusted_evidence_and_the_rest_keep_a_reason(SparkSession spark, Neo4jServer server) {
        Neo4jConnection neo4j = new Neo4jConnection(server.boltUri(), null, null, null);
        Progress quiet = new Progress(new PrintStream(PrintStream.nullOutputStream()), "test");
        try (CypherFixtures graph = CypherFixtures.connect(server)) {
            graph.wipe();
            new IngestJob(spark, new IngestOptions(quarantine.toString(), neo4j, 100), quiet).run(SourcesYaml.load(SOURCES));
            new ResolveJob(spark, new ResolveOptions(neo4j, 10, 100), quiet).run();

            DocumentLinkSummary summary = new LinkDocumentsJob(spark, neo4j, 100, quiet).run();
            List<Map<String, Object>> first = links(graph);
            new LinkDocumentsJob(spark, neo4j, 100, quiet).run();

            assertThat(summary.documents()).isEqualTo(15);
            assertThat(links(graph)).as("a second run gives the same links").isEqualTo(first);
            Map<String, String> sam = customerOf(graph, "shop:A1");
            assertThat(first).contains(
                row("support_mail:m1-abc@example.com", true, "author-email", null, sam),
                // Outbound: the recipient is the customer.
                row("support_mail:r1-xyz@example-company.co.uk", true, "author-email", null, sam),
                row("calls:call-0001.txt", true, "author-phone", null, sam),
                // A Windows-1252 transcript: its Caller header normalised as profile phones are.
                row("calls:call-cp1252.txt", true, "author-phone", null, customerOf(graph, "shop:A3")),
                row("chats:chat-0001", true, "author-email", null, sam),
                row("product_reviews:r1", true, "author-handle", null, sam),
                // The letter names an order of Jo's: linked through the order touchpoint.
                row("letters:letter.pdf", true, "order-number", null, customerOf(graph, "shop:A3")),
                row("letters:sofa.docx", true, "account", null, sam),
                row("mail_archive:mb1@example.org", true, "author-email", null, customerOf(graph, "shop:A2")),
                row("product_reviews:r2", false, null, "no-known-customer", null),
                row("mail_archive:mb3@example.net", false, null, "no-known-customer", null));
            // The post names Jo's handle and Sam's account, both in its body and by its author (Jo): the author wins.
            assertThat(first).contains(row("social_posts:p1", true, "author-handle", null, customerOf(graph, "shop:A3")));
            assertThat(graph.run("""
                MATCH (t:Touchpoint {key: 'calls:call-0001.txt'})-[:OF_RECORD]->(r:SourceRecord)<-[:HAS_RECORD]-(c:Customer)
                      -[:HAS_DOCUMENT {method: 'author-phone'}]->(:Document {key: 'calls:call-0001.txt'})
                RETURN r.key AS r"""))
                .extracting(m -> m.get("r")).containsExactly("shop:A1");
            assertThat(graph.run("MATCH (d:Document) WHERE d.linked IS NULL RETURN count(d) AS n").get(0).get("n")).isEqualTo(0L);
        }
    }

    private static Map<String, String> customerOf(CypherFixtures graph, String record) {
        Object id = graph.run("MATCH (c:Customer)-[:HAS_RECORD]->(:SourceRecord {key: $k}) RETURN c.id AS id", Map.of("k", record))
            .get(0).get("id");
        return Map.of("customerId", id.toString());
    }

    private static Map<String, Object> row(String key, boolean linked, String method, String reason, Map<String, String> customer) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("key", key);
        m.put("linked", linked);
        m.put("method", method);
        m.put("reason", reason);
        m.put("customerId", customer == null ? null : customer.get("customerId"));
        return m;
    }

    private static List<Map<String, Object>> links(CypherFixtures graph) {
        return graph.run("""
            MATCH (d:Document)
            OPTIONAL MATCH (c:Customer)-[h:HAS_DOCUMENT]->(d)
            RETURN d.key AS key, d.linked AS linked, d.linkMethod AS method, d.unlinkedReason AS reason, c.id AS customerId
            ORDER BY key""");
    }
}
