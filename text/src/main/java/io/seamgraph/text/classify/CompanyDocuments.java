package io.seamgraph.text.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled documents of a company written by {@code seamgraph generate --documents}: each row of
 * {@code truth/documents.csv} with the text ingest would take from the file (review body, post text, a transcript's
 * turns joined, a call file, an e-mail's body, a letter's text). Reads the generator's own layout only, so that the
 * classifiers can be measured without the ingest.
 */
public final class CompanyDocuments {

    static final String TRUTH = "truth/documents.csv";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MESSAGE_ID = Pattern.compile("(?m)^Message-ID: <([^>]+)>$");

    private CompanyDocuments() {
    }

    public static List<LabelledText> read(Path company) {
        Path truth = company.resolve(TRUTH);
        if (!Files.isRegularFile(truth)) {
            throw new IllegalArgumentException("no " + TRUTH + " in " + company
                + ": generate the company with documents (seamgraph generate --documents --out " + company + ")");
        }
        try {
            Map<String, String> texts = texts(company.resolve("documents"));
            List<String> lines = Files.readAllLines(truth, StandardCharsets.UTF_8);
            List<LabelledText> out = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String[] cells = lines.get(i).split(",", -1);
                String where = truth + " line " + (i + 1);
                // Columns after promiseDueAt (touchpointKey, for evaluate-documents) are not needed here.
                if (cells.length < 6) {
                    throw new IllegalArgumentException(where + ": expected at least 6 columns, found " + cells.length);
                }
                String text = texts.get(cells[0]);
                if (text == null) {
                    throw new IllegalArgumentException(where + ": no document " + cells[0] + " under "
                        + company.resolve("documents"));
                }
                out.add(new LabelledText(where, cells[2], cells[3], text));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the documents of " + company, e);
        }
    }

    private static Map<String, String> texts(Path docs) throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (JsonNode r : jsonl(docs.resolve("reviews.jsonl"))) {
            texts.put("product_reviews:" + r.get("review_id").asText(), r.get("body").asText());
        }
        for (JsonNode r : jsonl(docs.resolve("social.jsonl"))) {
            texts.put("social_posts:" + r.get("post_id").asText(), r.get("text").asText());
        }
        for (Path chat : files(docs.resolve("chats"), ".json")) {
            JsonNode transcript;
            try {
                transcript = JSON.readTree(chat.toFile());
            } catch (IOException e) {
                continue; // the generator's deliberately broken transcript has no truth row
            }
            StringBuilder b = new StringBuilder();
            transcript.get("turns").forEach(t -> b.append(t.get("text").asText()).append('\n'));
            texts.put("support_chats:" + transcript.get("id").asText(), b.toString());
        }
        for (Path call : files(docs.resolve("calls"), ".txt")) {
            texts.put("support_calls:" + call.getFileName(), Files.readString(call));
        }
        for (Path eml : files(docs.resolve("emails"), ".eml")) {
            putMessage(texts, "support_emails", Files.readString(eml));
        }
        Path mbox = docs.resolve("emails/archive.mbox");
        if (Files.isRegularFile(mbox)) {
            for (String message : Files.readString(mbox).split("(?m)^From (?=\\S+ \\w{3} \\w{3} )")) {
                if (!message.isBlank()) {
                    putMessage(texts, "billing_mailbox", message.replaceAll("(?m)^>From ", "From "));
                }
            }
        }
        for (Path letter : files(docs.resolve("letters"), ".html")) {
            texts.put("customer_letters:" + letter.getFileName(), Files.readString(letter).replaceAll("<[^>]+>", " "));
        }
        return texts;
    }

    private static void putMessage(Map<String, String> texts, String source, String message) {
        Matcher id = MESSAGE_ID.matcher(message);
        int body = message.indexOf("\n\n");
        if (id.find() && body > 0) {
            texts.put(source + ":" + id.group(1), message.substring(body + 2));
        }
    }

    private static List<JsonNode> jsonl(Path file) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    rows.add(JSON.readTree(line));
                }
            }
        }
        return rows;
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var stream = Files.list(folder)) {
            return stream.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
