package io.seamgraph.ingest.documents;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.seamgraph.contract.DocumentField;
import io.seamgraph.contract.SourceDefinition;
import io.seamgraph.contract.SourcesFile;
import io.seamgraph.ingest.read.SourceReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads one document source into one row per document, every field as text ({@link #SCHEMA}). Table formats go
 * through the same reader as other sources; file formats through Spark's {@code binaryFile} source, so a cluster
 * reads the files where they are. A file over the size limit is not even loaded, and a file that cannot be parsed
 * becomes a row with a {@code reason}: both go to quarantine, and the job carries on.
 */
public final class ReadDocuments {

    public static final String REASON = "reason";
    public static final StructType SCHEMA;

    static {
        StructType schema = new StructType().add("source", DataTypes.StringType).add("file", DataTypes.StringType)
            .add(REASON, DataTypes.StringType);
        for (DocumentField field : DocumentField.values()) {
            schema = schema.add(field.yamlName(), DataTypes.StringType);
        }
        SCHEMA = schema;
    }

    private ReadDocuments() {
    }

    public static Dataset<Row> read(SparkSession spark, SourcesFile sources, SourceDefinition source) {
        return source.format().wholeFile() ? files(spark, sources, source) : table(spark, sources, source);
    }

    private static Dataset<Row> table(SparkSession spark, SourcesFile sources, SourceDefinition source) {
        Dataset<Row> rows = new SourceReader(spark, sources).read(source);
        List<Column> columns = new ArrayList<>(List.of(lit(source.name()).as("source"), col(SourceReader.FILE).as("file"),
            lit(null).cast(DataTypes.StringType).as(REASON)));
        for (DocumentField field : DocumentField.values()) {
            List<String> mapped = source.columnsOf(field);
            columns.add((mapped.isEmpty() ? lit(null) : SourceReader.column(mapped.get(0))).cast(DataTypes.StringType)
                .as(field.yamlName()));
        }
        return rows.select(columns.toArray(Column[]::new));
    }

    private static Dataset<Row> files(SparkSession spark, SourcesFile sources, SourceDefinition source) {
        String location = sources.resolveLocation(source);
        long maxBytes = source.maxBytesOr(sources.config().defaults());
        Dataset<Row> all;
        try {
            all = spark.read().format("binaryFile").options(source.readOptions()).load(location);
        } catch (Exception e) {
            throw new io.seamgraph.ingest.read.SourceReadException(sources.path() + ": source '" + source.name()
                + "', field 'location': nothing to read at '" + location + "' (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        String base = baseFolder(location);
        String name = source.name();
        // binaryFile pushes the length filter down: the content of an over-size file is never read.
        Dataset<Row> oversize = all.filter(col("length").gt(maxBytes)).select(col("path"), col("length"))
            .map((org.apache.spark.api.java.function.MapFunction<Row, Row>) r -> oversize(name, r, maxBytes),
                Encoders.row(SCHEMA));
        DocumentParser parser = new DocumentParser(source.format(), source.ownDomains());
        Dataset<Row> parsed = all.filter(col("length").leq(maxBytes)).select("path", "modificationTime", "content")
            .flatMap((FlatMapFunction<Row, Row>) r -> parse(parser, name, base, r), Encoders.row(SCHEMA));
        return parsed.unionByName(oversize);
    }

    private static Row oversize(String source, Row r, long maxBytes) {
        Object[] values = new Object[SCHEMA.size()];
        values[0] = source;
        values[1] = r.getString(0);
        values[2] = "over maxBytes: " + r.getLong(1) + " bytes, limit " + maxBytes;
        return RowFactory.create(values);
    }

    private static Iterator<Row> parse(DocumentParser parser, String source, String base, Row file) {
        String path = file.getString(0);
        Instant modified = file.getTimestamp(1).toInstant();
        List<Row> out = new ArrayList<>();
        try {
            for (Map<String, String> doc : parser.parse(relative(base, path), (byte[]) file.get(2), modified)) {
                Object[] values = new Object[SCHEMA.size()];
                values[0] = source;
                values[1] = path;
                for (DocumentField field : DocumentField.values()) {
                    values[SCHEMA.fieldIndex(field.yamlName())] = doc.get(field.yamlName());
                }
                out.add(RowFactory.create(values));
            }
        } catch (DocumentRejected e) {
            Object[] values = new Object[SCHEMA.size()];
            values[0] = source;
            values[1] = path;
            values[2] = e.getMessage();
            out.add(RowFactory.create(values));
        }
        return out.iterator();
    }

    /** The folder a location's glob starts from, as a URI path: file names below it become document ids. */
    static String baseFolder(String location) {
        String path = location.replace('\\', '/');
        int glob = indexOfGlob(path);
        String fixed = glob < 0 ? path : path.substring(0, glob);
        int slash = fixed.lastIndexOf('/');
        String folder = glob < 0 && !looksLikeFile(fixed) ? fixed : (slash < 0 ? "" : fixed.substring(0, slash));
        return URI.create(folder.contains(":/") ? folder : "file:" + (folder.startsWith("/") ? "" : "/") + folder)
            .normalize().getPath();
    }

    static String relative(String baseFolder, String path) {
        String p = URI.create(path.replace(" ", "%20")).getPath();
        String base = baseFolder.endsWith("/") ? baseFolder : baseFolder + "/";
        return p != null && p.startsWith(base) ? p.substring(base.length()) : path.substring(path.lastIndexOf('/') + 1);
    }

    private static int indexOfGlob(String path) {
        return Arrays.stream(new int[] {path.indexOf('*'), path.indexOf('?'), path.indexOf('['), path.indexOf('{')})
            .filter(i -> i >= 0).min().orElse(-1);
    }

    private static boolean looksLikeFile(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".");
    }
}
