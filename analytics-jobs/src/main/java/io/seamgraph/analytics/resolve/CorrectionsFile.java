package io.seamgraph.analytics.resolve;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads corrections from a YAML file (examples/corrections.yaml):
 * <pre>
 * corrections:
 *   - records: [crm:1001, shop:9]
 *     decision: different
 *     reason: twins, confirmed on the phone
 *     author: alice
 *     at: 2024-03-01T09:00:00Z     # optional
 * </pre>
 * Every problem of the file is reported at once, each naming the entry and field.
 */
public final class CorrectionsFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

    record Entry(List<String> records, String decision, String reason, String author, String at) {
    }

    record Document(List<Entry> corrections) {
    }

    private CorrectionsFile() {
    }

    public static List<Correction> load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Corrections file " + file + ": not found");
        }
        Document document;
        try {
            document = YAML.readValue(file.toFile(), Document.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("Corrections file " + file + ": unknown key '" + e.getPropertyName()
                + "' at " + e.getPathReference() + " (known keys: records, decision, reason, author, at)", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Corrections file " + file + ": not valid YAML: " + e.getMessage(), e);
        }
        List<Entry> entries = document == null || document.corrections() == null ? List.of() : document.corrections();
        List<String> problems = new ArrayList<>();
        List<Correction> corrections = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Correction c = parse(i + 1, entries.get(i), problems);
            if (c != null) {
                corrections.add(c);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Corrections file " + file + " has " + problems.size() + " problem(s):\n  "
                + String.join("\n  ", problems));
        }
        return corrections;
    }

    private static Correction parse(int n, Entry e, List<String> problems) {
        String where = "correction " + n;
        int before = problems.size();
        List<String> records = e.records() == null ? List.of() : e.records();
        Set<String> distinct = new HashSet<>();
        for (String key : records) {
            if (key == null || !key.matches("[^:\\s]+:\\S+")) {
                problems.add(where + ", field 'records': '" + key + "' is not a record key system:recordId");
            } else if (!distinct.add(key)) {
                problems.add(where + ", field 'records': " + key + " is listed twice");
            }
        }
        if (records.size() < 2) {
            problems.add(where + ", field 'records': list at least two record keys");
        }
        Correction.Decision decision = null;
        try {
            decision = Correction.Decision.parse(e.decision());
        } catch (IllegalArgumentException ex) {
            problems.add(where + ", field 'decision': " + ex.getMessage());
        }
        if (e.reason() == null || e.reason().isBlank()) {
            problems.add(where + ", field 'reason': say why, so the next person can judge it");
        }
        if (e.author() == null || e.author().isBlank()) {
            problems.add(where + ", field 'author': say who decided");
        }
        Instant at = null;
        if (e.at() != null) {
            try {
                at = Instant.parse(e.at());
            } catch (DateTimeParseException ex) {
                problems.add(where + ", field 'at': '" + e.at() + "' is not an instant like 2024-03-01T09:00:00Z");
            }
        }
        return problems.size() > before ? null
            : new Correction("file:" + n, records, decision, e.reason().strip(), e.author().strip(), at);
    }
}
