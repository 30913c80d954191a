package io.seamgraph.ingest.validate;

import java.util.List;

/** A source row after mapping: raw text per canonical field, before any parsing. */
public interface MappedValues {

    /** Raw text of a single-valued field, or null. */
    String single(String field);

    /** Raw cells of a multi-valued field, never null. */
    List<String> multi(String field);

    /** Raw consent flags, one per declared purpose. */
    List<RawConsent> consents();

    record RawConsent(String purpose, String granted, String at) {
    }
}
