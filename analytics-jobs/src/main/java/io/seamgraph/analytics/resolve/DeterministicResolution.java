package io.seamgraph.analytics.resolve;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Records that share a strong identifier belong to one customer; connected components close the chains
 * (A shares an e-mail with B, B a phone with C). The customer id is a hash of the smallest member key, so the
 * same members always give the same id, whatever order the run saw them in.
 */
public final class DeterministicResolution {

    public static final String RULE_SHARED = "shared-identifier";
    public static final String RULE_SINGLETON = "singleton";

    private DeterministicResolution() {
    }

    public record Result(Dataset<Row> assignments, Dataset<Row> customers, Dataset<Row> usage) {
    }

    /**
     * @param records          (recordKey)
     * @param recordIdentities (recordKey, identityKey)
     * @return assignments (recordKey, customerId, via, rule); customers (customerId, recordCount);
     *         usage (identityKey, recordCount, suppressed)
     */
    public static Result resolve(SparkSession spark, Dataset<Row> records, Dataset<Row> recordIdentities,
                                 int maxRecordsPerIdentity) {
        Dataset<Row> usage = IdentityUsage.of(recordIdentities, maxRecordsPerIdentity);
        Dataset<Row> links = SharedIdentifierLinks.of(recordIdentities, usage);
        Dataset<Row> components = ConnectedRecords.components(spark, records, links);
        Dataset<Row> customerIds = components.groupBy("component")
            .agg(min("recordKey").as("anchor"))
            .withColumn("customerId", concat(lit("C-"), substring(sha2(col("anchor"), 256), 1, 16)))
            .select("component", "customerId");
        Dataset<Row> via = linkingIdentities(recordIdentities, usage);
        Dataset<Row> assignments = components.join(customerIds, "component")
            .join(via, "recordKey", "left")
            .select(col("recordKey"), col("customerId"),
                coalesce(col("via"), org.apache.spark.sql.functions.array().cast("array<string>")).as("via"))
            .withColumn("rule", when(size(col("via")).gt(0), lit(RULE_SHARED)).otherwise(lit(RULE_SINGLETON)));
        Dataset<Row> customers = assignments.groupBy("customerId").agg(count(lit(1)).as("recordCount"));
        return new Result(assignments, customers, usage);
    }

    /** Per record, the identities it shares with at least one other record, suppressed ones excluded. */
    static Dataset<Row> linkingIdentities(Dataset<Row> recordIdentities, Dataset<Row> usage) {
        Dataset<Row> linking = usage.filter(col("suppressed").equalTo(false).and(col("recordCount").geq(2)))
            .select("identityKey");
        return recordIdentities.join(linking, "identityKey")
            .groupBy("recordKey")
            .agg(array_sort(collect_set(col("identityKey"))).as("via"));
    }
}
