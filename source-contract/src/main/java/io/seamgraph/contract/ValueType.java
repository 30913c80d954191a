package io.seamgraph.contract;

/** How the ingest job parses and normalises the value of a canonical field. */
public enum ValueType {
    TEXT,
    /** Trimmed and lower-cased, then checked for a plausible address. */
    EMAIL,
    /** Parsed with libphonenumber (source region as default) and written as E.164. */
    PHONE,
    /** A calendar date, parsed with the source's {@code dates.format}. */
    DATE,
    /** An instant, parsed with the source's {@code timestamps.format} and zone, stored in UTC. */
    TIMESTAMP,
    /** One of a fixed set of lower-case words, after the source's {@code valueMaps}. */
    ENUM
}
