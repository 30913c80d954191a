package io.seamgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.seamgraph.analytics.gaps.GapConfig;
import io.seamgraph.analytics.gaps.GapEvaluation;
import io.seamgraph.analytics.gaps.GapType;
import io.seamgraph.analytics.resolve.ResolveOptions;
import io.seamgraph.job.Progress;
import io.seamgraph.sample.GeneratorOptions;
import io.seamgraph.sample.SampleCompanyGenerator;
import io.seamgraph.testsupport.SparkSessionExtension;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The detectors against a small generated company's labelled gaps: sources normalised as ingest does, one customer
 * per true person (so the figures measure the detectors, not identity resolution), every gap type scored per person.
 * End-to-end figures with today's resolution are in BENCHMARKS.md.
 */
@ExtendWith(SparkSessionExtension.class)
class GapEvaluationTest {

    @TempDir
    Path work;

    @Test
    void every_gap_type_is_found_with_precision_and_recall_of_at_least_0_9(SparkSession spark) {
        Path company = work.resolve("company");
        SampleCompanyGenerator.generate(GeneratorOptions.of(300, 7, company));

        List<GapEvaluation.TypeScore> scores = EvaluateGapsCommand.evaluate(spark, company, GapConfig.defaults(),
            EvaluateGapsCommand.Identities.truth, ResolveOptions.DEFAULT_MAX_RECORDS_PER_IDENTITY,
            new Progress(new PrintStream(PrintStream.nullOutputStream()), "test"));

        EvaluateGapsCommand.print(scores, System.out);
        assertThat(scores).extracting(GapEvaluation.TypeScore::type)
            .containsExactlyElementsOf(Arrays.stream(GapType.values()).map(GapType::key).toList());
        assertThat(scores).allSatisfy(s -> {
            assertThat(s.truth()).as("labelled %s gaps", s.type()).isPositive();
            assertThat(s.precision()).as("precision of %s", s.type()).isGreaterThanOrEqualTo(0.9);
            assertThat(s.recall()).as("recall of %s", s.type()).isGreaterThanOrEqualTo(0.9);
        });
    }
}
