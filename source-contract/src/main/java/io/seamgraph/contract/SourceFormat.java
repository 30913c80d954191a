package io.seamgraph.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** File formats a source can be read from; each maps to a Spark data source. */
public enum SourceFormat {
    CSV("csv"),
    JSONL("json"),
    PARQUET("parquet");

    private final String sparkFormat;

    SourceFormat(String sparkFormat) {
        this.sparkFormat = sparkFormat;
    }

    public String sparkFormat() { return sparkFormat; }

    @JsonValue
    public String yamlName() { return name().toLowerCase(Locale.ROOT); }

    @JsonCreator
    public static SourceFormat fromYaml(String value) {
        return Arrays.stream(values()).filter(f -> f.yamlName().equalsIgnoreCase(value)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException(
                "unknown format '" + value + "', expected one of csv, jsonl, parquet"));
    }
}
