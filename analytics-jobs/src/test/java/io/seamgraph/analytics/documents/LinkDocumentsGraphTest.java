package io.seamgraph.analytics.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest of the document test files (and a helpdesk that logged some of the contacts they transcribe), resolve, then
 * the link step, on a real Neo4j over Bolt; then once more, and then ingest and link again.
 */
@ExtendWith({Neo4jServerExtension.class, SparkSessionExtension.class})
class LinkDocumentsGraphTest {

    // The documents, profiles and orders written for ingest's own tests: one set of real files for both modules.
    private static final Path DOCUMENTS = Path.of("").toAbsolutePath().getParent()
        .resolve("ingest/src/test/resources/documents");

    // A helpdesk that logged some of the contacts the documents transcribe, added to a copy of those files: the chat
    // names its ticket (TCK-1, 20 minutes from the ticket's chat message, with a reply on e-mail nearer in time); the
    // call is 10 minutes from a logged phone call; the inbound e-mail is 35 minutes from a logged one (outside the
    // tolerance) and the outbound reply 10 minutes from that inbound one (other direction): both keep their own.
    private static final String HELPDESK_SOURCE = """
          - name: helpdesk
            system: helpdesk
            kind: interaction
            businessUnit: customer_service
            personSystem: shop
            format: jsonl
            location: helpdesk/messages.jsonl
            mapping: {interactionId: id, personId: person, timestamp: at, channel: channel, direction: direction,
                      type: type, topic: topic, caseId: ticket, promiseType: promise, promiseDueAt: due}
        """;
    private static final String HELPDESK_MESSAGES = """
        {"id":"M-1","person":"A1","at":"2026-03-01T09:40:00Z","channel":"chat","direction":"inbound","type":"message","ticket":"TCK-1","promise":"refund","due":"2026-03-20T00:00:00Z"}
        {"id":"M-2","person":"A1","at":"2026-03-01T10:05:00Z","channel":"email","direction":"outbound","type":"reply","ticket":"TCK-1"}
        {"id":"M-3","person":"A1","at":"2026-03-03T14:10:00Z","channel":"phone","direction":"inbound","type":"call","topic":"complaint"}
        {"id":"M-4","person":"A1","at":"2026-03-02T08:50:00Z","channel":"email","direction":"inbound","type":"message"}
        """;

    @TempDir
    Path quarantine;

    @TempDir
    Path company;

    private Path sources() throws IOException {
        try (Stream<Path> files = Files.walk(DOCUMENTS)) {
            for (Path f : files.toList()) {
                Path target = company.resolve(DOCUMENTS.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Path chat = company.resolve("chats/chat-0001.json");
        Files.writeString(chat, Files.readString(chat).replaceFirst("\\{", "{\"caseId\": \"TCK-1\", "));
        Files.createDirectories(company.resolve("helpdesk"));
        Files.writeString(company.resolve("helpdesk/messages.jsonl"), HELPDESK_MESSAGES);
        Path yaml = company.resolve("sources.yaml");
        Files.writeString(yaml, Files.readString(yaml) + HELPDESK_SOURCE);
        return yaml;
    }

    @Test
    void documents_are_linked_by_the_most_trusted_evidence_and_the_rest_keep_a_reason(SparkSession spark, Neo4jServer server)
        throws IOException {
        Neo4jConnection neo4j = new Neo4jConnection(server.boltUri(), null, null, null);
        Progress quiet = new Progress(new PrintStream(PrintStream.nullOutputStream()), "test");
        Path sources = sources();
        try (CypherFixtures graph = CypherFixtures.connect(server)) {
            graph.wipe();
            new IngestJob(spark, new IngestOptions(quarantine.toString(), neo4j, 100), quiet).run(SourcesYaml.load(sources));
            new ResolveJob(spark, new ResolveOptions(neo4j, 10, 100), quiet).run();

            DocumentLinkSummary summary = new LinkDocumentsJob(spark, neo4j, 100, quiet).run();
            List<Map<String, Object>> first = links(graph);
            List<Map<String, Object>> touchpoints = touchpoints(graph);
            List<Map<String, Object>> census = census(graph);
            new LinkDocumentsJob(spark, neo4j, 100, quiet).run();

            assertThat(summary.documents()).isEqualTo(15);
            assertThat(summary.attached()).containsOnly(Map.entry("case-id", 1L), Map.entry("channel-time", 1L));
            assertThat(links(graph)).as("a second run gives the same links").isEqualTo(first);
            assertThat(touchpoints(graph)).as("a second run gives the same touchpoints").isEqualTo(touchpoints);
            assertThat(census(graph)).as("a second run gives the same graph").isEqualTo(census);

            attachmentsHold(graph);
            // Ingest again: it MERGEs the attached documents' own touchpoints back; the link step removes them again.
            new IngestJob(spark, new IngestOptions(quarantine.toString(), neo4j, 100), quiet).run(SourcesYaml.load(sources));
            new ResolveJob(spark, new ResolveOptions(neo4j, 10, 100), quiet).run();
            new LinkDocumentsJob(spark, neo4j, 100, quiet).run();
            assertThat(touchpoints(graph)).as("ingest + link again gives the same touchpoints").isEqualTo(touchpoints);
            assertThat(census(graph)).as("ingest + link again gives the same graph").isEqualTo(census);
            attachmentsHold(graph);

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
                MATCH (t:Touchpoint {key: 'calls:call-cp1252.txt'})-[:OF_RECORD]->(r:SourceRecord)<-[:HAS_RECORD]-(c:Customer)
                      -[:HAS_DOCUMENT {method: 'author-phone'}]->(:Document {key: 'calls:call-cp1252.txt'})
                RETURN r.key AS r"""))
                .extracting(m -> m.get("r")).containsExactly("shop:A3");
            assertThat(graph.run("MATCH (d:Document) WHERE d.linked IS NULL RETURN count(d) AS n").get(0).get("n")).isEqualTo(0L);
        }
    }

    private static void attachmentsHold(CypherFixtures graph) {
        assertThat(graph.run("""
            MATCH (t:Touchpoint)-[:HAS_DOCUMENT]->(d:Document)
            WHERE d.attachedTo IS NOT NULL
            RETURN d.key AS doc, t.key AS touchpoint, d.attachedTo AS attachedTo, d.attachMethod AS method ORDER BY doc"""))
            .containsExactly(
                Map.of("doc", "calls:call-0001.txt", "touchpoint", "helpdesk:M-3", "attachedTo", "helpdesk:M-3",
                    "method", "channel-time"),
                Map.of("doc", "chats:chat-0001", "touchpoint", "helpdesk:M-1", "attachedTo", "helpdesk:M-1",
                    "method", "case-id"));
        assertThat(graph.run("MATCH (t:Touchpoint) WHERE t.key IN ['calls:call-0001.txt', 'chats:chat-0001'] RETURN t.key AS k"))
            .as("an attached document's own touchpoint is gone").isEmpty();
        // The helpdesk touchpoints keep their own record: the clean-up of document touchpoints' records spares them.
        assertThat(graph.run("""
            MATCH (t:Touchpoint)-[:OF_RECORD]->(r:SourceRecord)
            WHERE t.key STARTS WITH 'helpdesk:'
            RETURN t.key AS t, r.key AS r ORDER BY t"""))
            .containsExactly(Map.of("t", "helpdesk:M-1", "r", "shop:A1"), Map.of("t", "helpdesk:M-2", "r", "shop:A1"),
                Map.of("t", "helpdesk:M-3", "r", "shop:A1"), Map.of("t", "helpdesk:M-4", "r", "shop:A1"));
        // M-1 keeps its own promise (the chat's words do not replace it) and takes the chat's topic only if it has
        // one; M-3 keeps its topic and takes the promise it lacked (a callback, from the call transcript's words).
        Map<String, Object> m1 = graph.run("""
            MATCH (t:Touchpoint {key: 'helpdesk:M-1'})-[:HAS_DOCUMENT]->(d:Document)
            RETURN t.promiseType AS promise, toString(t.promiseDueAt) AS due, t.promiseFromText AS fromText,
                   t.topic AS topic, d.topic AS documentTopic, t.topicFromDocument AS topicFromDocument""").get(0);
        assertThat(m1).containsEntry("promise", "refund").containsEntry("due", "2026-03-20T00:00:00Z")
            .containsEntry("fromText", null).containsEntry("topic", m1.get("documentTopic"))
            .containsEntry("topicFromDocument", m1.get("documentTopic") == null ? null : true);
        assertThat(graph.run("""
            MATCH (t:Touchpoint {key: 'helpdesk:M-3'})
            RETURN t.topic AS topic, t.promiseType AS promise, t.promiseFromText AS fromText""").get(0))
            .containsEntry("topic", "complaint").containsEntry("promise", "callback").containsEntry("fromText", true);
        // The inbound e-mail 35 minutes from M-4 and the outbound reply 10 minutes from it stay touchpoints of their own.
        assertThat(graph.run("""
            MATCH (t:Touchpoint)-[:HAS_DOCUMENT]->(d:Document)
            WHERE d.key IN ['support_mail:m1-abc@example.com', 'support_mail:r1-xyz@example-company.co.uk']
            MATCH (t)-[:OF_RECORD]->(r:SourceRecord)
            RETURN t.key AS t, t.fromDocument AS fromDocument, r.key AS r, d.attachedTo AS attachedTo ORDER BY t"""))
            .extracting(r -> r.get("t"), r -> r.get("fromDocument"), r -> r.get("r"), r -> r.get("attachedTo"))
            .containsExactly(
                tuple("support_mail:m1-abc@example.com", true, "shop:A1", null),
                tuple("support_mail:r1-xyz@example-company.co.uk", true, "shop:A1", null));
    }

    private static List<Map<String, Object>> touchpoints(CypherFixtures graph) {
        return graph.run("""
            MATCH (t:Touchpoint)
            OPTIONAL MATCH (t)-[:OF_RECORD]->(r:SourceRecord)
            OPTIONAL MATCH (t)-[:HAS_DOCUMENT]->(d:Document)
            RETURN t.key AS key, properties(t) AS properties, collect(DISTINCT r.key) AS records,
                   collect(DISTINCT d.key) AS documents
            ORDER BY key""");
    }

    private static List<Map<String, Object>> census(CypherFixtures graph) {
        return graph.run("""
            CALL { MATCH (n) RETURN labels(n)[0] AS what, count(*) AS n
                   UNION ALL MATCH ()-[r]->() RETURN type(r) AS what, count(*) AS n }
            RETURN what, n ORDER BY what""");
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
