package io.seamgraph.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;

import io.seamgraph.analytics.match.Evaluation;
import io.seamgraph.analytics.match.MatchModel;
import io.seamgraph.analytics.match.MatchRecords;
import io.seamgraph.analytics.match.MatchSettings;
import io.seamgraph.analytics.match.ProbabilisticResolution;
import io.seamgraph.contract.SourcesYaml;
import io.seamgraph.ingest.IngestJob;
import io.seamgraph.ingest.IngestOptions;
import io.seamgraph.ingest.transform.GraphRows;
import io.seamgraph.job.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures identity resolution against ground truth, without a graph: ingest's prepare step reads the sources as
 * usual, probabilistic resolution trains, scores and clusters, and the clusters are compared with the truth.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Resolve the declared sources' records (no Neo4j) and report precision, recall, F1 and B-cubed against ground truth.")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--sources", required = true, paramLabel = "YAML", description = "the sources YAML (docs/sources.md)")
    Path sources;

    @Option(names = "--settings", paramLabel = "YAML",
        description = "resolution settings (docs/identity-resolution.md; default: the shipped examples/resolution.yaml)")
    Path settings;

    @Option(names = "--link-type", paramLabel = "TYPE",
        description = "override the settings' linkType: dedupe or link-only (only pairs across systems)")
    String linkType;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Truth truth;

    static final class Truth {
        @Option(names = "--truth-pattern", paramLabel = "REGEX",
            description = "the true entity is group 1 of this pattern on each record id, e.g. 'rec-(\\d+)-' for Febrl")
        String pattern;

        @Option(names = "--truth", paramLabel = "CSV",
            description = "a CSV with header: system, record id (recordId or record_id), entity (entityId or person_id); "
                + "the generator's truth/records.csv is one")
        Path csv;
    }

    @Option(names = "--model", paramLabel = "JSON", description = "score with this trained model instead of training")
    Path model;

    @Option(names = "--save-model", paramLabel = "JSON", description = "write the trained model here")
    Path saveModel;

    @Option(names = "--pairs-out", paramLabel = "DIR", description = "write the scored pairs (JSON lines) here")
    String pairsOut;

    @Option(names = "--clusters-out", paramLabel = "DIR",
        description = "write every record with its cluster and its true entity (JSON lines) here, to look at the errors")
    String clustersOut;

    @Option(names = "--quarantine", paramLabel = "DIR", defaultValue = ".seamgraph/evaluate-quarantine",
        description = "unused by evaluation itself; ingest's options need one (default ${DEFAULT-VALUE})")
    String quarantine;

    @Override
    public Integer call() {
        MatchSettings loaded = settings == null ? MatchSettings.shipped() : MatchSettings.load(settings);
        MatchSettings effective = linkType == null ? loaded : new MatchSettings(linkType, loaded.comparisons(),
            loaded.blocking(), loaded.training(), loaded.placeholders(), loaded.thresholds(), loaded.clustering(),
            loaded.maxRecordsPerIdentity(), loaded.linkVeto());
        var file = SourcesYaml.load(sources);
        Progress progress = new Progress(System.out, "evaluate");
        SparkSession spark = SparkSessions.create("seamgraph-evaluate");
        try {
            long started = System.nanoTime();
            IngestJob.Prepared prepared = new IngestJob(spark, new IngestOptions(quarantine, null, IngestOptions.DEFAULT_BATCH_SIZE),
                progress).prepare(file);
            Dataset<Row> accepted = prepared.acceptedProfiles().persist(StorageLevel.MEMORY_AND_DISK());
            // Checkpointed: resolution runs many small actions, and ingest's plan need not be planned for each.
            Dataset<Row> records = MatchRecords.fromProfiles(accepted).localCheckpoint();
            Dataset<Row> identities = MatchRecords.identities(GraphRows.recordIdentities(accepted)).localCheckpoint();
            long recordCount = progress.step("read and normalise the records", records::count);
            long prepareNanos = System.nanoTime() - started;

            long resolveStart = System.nanoTime();
            MatchModel given = model == null ? null : MatchModel.load(model);
            ProbabilisticResolution.Result result = progress.step(given == null ? "train, score and cluster" : "score and cluster",
                () -> {
                    var r = ProbabilisticResolution.resolve(spark, records, identities,
                        ProbabilisticResolution.Corrections.none(spark), effective, given, progress);
                    r.assignments().count();
                    return r;
                });
            long resolveNanos = System.nanoTime() - resolveStart;
            result.report().lines().forEach(line -> progress.info("%s", line));
            if (saveModel != null) {
                result.model().save(saveModel);
                progress.info("model written to %s", saveModel);
            }
            if (pairsOut != null) {
                result.scoredPairs().write().mode(SaveMode.Overwrite).json(pairsOut);
            }
            Dataset<Row> truthRows = truth(spark, records);
            if (clustersOut != null) {
                records.join(result.assignments(), "recordKey").join(truthRows, new String[] {"recordKey"}, "left")
                    .write().mode(SaveMode.Overwrite).json(clustersOut);
            }
            Evaluation.Metrics metrics = Evaluation.of(result.assignments(), truthRows);
            double seconds = resolveNanos / 1e9;
            System.out.printf("%nIdentity resolution quality (%s, linkType %s)%n", sources, effective.linkType());
            System.out.printf("  pairwise   precision %.4f  recall %.4f  F1 %.4f%n", metrics.precision(), metrics.recall(), metrics.f1());
            System.out.printf("  B-cubed    precision %.4f  recall %.4f  F1 %.4f%n", metrics.bcubedPrecision(), metrics.bcubedRecall(), metrics.bcubedF1());
            System.out.printf("  %,d records in truth, %,d clusters, %,d true entities; %,d predicted pairs, %,d true pairs, %,d correct%n",
                metrics.records(), metrics.clusters(), metrics.entities(), metrics.predictedPairs(), metrics.truePairs(), metrics.correctPairs());
            System.out.printf("  speed: %,d records, %,d candidate pairs; read+normalise %.1f s; resolve %.1f s = %,.0f records/s, %,.0f candidate pairs/s%n",
                recordCount, result.report().candidatePairs(), prepareNanos / 1e9, seconds, recordCount / seconds,
                result.report().candidatePairs() / seconds);
            return 0;
        } finally {
            spark.stop();
        }
    }

    private Dataset<Row> truth(SparkSession spark, Dataset<Row> records) {
        if (truth.pattern != null) {
            return records.select(col("recordKey"),
                    regexp_extract(regexp_replace(col("recordKey"), "^[^:]*:", ""), truth.pattern, 1).as("entityId"))
                .filter(col("entityId").notEqual(""));
        }
        if (!Files.isReadable(truth.csv)) {
            throw new IllegalArgumentException("--truth " + truth.csv + ": no such readable file");
        }
        Dataset<Row> csv = spark.read().option("header", "true").csv(truth.csv.toString());
        List<String> columns = Arrays.asList(csv.columns());
        String recordId = pick(columns, "recordId", "record_id");
        String entity = pick(columns, "entityId", "person_id");
        if (!columns.contains("system")) {
            throw new IllegalArgumentException("--truth " + truth.csv + ": no 'system' column (found " + columns + ")");
        }
        return csv.select(concat(col("system"), lit(":"), col(recordId)).as("recordKey"), col(entity).as("entityId"))
            .filter(col("entityId").isNotNull()).dropDuplicates("recordKey");
    }

    private String pick(List<String> columns, String... names) {
        return Arrays.stream(names).filter(columns::contains).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("--truth " + truth.csv + ": none of the columns "
                + Arrays.toString(names) + " (found " + columns + ")"));
    }
}
