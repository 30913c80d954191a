package io.seamgraph.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * File formats a source can be read from; each maps to a Spark data source. The table formats hold one row per
 * record; the file formats (documents only) hold one document per file, or several for mbox, and are read as
 * whole files (Spark's {@code binaryFile} source) and parsed by ingest.
 */
public enum SourceFormat {
    CSV("csv", false),
    JSONL("json", false),
    PARQUET("parquet", false),
    /** One chat or call transcript per JSON file. */
    JSON("binaryFile", true),
    /** One document per plain-text file. */
    TEXT("binaryFile", true),
    /** One RFC 822 message per file. */
    EML("binaryFile", true),
    /** Many messages per mbox file. */
    MBOX("binaryFile", true),
    /** Any file Apache Tika parses: HTML, PDF, Office... */
    TIKA("binaryFile", true);

    private final String sparkFormat;
    private final boolean wholeFile;

    SourceFormat(String sparkFormat, boolean wholeFile) {
        this.sparkFormat = sparkFormat;
        this.wholeFile = wholeFile;
    }

    public String sparkFormat() { return sparkFormat; }

    /** True for the document formats read file by file; false for table formats read row by row. */
    public boolean wholeFile() { return wholeFile; }

    @JsonValue
    public String yamlName() { return name().toLowerCase(Locale.ROOT); }

    @JsonCreator
    public static SourceFormat fromYaml(String value) {
        return Arrays.stream(values()).filter(f -> f.yamlName().equalsIgnoreCase(value)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException(
                "unknown format '" + value + "', expected one of csv, jsonl, parquet, json, text, eml, mbox, tika"));
    }
}
