package io.seamgraph.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** The two shapes a source row can take once mapped: who a person is, or something that happened to them. */
public enum RecordKind {
    /** A person as one system knows them. */
    PROFILE,
    /** One contact between the company and a person: a send, a visit, an order, a call. */
    INTERACTION,
    /** Free text a person or the company wrote: a review, a post, a chat or call transcript, an e-mail, a letter. */
    DOCUMENT;

    @JsonValue
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static RecordKind fromYaml(String value) {
        return Arrays.stream(values()).filter(k -> k.yamlName().equalsIgnoreCase(value)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException(
                "unknown kind '" + value + "', expected profile, interaction or document"));
    }
}
