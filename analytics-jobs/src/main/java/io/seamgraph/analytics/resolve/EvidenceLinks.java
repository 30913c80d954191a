package io.seamgraph.analytics.resolve;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.transform;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Why two source records were put together, as rows for {@code MATCHED} relationships: one row per record pair and
 * rule, leftKey &lt; rightKey. A shared identifier is certain evidence (probability 1, no weight); a scored pair keeps
 * its total match weight, probability and each comparison's contribution in three parallel lists, in the engine's
 * order, so that {@code sum(weights) == weight} can be checked on the stored relationship.
 */
public final class EvidenceLinks {

    public static final String RULE_SCORED = "probabilistic";

    /** Scored pairs as the match engine emits them (CONTRACTS.md). */
    public static final StructType SCORED_PAIRS = new StructType()
        .add("leftKey", DataTypes.StringType).add("rightKey", DataTypes.StringType)
        .add("matchWeight", DataTypes.DoubleType).add("probability", DataTypes.DoubleType)
        .add("blockingRule", DataTypes.StringType)
        .add("contributions", DataTypes.createArrayType(new StructType()
            .add("comparison", DataTypes.StringType).add("level", DataTypes.StringType)
            .add("weight", DataTypes.DoubleType)));

    /** A contribution sum may differ from the total by rounding only. */
    static final double TOLERANCE = 1e-6;

    private EvidenceLinks() {
    }

    /**
     * Every pair of records that share an identity that links (not suppressed). Suppression caps an identity at the
     * resolve limit of records, so an identity gives at most limit·(limit-1)/2 pairs.
     *
     * @return (leftKey, rightKey, rule, identities, weight, probability, blockingRule, comparisons, levels, weights)
     */
    public static Dataset<Row> sharedIdentifiers(Dataset<Row> recordIdentities, Dataset<Row> usage) {
        Dataset<Row> linking = usage.filter(col("suppressed").equalTo(false).and(col("recordCount").geq(2)))
            .select("identityKey");
        Dataset<Row> members = recordIdentities.join(linking, "identityKey").distinct();
        Dataset<Row> pairs = members.select(col("identityKey"), col("recordKey").as("leftKey"))
            .join(members.select(col("identityKey"), col("recordKey").as("rightKey")), "identityKey")
            .filter(col("leftKey").lt(col("rightKey")))
            .groupBy("leftKey", "rightKey")
            .agg(array_sort(collect_set(col("identityKey"))).as("identities"));
        return pairs.select(col("leftKey"), col("rightKey"), lit(DeterministicResolution.RULE_SHARED).as("rule"),
            col("identities"), lit(null).cast(DataTypes.DoubleType).as("weight"), lit(1.0).as("probability"),
            lit(null).cast(DataTypes.StringType).as("blockingRule"), emptyStrings().as("comparisons"),
            emptyStrings().as("levels"), array().cast("array<double>").as("weights"));
    }

    /**
     * The match engine's scored pairs as evidence rows, same columns as {@link #sharedIdentifiers}. Refuses pairs
     * whose contributions do not add up to their weight: stored, such a waterfall would explain a different number.
     */
    public static Dataset<Row> scored(Dataset<Row> scoredPairs) {
        Dataset<Row> broken = scoredPairs.filter(abs(contributionSum().minus(col("matchWeight"))).gt(TOLERANCE));
        Row first = broken.select("leftKey", "rightKey", "matchWeight").limit(1).collectAsList().stream().findFirst()
            .orElse(null);
        if (first != null) {
            throw new IllegalArgumentException("Scored pair " + first.getString(0) + " / " + first.getString(1)
                + ": its contributions do not add up to its matchWeight " + first.get(2)
                + "; the match engine must emit the prior and every comparison as contributions");
        }
        return scoredPairs.select(col("leftKey"), col("rightKey"), lit(RULE_SCORED).as("rule"),
            emptyStrings().as("identities"), col("matchWeight").as("weight"), col("probability"),
            col("blockingRule"),
            transform(col("contributions"), c -> c.getField("comparison")).as("comparisons"),
            transform(col("contributions"), c -> c.getField("level")).as("levels"),
            transform(col("contributions"), c -> c.getField("weight")).as("weights"));
    }

    private static Column contributionSum() {
        return aggregate(col("contributions"), lit(0.0), (acc, c) -> acc.plus(c.getField("weight")));
    }

    private static Column emptyStrings() {
        return array().cast("array<string>");
    }
}
