package io.seamgraph.analytics.match;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.seamgraph.contract.SourcesYaml;
import io.seamgraph.ingest.IngestJob;
import io.seamgraph.ingest.IngestOptions;
import io.seamgraph.ingest.transform.GraphRows;
import io.seamgraph.job.Progress;
import io.seamgraph.testsupport.SparkSessionExtension;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Febrl benchmark through the ordinary source mapping and ingest's prepare step, as {@code ./seamgraph evaluate}
 * runs it, with the shipped settings and no labels. Skipped when the data (../shared/data/febrl beside the checkout)
 * is absent.
 */
@ExtendWith(SparkSessionExtension.class)
class FebrlEvaluationTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path DATA = ROOT.resolveSibling("shared").resolve("data").resolve("febrl");

    private static Evaluation.Metrics evaluate(SparkSession spark, String yaml, String linkType) {
        assumeTrue(Files.isRegularFile(DATA.resolve("dataset3.csv")) && Files.isRegularFile(DATA.resolve("dataset4a.csv")),
            "Febrl data not found at " + DATA + ": skipping the Febrl evaluation");
        MatchSettings shipped = MatchSettings.load(ROOT.resolve("examples/resolution.yaml"));
        MatchSettings settings = new MatchSettings(linkType, shipped.comparisons(), shipped.blocking(), shipped.training(),
            shipped.placeholders(), shipped.thresholds(), shipped.clustering(), shipped.maxRecordsPerIdentity(), shipped.linkVeto());
        Progress quiet = new Progress(new PrintStream(OutputStream.nullOutputStream()), "febrl");
        IngestJob.Prepared prepared = new IngestJob(spark, new IngestOptions("unused", null, 1000), quiet)
            .prepare(SourcesYaml.load(ROOT.resolve("examples/febrl").resolve(yaml)));
        Dataset<Row> accepted = prepared.acceptedProfiles();
        Dataset<Row> records = MatchRecords.fromProfiles(accepted).localCheckpoint();
        Dataset<Row> identities = MatchRecords.identities(GraphRows.recordIdentities(accepted)).localCheckpoint();
        var result = ProbabilisticResolution.resolve(spark, records, identities,
            ProbabilisticResolution.Corrections.none(spark), settings);
        Dataset<Row> truth = records.select(col("recordKey"),
            regexp_extract(regexp_replace(col("recordKey"), "^[^:]*:", ""), "rec-(\\d+)-", 1).as("entityId"));
        Evaluation.Metrics metrics = Evaluation.of(result.assignments(), truth);
        System.out.println(yaml + ": " + metrics.summary());
        return metrics;
    }

    @Test
    void links_febrl4_a_to_b_with_f1_of_at_least_0_97(SparkSession spark) {
        Evaluation.Metrics m = evaluate(spark, "sources-febrl4.yaml", MatchSettings.LINK_ONLY);

        assertThat(m.records()).isEqualTo(10_000);
        assertThat(m.f1()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void deduplicates_febrl3_with_f1_of_at_least_0_95(SparkSession spark) {
        Evaluation.Metrics m = evaluate(spark, "sources-febrl3.yaml", MatchSettings.DEDUPE);

        assertThat(m.records()).isEqualTo(5_000);
        assertThat(m.f1()).isGreaterThanOrEqualTo(0.95);
    }
}
