package io.seamgraph.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The canonical fields of a document source. Kept apart from {@link CanonicalField} because several names
 * ({@code text}, {@code timestamp}, {@code personId}) mean the same as for interactions but belong to another shape.
 * File formats (eml, mbox, json, text, tika) fill these from the file itself; jsonl and csv map them from columns.
 */
public enum DocumentField {
    DOCUMENT_ID("documentId", ValueType.TEXT, true),
    TEXT("text", ValueType.TEXT, true),
    TIMESTAMP("timestamp", ValueType.TIMESTAMP, false),
    SUBJECT("subject", ValueType.TEXT, false),
    AUTHOR_NAME("authorName", ValueType.TEXT, false),
    AUTHOR_EMAIL("authorEmail", ValueType.EMAIL, false),
    AUTHOR_PHONE("authorPhone", ValueType.PHONE, false),
    AUTHOR_HANDLE("authorHandle", ValueType.TEXT, false),
    RECIPIENT_EMAIL("recipientEmail", ValueType.EMAIL, false),
    RATING("rating", ValueType.TEXT, false),
    DIRECTION("direction", ValueType.ENUM, false, "inbound", "outbound"),
    PERSON_ID("personId", ValueType.TEXT, false),
    CASE_ID("caseId", ValueType.TEXT, false),
    TOPIC("topic", ValueType.TEXT, false);

    /** The document types a source may declare; chat, call, email and letter are also touchpoints. */
    public static final List<String> DOCUMENT_TYPES = List.of("review", "social", "chat", "call", "email", "letter", "other");
    public static final Set<String> INTERACTION_TYPES = Set.of("chat", "call", "email", "letter");

    private final String yamlName;
    private final ValueType type;
    private final boolean required;
    private final List<String> allowedValues;

    DocumentField(String yamlName, ValueType type, boolean required, String... allowedValues) {
        this.yamlName = yamlName;
        this.type = type;
        this.required = required;
        this.allowedValues = List.of(allowedValues);
    }

    public String yamlName() { return yamlName; }
    public ValueType type() { return type; }
    /** Required in the mapping of a jsonl or csv source; file formats supply it themselves. */
    public boolean required() { return required; }
    public List<String> allowedValues() { return allowedValues; }

    public static Optional<DocumentField> byYamlName(String name) {
        return Arrays.stream(values()).filter(f -> f.yamlName.equals(name)).findFirst();
    }

    public static Set<String> yamlNames() {
        return Arrays.stream(values()).map(DocumentField::yamlName).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String toString() {
        return yamlName;
    }
}
