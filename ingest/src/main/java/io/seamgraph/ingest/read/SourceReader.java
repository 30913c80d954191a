package io.seamgraph.ingest.read;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import io.seamgraph.contract.ConsentMapping;
import io.seamgraph.contract.SourceDefinition;
import io.seamgraph.contract.SourceFormat;
import io.seamgraph.contract.SourcesFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads one declared source as Spark finds it, adding where each row came from ({@code _file}) and the row as
 * it was ({@code _raw}, JSON), which quarantine keeps so a rejected row can be found and fixed at its source.
 */
public final class SourceReader {

    public static final String FILE = "_file";
    public static final String RAW = "_raw";

    private static final Map<SourceFormat, Map<String, String>> FORMAT_DEFAULTS = Map.of(
        SourceFormat.CSV, Map.of("header", "true", "inferSchema", "false", "mode", "PERMISSIVE", "multiLine", "true",
            "escape", "\""),
        SourceFormat.JSONL, Map.of("mode", "PERMISSIVE", "primitivesAsString", "true"),
        SourceFormat.PARQUET, Map.of());

    private final SparkSession spark;
    private final SourcesFile sources;

    public SourceReader(SparkSession spark, SourcesFile sources) {
        this.spark = spark;
        this.sources = sources;
    }

    public Dataset<Row> read(SourceDefinition source) {
        String location = sources.resolveLocation(source);
        Map<String, String> options = new LinkedHashMap<>(FORMAT_DEFAULTS.get(source.format()));
        options.putAll(source.readOptions());
        DataFrameReader reader = spark.read().format(source.format().sparkFormat()).options(options);
        Dataset<Row> rows;
        try {
            rows = reader.load(location);
        } catch (Exception e) {
            if (e instanceof AnalysisException || e.getCause() instanceof AnalysisException
                || e.getMessage() != null && e.getMessage().contains("Path does not exist")) {
                throw new SourceReadException(where(source, "location") + ": nothing to read at '" + location
                    + "' (" + firstLine(e.getMessage()) + ")", e);
            }
            throw e;
        }
        checkMappedColumns(source, Set.of(rows.columns()));
        Column[] original = Arrays.stream(rows.columns()).map(SourceReader::column).toArray(Column[]::new);
        return rows.withColumn(FILE, input_file_name()).withColumn(RAW, to_json(struct(original)));
    }

    private void checkMappedColumns(SourceDefinition source, Set<String> columns) {
        List<String> problems = new ArrayList<>();
        source.mapping().forEach((field, mapped) -> mapped.stream().filter(c -> !columns.contains(c)).forEach(c ->
            problems.add(where(source, "mapping." + field) + ": column '" + c + "' is not in the data")));
        for (ConsentMapping consent : source.consents()) {
            for (String c : Arrays.asList(consent.granted(), consent.at())) {
                if (c != null && !columns.contains(c)) {
                    problems.add(where(source, "consents." + consent.purpose()) + ": column '" + c + "' is not in the data");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SourceReadException(String.join(System.lineSeparator(), problems)
                + System.lineSeparator() + "  columns found: " + columns.stream().sorted().toList());
        }
    }

    private String where(SourceDefinition source, String field) {
        return sources.path() + ": source '" + source.name() + "', field '" + field + "'";
    }

    /** A column by its exact name, even when the name holds spaces or dots. */
    public static Column column(String name) {
        return col("`" + name.replace("`", "``") + "`");
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
