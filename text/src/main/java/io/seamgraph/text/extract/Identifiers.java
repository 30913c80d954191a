package io.seamgraph.text.extract;

import java.util.List;

/**
 * Identifiers found in a text, each normalised as ingest normalises profile fields (so they meet the same
 * {@code Identity} nodes): e-mails lower-cased, phones in E.164, handles lower-cased without the '@'.
 *
 * @param patterns one entry per match of a source's named pattern, as {@code name:value}
 */
public record Identifiers(List<String> emails, List<String> phones, List<String> handles, List<String> patterns) {

    public Identifiers {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        handles = List.copyOf(handles);
        patterns = List.copyOf(patterns);
    }

    public List<String> ofPattern(String name) {
        String prefix = name + ":";
        return patterns.stream().filter(p -> p.startsWith(prefix)).map(p -> p.substring(prefix.length())).toList();
    }
}
