package io.seamgraph.analytics.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Record-to-record links through identities that are shared but not suppressed. Each identity links its records
 * as a star around its smallest record key: the same components as every pair, with n-1 edges instead of n².
 */
public final class SharedIdentifierLinks {

    private SharedIdentifierLinks() {
    }

    /** (recordKey, identityKey) and usage to (srcKey, dstKey, identityKey). */
    public static Dataset<Row> of(Dataset<Row> recordIdentities, Dataset<Row> usage) {
        Dataset<Row> linking = usage.filter(col("suppressed").equalTo(false).and(col("recordCount").geq(2)))
            .select("identityKey");
        Dataset<Row> members = recordIdentities.join(linking, "identityKey").distinct();
        Dataset<Row> hubs = members.groupBy("identityKey").agg(min("recordKey").as("hubKey"));
        return members.join(hubs, "identityKey")
            .filter(col("recordKey").notEqual(col("hubKey")))
            .select(col("hubKey").as("srcKey"), col("recordKey").as("dstKey"), col("identityKey"));
    }
}
