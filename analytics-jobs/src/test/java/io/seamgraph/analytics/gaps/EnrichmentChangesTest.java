package io.seamgraph.analytics.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.seamgraph.analytics.journey.JourneyEnrichment;
import io.seamgraph.testsupport.SparkSessionExtension;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class EnrichmentChangesTest {

    private static Row enriched(String key, String episode, String stage, boolean inferred) {
        return RowFactory.create(key, "C-1", episode, stage, inferred);
    }

    private static Row written(String key, String episode, String stage, Boolean inferred) {
        return RowFactory.create(key, episode, stage, inferred);
    }

    private static List<Object> keys(Dataset<Row> rows) {
        return rows.orderBy("key").collectAsList().stream().map(r -> (Object) r.getAs("key")).toList();
    }

    @Test
    void keeps_only_the_rows_whose_episode_stage_or_inferred_flag_differ_from_the_graph(SparkSession spark) {
        Dataset<Row> out = EnrichmentChanges.of(
            spark.createDataFrame(List.of(
                enriched("same", "episode:a", "buy", true),
                enriched("new-episode", "episode:b", "buy", false),
                enriched("new-stage", "episode:a", "service", true),
                enriched("now-from-source", "episode:a", "buy", false),
                enriched("never-enriched", "episode:a", "shop", true),
                enriched("not-read-back", "episode:a", "shop", true),
                enriched("no-stage-either-way", "episode:a", null, false)), JourneyEnrichment.OUTPUT),
            spark.createDataFrame(List.of(
                written("same", "episode:a", "buy", true),
                written("new-episode", "episode:a", "buy", false),
                written("new-stage", "episode:a", "buy", true),
                written("now-from-source", "episode:a", "buy", true),
                written("never-enriched", null, null, null),
                written("no-stage-either-way", "episode:a", null, false)), EnrichmentChanges.WRITTEN));

        assertThat(keys(out)).containsExactly("never-enriched", "new-episode", "new-stage", "not-read-back", "now-from-source");
        assertThat(out.columns()).containsExactly(JourneyEnrichment.OUTPUT.fieldNames());
        assertThat(out.filter("key = 'new-stage'").collectAsList())
            .extracting(r -> r.getAs("episode"), r -> r.getAs("stage"), r -> r.getAs("stageInferred"))
            .containsExactly(tuple("episode:a", "service", true));
    }

    @Test
    void a_source_stage_that_was_cleared_is_written_as_cleared(SparkSession spark) {
        Dataset<Row> out = EnrichmentChanges.of(
            spark.createDataFrame(List.of(enriched("t", "episode:t", null, false)), JourneyEnrichment.OUTPUT),
            spark.createDataFrame(List.of(written("t", "episode:t", "buy", false)), EnrichmentChanges.WRITTEN));

        assertThat(keys(out)).containsExactly("t");
    }
}
