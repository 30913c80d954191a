package io.seamgraph.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(LocalSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MESSAGE_ID = Pattern.compile("(?m)^Message-ID: <([^>]+)>$");

    Path plain;
    Path with;
    Path again;

    @BeforeAll
    void generate(SparkSession spark, @TempDir Path dir) {
        plain = dir.resolve("plain");
        with = dir.resolve("with");
        again = dir.resolve("again");
        SampleCompanyGenerator.generate(GeneratorOptions.of(300, 5, plain));
        SampleCompanyGenerator.generate(GeneratorOptions.of(300, 5, with).withDocuments(true));
        SampleCompanyGenerator.generate(GeneratorOptions.of(300, 5, again).withDocuments(true));
    }

    @Test
    void documents_leave_every_other_file_byte_identical() throws Exception {
        Map<String, String> without = hashes(plain);
        Map<String, String> withDocs = hashes(with);

        assertThat(without.keySet()).noneMatch(f -> f.startsWith("documents/")).doesNotContain("truth/documents.csv");
        without.forEach((file, hash) -> {
            if (!file.equals("sources.yaml")) {
                assertThat(withDocs.get(file)).as(file).isEqualTo(hash);
            }
        });
        assertThat(withDocs.keySet()).contains("truth/documents.csv", "documents/reviews.jsonl",
            "documents/social.jsonl", "documents/emails/archive.mbox");
    }

    @Test
    void the_same_seed_writes_the_same_documents_and_times() throws Exception {
        Map<String, String> a = hashes(with);
        Map<String, String> b = hashes(again);
        assertThat(b).isEqualTo(a);
        try (Stream<Path> calls = Files.list(with.resolve("documents/calls"))) {
            for (Path call : calls.toList()) {
                Path other = again.resolve("documents/calls").resolve(call.getFileName());
                assertThat(Files.getLastModifiedTime(other)).isEqualTo(Files.getLastModifiedTime(call));
            }
        }
    }

    @Test
    void every_truth_row_names_a_written_document_and_every_readable_document_has_a_row() throws Exception {
        List<Map<String, String>> truth = truth(with);
        Set<String> keys = new HashSet<>();
        truth.forEach(row -> assertThat(keys.add(row.get("documentKey"))).as(row.get("documentKey")).isTrue());

        Set<String> written = new HashSet<>();
        Path docs = with.resolve("documents");
        jsonl(docs.resolve("reviews.jsonl")).forEach(r -> written.add("product_reviews:" + r.get("review_id").asText()));
        jsonl(docs.resolve("social.jsonl")).forEach(r -> written.add("social_posts:" + r.get("post_id").asText()));
        for (Path chat : list(docs.resolve("chats"))) {
            if (!chat.getFileName().toString().contains("BROKEN")) {
                JsonNode transcript = JSON.readTree(chat.toFile());
                assertThat(chat.getFileName().toString()).isEqualTo(transcript.get("id").asText() + ".json");
                written.add("support_chats:" + transcript.get("id").asText());
            }
        }
        for (Path call : list(docs.resolve("calls"))) {
            assertThat(Files.readAllLines(call).get(0)).matches("Caller: (\\+44\\d{10}|withheld)");
            written.add("support_calls:" + call.getFileName());
        }
        for (Path eml : list(docs.resolve("emails"))) {
            if (eml.toString().endsWith(".eml")) {
                Matcher m = MESSAGE_ID.matcher(Files.readString(eml));
                assertThat(m.find()).as(eml.toString()).isTrue();
                written.add("support_emails:" + m.group(1));
            }
        }
        String mbox = Files.readString(docs.resolve("emails/archive.mbox"));
        Matcher m = MESSAGE_ID.matcher(mbox);
        while (m.find()) {
            written.add("billing_mailbox:" + m.group(1));
        }
        written.add("customer_letters:letter-0001.html");

        assertThat(keys).isEqualTo(written);
        assertThat(truth.size()).isGreaterThan(100);
        assertThat(keys).anyMatch(k -> k.startsWith("support_chats:")).anyMatch(k -> k.startsWith("support_calls:"))
            .anyMatch(k -> k.startsWith("support_emails:")).anyMatch(k -> k.startsWith("billing_mailbox:"))
            .anyMatch(k -> k.startsWith("product_reviews:")).anyMatch(k -> k.startsWith("social_posts:"));
    }

    @Test
    void a_transcript_or_e_mail_names_the_logged_touch_of_its_person_it_transcribes_and_nothing_else_does() throws Exception {
        Map<String, String> personOfTouch = new HashMap<>();
        List<String> interactions = Files.readAllLines(with.resolve("truth/interactions.csv"));
        for (String line : interactions.subList(1, interactions.size())) {
            String[] cells = line.split(",", -1);
            personOfTouch.put(cells[0] + ":" + cells[1], cells[2]);
        }
        List<Map<String, String>> truth = truth(with);
        for (Map<String, String> row : truth) {
            String key = row.get("documentKey");
            String source = key.substring(0, key.indexOf(':'));
            String touch = row.get("touchpointKey");
            if (Set.of("product_reviews", "social_posts", "customer_letters").contains(source)) {
                assertThat(touch).as(key).isEmpty();
            } else {
                assertThat(touch).as(key).matches(source.equals("billing_mailbox") ? "billing_messages:.+"
                    : "(helpdesk_tickets|billing_messages):.+");
                assertThat(personOfTouch.get(touch)).as(key + " -> " + touch).isEqualTo(row.get("personId"));
            }
        }
        assertThat(truth).anyMatch(r -> r.get("touchpointKey").startsWith("helpdesk_tickets:"))
            .anyMatch(r -> r.get("touchpointKey").startsWith("billing_messages:"));
    }

    @Test
    void truth_rows_name_real_persons_labels_of_the_taxonomy_and_promises_the_text_states() throws Exception {
        Set<String> persons = new HashSet<>();
        Files.readAllLines(with.resolve("truth/persons.csv")).stream().skip(1)
            .forEach(line -> persons.add(line.substring(0, line.indexOf(','))));
        Set<String> topics = Set.of("delivery", "refund", "billing_query", "product_question", "account_access",
            "order", "invoice", "payment", "complaint", "praise", "marketing_preferences");
        List<Map<String, String>> truth = truth(with);
        int anonymous = 0;
        int promises = 0;
        for (Map<String, String> row : truth) {
            String key = row.get("documentKey");
            if (row.get("personId").isEmpty()) {
                anonymous++;
            } else {
                assertThat(persons).as(key).contains(row.get("personId"));
            }
            assertThat(row.get("sentiment")).as(key).isIn("negative", "neutral", "positive");
            assertThat(topics).as(key).contains(row.get("topic"));
            assertThat(row.get("promiseType").isEmpty()).as(key).isEqualTo(row.get("promiseDueAt").isEmpty());
            if (!row.get("promiseType").isEmpty()) {
                promises++;
                assertThat(row.get("promiseType")).isIn("callback", "refund");
                assertThat(row.get("promiseDueAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
                assertThat(documentText(key)).contains("within");
            }
        }
        assertThat(anonymous).isGreaterThanOrEqualTo(3);
        assertThat(promises).isPositive();
        assertThat(truth.stream().map(r -> r.get("sentiment")).distinct()).hasSize(3);
    }

    @Test
    void people_are_more_negative_after_their_silo_gap() throws Exception {
        Map<String, String> injected = new HashMap<>();
        List<String> lines = Files.readAllLines(with.resolve("truth/persons.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int gapColumn = header.indexOf("injected_gap");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            injected.put(cells[0], cells[gapColumn]);
        }
        int gapDocs = 0;
        int gapNegative = 0;
        int otherDocs = 0;
        int otherNegative = 0;
        for (Map<String, String> row : truth(with)) {
            String gap = injected.get(row.get("personId"));
            if (gap == null) {
                continue;
            }
            boolean negative = row.get("sentiment").equals("negative");
            if (gap.isEmpty()) {
                otherDocs++;
                otherNegative += negative ? 1 : 0;
            } else {
                gapDocs++;
                gapNegative += negative ? 1 : 0;
            }
        }
        assertThat(gapDocs).isGreaterThan(5);
        assertThat((double) gapNegative / gapDocs).isGreaterThan((double) otherNegative / otherDocs + 0.1);
    }

    @Test
    void sources_yaml_declares_the_document_sources_only_with_documents() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode plainSources = yaml.readTree(plain.resolve("sources.yaml").toFile()).get("sources");
        JsonNode docSources = yaml.readTree(with.resolve("sources.yaml").toFile()).get("sources");

        assertThat(plainSources).hasSize(13).noneMatch(s -> s.get("kind").asText().equals("document"));
        List<String> names = new ArrayList<>();
        docSources.forEach(s -> {
            if (s.get("kind").asText().equals("document")) {
                names.add(s.get("name").asText());
            }
        });
        assertThat(names).containsExactly("product_reviews", "social_posts", "support_chats", "support_calls",
            "support_emails", "billing_mailbox", "customer_letters");
        for (int i = 0; i < 13; i++) {
            assertThat(docSources.get(i)).isEqualTo(plainSources.get(i));
        }
    }

    private String documentText(String key) throws IOException {
        String source = key.substring(0, key.indexOf(':'));
        String id = key.substring(key.indexOf(':') + 1);
        Path docs = with.resolve("documents");
        return switch (source) {
            case "support_chats" -> Files.readString(docs.resolve("chats").resolve(id + ".json"));
            case "support_calls" -> Files.readString(docs.resolve("calls").resolve(id));
            default -> throw new IllegalStateException("no promise expected in " + key);
        };
    }

    private static List<Map<String, String>> truth(Path company) throws IOException {
        List<String> lines = Files.readAllLines(company.resolve("truth/documents.csv"));
        assertThat(lines.get(0)).isEqualTo("documentKey,personId,sentiment,topic,promiseType,promiseDueAt,touchpointKey");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells).as(line).hasSize(7);
            Map<String, String> row = new HashMap<>();
            String[] names = lines.get(0).split(",");
            for (int i = 0; i < names.length; i++) {
                row.put(names[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<JsonNode> jsonl(Path file) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            rows.add(JSON.readTree(line));
        }
        return rows;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(p).toString().replace('\\', '/'),
                    HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        }
        return hashes;
    }
}
