package io.seamgraph.analytics.resolve;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Records that share a strong identifier belong to one customer; connected components close the chains
 * (A shares an e-mail with B, B a phone with C). Corrections join records no identifier links (must-link) and keep
 * apart records an identifier would join (cannot-link). Without an earlier run to keep ids from, the customer id is a
 * hash of the smallest member key ({@link StableCustomerIds#hashId}), so the same members always give the same id.
 */
public final class DeterministicResolution {

    public static final String RULE_SHARED = "shared-identifier";
    public static final String RULE_SINGLETON = "singleton";
    public static final String RULE_CORRECTION = "correction";

    private DeterministicResolution() {
    }

    /**
     * @param assignments (recordKey, customerId, via, rule, clusterKey, confidence)
     * @param customers   (customerId, recordCount)
     * @param usage       (identityKey, recordCount, suppressed)
     * @param links       (srcKey, dstKey, identityKey): the shared-identifier links, before corrections
     */
    public record Result(Dataset<Row> assignments, Dataset<Row> customers, Dataset<Row> usage, Dataset<Row> links) {
    }

    public static Result resolve(SparkSession spark, Dataset<Row> records, Dataset<Row> recordIdentities,
                                 int maxRecordsPerIdentity) {
        return resolve(spark, records, recordIdentities, maxRecordsPerIdentity, CorrectionLinks.Constraints.none(spark));
    }

    /**
     * @param records          (recordKey)
     * @param recordIdentities (recordKey, identityKey)
     */
    public static Result resolve(SparkSession spark, Dataset<Row> records, Dataset<Row> recordIdentities,
                                 int maxRecordsPerIdentity, CorrectionLinks.Constraints corrections) {
        Dataset<Row> usage = IdentityUsage.of(recordIdentities, maxRecordsPerIdentity);
        Dataset<Row> links = SharedIdentifierLinks.of(recordIdentities, usage);
        Dataset<Row> clusters = CorrectedClusters.of(spark, records, links, corrections);
        Dataset<Row> assignments = describe(clusters, recordIdentities, usage, corrections)
            .withColumn("customerId", StableCustomerIds.hashId(col("clusterKey")))
            // Identifiers and a person's own word are certain; a probabilistic engine would give less than 1.
            .withColumn("confidence", lit(1.0))
            .select("recordKey", "customerId", "via", "rule", "clusterKey", "confidence");
        Dataset<Row> customers = assignments.groupBy("customerId").agg(count(lit(1)).as("recordCount"));
        return new Result(assignments, customers, usage, links);
    }

    /**
     * Per record of (recordKey, clusterKey): via, the identities it shares with another record of its own cluster
     * (a cannot-link can leave an identity shared across two customers: it explains neither), and the rule that
     * put it there.
     */
    static Dataset<Row> describe(Dataset<Row> clusters, Dataset<Row> recordIdentities, Dataset<Row> usage,
                                 CorrectionLinks.Constraints corrections) {
        Dataset<Row> linking = usage.filter(col("suppressed").equalTo(false).and(col("recordCount").geq(2)))
            .select("identityKey");
        Dataset<Row> held = recordIdentities.join(linking, "identityKey").join(clusters, "recordKey").distinct();
        Dataset<Row> shared = held.groupBy("clusterKey", "identityKey").agg(count(lit(1)).as("holders"))
            .filter(col("holders").geq(2)).select("clusterKey", "identityKey");
        Dataset<Row> via = held.join(shared, new String[] {"clusterKey", "identityKey"}).groupBy("recordKey")
            .agg(array_sort(collect_set(col("identityKey"))).as("via"));
        Dataset<Row> mustLinked = corrections.mustLink().select(col("leftKey").as("recordKey"), col("rightKey").as("other"))
            .union(corrections.mustLink().select(col("rightKey").as("recordKey"), col("leftKey").as("other")))
            .join(clusters, "recordKey")
            .join(clusters.select(col("recordKey").as("other"), col("clusterKey").as("otherCluster")), "other")
            .filter(col("clusterKey").equalTo(col("otherCluster")))
            .select("recordKey").distinct().withColumn("corrected", lit(true));
        return clusters
            .join(via, "recordKey", "left")
            .join(mustLinked, "recordKey", "left")
            .withColumn("via", coalesce(col("via"), array().cast("array<string>")))
            .withColumn("rule", when(size(col("via")).gt(0), lit(RULE_SHARED))
                .when(col("corrected").equalTo(true), lit(RULE_CORRECTION))
                .otherwise(lit(RULE_SINGLETON)))
            .select("recordKey", "clusterKey", "via", "rule");
    }
}
