package io.seamgraph.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Converts staged JSON Lines to one Parquet file per extract through a local SparkSession (the one already running
 * in this JVM, if any). Spark's part file is moved to the extract's location and its footer put in canonical order,
 * so the result is a single file whose bytes depend only on the rows.
 */
final class ParquetConverter implements AutoCloseable {

    private final SparkSession spark;
    private final boolean owned;

    private ParquetConverter(SparkSession spark, boolean owned) {
        this.spark = spark;
        this.owned = owned;
    }

    static ParquetConverter start() {
        scala.Option<SparkSession> existing = SparkSession.getActiveSession();
        if (existing.isEmpty()) {
            existing = SparkSession.getDefaultSession();
        }
        if (existing.isDefined()) {
            String master = existing.get().sparkContext().master();
            if (!master.startsWith("local")) {
                throw new IllegalStateException("The generator writes to the local file system, but this JVM's Spark"
                    + " session runs on '" + master + "', whose executors cannot see the staged files. Run"
                    + " 'seamgraph generate' on its own (it starts a local session), then copy the output.");
            }
            return new ParquetConverter(existing.get(), false);
        }
        SparkSession session = SparkSession.builder()
            .appName("seamgraph-generate")
            .master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
        return new ParquetConverter(session, true);
    }

    void convert(Path jsonl, Extract extract, Path target) {
        Path work = target.resolveSibling(target.getFileName() + ".spark-tmp");
        deleteTree(work);
        spark.read().schema(schema(extract)).json(jsonl.toString())
            .coalesce(1)
            .write().mode(SaveMode.Overwrite).option("compression", "snappy")
            .parquet(work.toString());
        try (Stream<Path> files = Files.list(work)) {
            List<Path> parts = files.filter(f -> f.getFileName().toString().startsWith("part-")
                && f.getFileName().toString().endsWith(".parquet")).sorted().toList();
            if (parts.size() != 1) {
                throw new IllegalStateException("expected one Parquet part file in " + work + ", found " + parts);
            }
            Files.deleteIfExists(target);
            Files.move(parts.get(0), target, StandardCopyOption.REPLACE_EXISTING);
            ParquetFooter.canonicalise(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the Parquet output of " + extract.sourceName(), e);
        }
        deleteTree(work);
    }

    static StructType schema(Extract extract) {
        List<StructField> fields = extract.columns().stream()
            .map(c -> DataTypes.createStructField(c.name(), type(c.type()), true))
            .toList();
        return DataTypes.createStructType(fields);
    }

    private static DataType type(Extract.ColType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case LONG -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    @Override
    public void close() {
        if (owned) {
            spark.stop();
        }
    }
}
