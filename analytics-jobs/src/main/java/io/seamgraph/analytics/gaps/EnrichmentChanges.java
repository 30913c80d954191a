package io.seamgraph.analytics.gaps;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import io.seamgraph.analytics.journey.JourneyEnrichment;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The enrichment rows worth writing: those whose episode, stage or stageInferred differ from what the graph holds.
 * Each write is an index seek and a property update in Neo4j, the job's costliest step (BENCHMARKS.md, issue #4), so a
 * re-run over an unchanged journey writes nothing and a grown journey writes only the touchpoints whose enrichment
 * moved.
 */
public final class EnrichmentChanges {

    /** What the graph holds per touchpoint, as read back: all null on a touchpoint never enriched. */
    public static final StructType WRITTEN = new StructType()
        .add("key", DataTypes.StringType)
        .add("writtenEpisode", DataTypes.StringType)
        .add("writtenStage", DataTypes.StringType)
        .add("writtenStageInferred", DataTypes.BooleanType);

    private EnrichmentChanges() {
    }

    /**
     * @param enriched {@link JourneyEnrichment#OUTPUT}
     * @param written  {@link #WRITTEN} (further columns are ignored); a key missing here counts as never enriched
     * @return the rows of {@code enriched} (same columns) whose values differ from the written ones, nulls compared
     *     as values
     */
    public static Dataset<Row> of(Dataset<Row> enriched, Dataset<Row> written) {
        Dataset<Row> held = written.select(col("key").as("writtenKey"), col("writtenEpisode"), col("writtenStage"),
            col("writtenStageInferred"));
        Column same = col("episode").eqNullSafe(col("writtenEpisode"))
            .and(col("stage").eqNullSafe(col("writtenStage")))
            .and(col("stageInferred").eqNullSafe(col("writtenStageInferred")));
        Column[] output = java.util.Arrays.stream(enriched.columns()).map(c -> enriched.col(c)).toArray(Column[]::new);
        return enriched.join(held, enriched.col("key").equalTo(held.col("writtenKey")), "left")
            .filter(not(same))
            .select(output);
    }
}
