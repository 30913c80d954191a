package io.seamgraph.analytics.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** How many records carry each identity, and which identities are too common to be evidence. */
public final class IdentityUsage {

    private IdentityUsage() {
    }

    /** (recordKey, identityKey) to (identityKey, recordCount, suppressed). */
    public static Dataset<Row> of(Dataset<Row> recordIdentities, int maxRecordsPerIdentity) {
        return recordIdentities.groupBy(col("identityKey"))
            .agg(countDistinct(col("recordKey")).cast("long").as("recordCount"))
            .withColumn("suppressed", col("recordCount").gt(maxRecordsPerIdentity));
    }
}
