package io.seamgraph.pipeline;

import io.seamgraph.analytics.gaps.GapConfig;
import io.seamgraph.analytics.gaps.GapEvaluation;
import io.seamgraph.analytics.gaps.GapInputs;
import io.seamgraph.analytics.gaps.Journey;
import io.seamgraph.analytics.gaps.SiloGapDetection;
import io.seamgraph.analytics.match.MatchRecords;
import io.seamgraph.analytics.match.MatchSettings;
import io.seamgraph.analytics.match.ProbabilisticResolution;
import io.seamgraph.analytics.resolve.ResolveOptions;
import io.seamgraph.contract.SourcesYaml;
import io.seamgraph.ingest.IngestJob;
import io.seamgraph.ingest.IngestOptions;
import io.seamgraph.ingest.transform.GraphRows;
import io.seamgraph.job.Progress;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the silo-gap detectors against a generated company's ground truth, without a graph: the sources are
 * normalised as ingest does, records resolved as the resolve job does (or taken from the truth), and the same
 * detectors the gaps job runs are scored per type.
 */
@Command(name = "evaluate-gaps", mixinStandardHelpOptions = true,
    description = "Precision and recall of the silo-gap detectors per type against a generated company's truth/silo_gaps.csv.")
final class EvaluateGapsCommand implements Callable<Integer> {

    enum Identities { resolved, truth }

    @Option(names = "--company", paramLabel = "DIR", required = true,
        description = "folder written by `seamgraph generate` (sources.yaml and truth/)")
    Path company;

    @Option(names = "--config", paramLabel = "FILE", description = "silo-gap parameters (YAML; default: the documented defaults)")
    Path config;

    @Option(names = "--identities", paramLabel = "MODE", defaultValue = "resolved",
        description = "resolved: customers as the resolve job forms them (end to end); truth: one customer per true "
            + "person (the detectors alone). Default ${DEFAULT-VALUE}")
    Identities identities;

    @Option(names = "--max-records-per-identity", paramLabel = "N",
        defaultValue = "" + ResolveOptions.DEFAULT_MAX_RECORDS_PER_IDENTITY,
        description = "as for resolve (default ${DEFAULT-VALUE})")
    int maxRecordsPerIdentity;

    @Option(names = "--inputs", paramLabel = "DIR",
        description = "keep the normalised, resolved inputs here (Parquet) and reuse them on the next run, so that "
            + "trying other parameters does not normalise the sources again")
    Path inputs;

    @Option(names = "--min", paramLabel = "X", defaultValue = "0",
        description = "exit with status 1 when any type's precision or recall is below this (e.g. 0.9)")
    double min;

    @Override
    public Integer call() {
        SparkSession spark = SparkSessions.create("seamgraph-evaluate-gaps");
        try {
            GapConfig gapConfig = config == null ? GapConfig.defaults() : GapConfig.load(config);
            Progress progress = new Progress(System.out, "evaluate-gaps");
            Inputs in = inputs != null && Files.isDirectory(inputs.resolve("touchpoints"))
                ? Inputs.read(spark, inputs)
                : prepare(spark, company, identities, maxRecordsPerIdentity, progress);
            if (inputs != null && !Files.isDirectory(inputs.resolve("touchpoints"))) {
                in.write(inputs);
            }
            List<GapEvaluation.TypeScore> scores = score(spark, company, gapConfig, in, progress);
            print(scores, System.out);
            boolean below = scores.stream().anyMatch(s -> s.precision() < min || s.recall() < min);
            return below ? 1 : 0;
        } finally {
            spark.stop();
        }
    }

    /** What the detectors read, as the graph would hold it after ingest and resolve. */
    record Inputs(Dataset<Row> touchpoints, Dataset<Row> consents, Dataset<Row> records, Dataset<Row> assignments) {
        static Inputs read(SparkSession spark, Path dir) {
            return new Inputs(spark.read().parquet(dir.resolve("touchpoints").toString()),
                spark.read().parquet(dir.resolve("consents").toString()),
                spark.read().parquet(dir.resolve("records").toString()),
                spark.read().parquet(dir.resolve("assignments").toString()));
        }

        void write(Path dir) {
            touchpoints.write().parquet(dir.resolve("touchpoints").toString());
            consents.write().parquet(dir.resolve("consents").toString());
            records.write().parquet(dir.resolve("records").toString());
            assignments.write().parquet(dir.resolve("assignments").toString());
        }
    }

    static List<GapEvaluation.TypeScore> evaluate(SparkSession spark, Path company, GapConfig config,
                                                  Identities identities, int maxRecordsPerIdentity, Progress progress) {
        return score(spark, company, config, prepare(spark, company, identities, maxRecordsPerIdentity, progress), progress);
    }

    static Inputs prepare(SparkSession spark, Path company, Identities identities, int maxRecordsPerIdentity,
                          Progress progress) {
        Path sources = company.resolve("sources.yaml");
        if (!Files.isRegularFile(sources)) {
            throw new IllegalArgumentException("no sources.yaml in " + company + " (evaluate a folder written by `seamgraph generate`)");
        }
        Path quarantine;
        try {
            quarantine = Files.createTempDirectory("seamgraph-evaluate-quarantine");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        IngestJob.Prepared prepared = new IngestJob(spark, new IngestOptions(quarantine.toString(), null, 1), progress)
            .prepare(SourcesYaml.load(sources));
        Dataset<Row> profiles = prepared.acceptedProfiles().persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> interactions = prepared.acceptedInteractions();
        Dataset<Row> recordPersons = GapEvaluation.recordPersons(spark, company);
        Dataset<Row> assignments = progress.step("assign records to customers (" + identities + ")", () -> {
            if (identities == Identities.truth) {
                return recordPersons.select(org.apache.spark.sql.functions.col("recordKey"),
                    org.apache.spark.sql.functions.col("personId").as("customerId"));
            }
            // As the resolve job does by default: shared identifiers and probabilistic matching, shipped settings.
            Dataset<Row> records = MatchRecords.fromProfiles(profiles).localCheckpoint();
            Dataset<Row> recordIdentities = MatchRecords.identities(GraphRows.recordIdentities(profiles)).localCheckpoint();
            return ProbabilisticResolution.resolve(spark, records, recordIdentities,
                    ProbabilisticResolution.Corrections.none(spark), MatchSettings.shipped())
                .assignments().select(org.apache.spark.sql.functions.col("recordKey"),
                    org.apache.spark.sql.functions.col("clusterKey").as("customerId"));
        }).persist(StorageLevel.MEMORY_AND_DISK());
        return new Inputs(GapInputs.touchpoints(interactions, assignments).persist(StorageLevel.MEMORY_AND_DISK()),
            GapInputs.consents(profiles, assignments), GapInputs.records(profiles, assignments), assignments);
    }

    static List<GapEvaluation.TypeScore> score(SparkSession spark, Path company, GapConfig config, Inputs in,
                                               Progress progress) {
        Dataset<Row> findings = progress.step("detect silo gaps", () -> {
            Dataset<Row> journeys = Journey.build(in.touchpoints(), in.consents(), config.asOfMillis());
            Dataset<Row> found = new SiloGapDetection(config).detect(journeys, in.records(), GapInputs.noConflicts(spark))
                .persist(StorageLevel.MEMORY_AND_DISK());
            progress.info("%d silo gaps found", found.count());
            return found;
        });
        return progress.step("score against truth/silo_gaps.csv", () -> GapEvaluation.score(findings, in.assignments(),
            GapEvaluation.recordPersons(spark, company), GapEvaluation.truthGaps(spark, company)));
    }

    static void print(List<GapEvaluation.TypeScore> scores, PrintStream out) {
        out.println();
        out.printf("%-30s %7s %9s %6s %7s %10s %7s%n", "gap type", "truth", "detected", "right", "found", "precision", "recall");
        for (GapEvaluation.TypeScore s : scores) {
            out.printf("%-30s %7d %9d %6d %7d %10.3f %7.3f%n", s.type(), s.truth(), s.detected(), s.truePositives(),
                s.found(), s.precision(), s.recall());
        }
    }
}
