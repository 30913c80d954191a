package io.seamgraph.ingest.transform;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Rejects interactions whose person id names no accepted profile record: a touchpoint must belong to someone. */
public final class ReferenceCheck {

    private static final String KNOWN = "_known";

    private ReferenceCheck() {
    }

    /** @param recordKeys one column {@code key}: the accepted profile records */
    public static Dataset<Row> apply(Dataset<Row> interactions, Dataset<Row> recordKeys) {
        Dataset<Row> known = recordKeys.select(col("key").as("_recordKey")).distinct().withColumn(KNOWN, lit(true));
        Column unknown = col("personKey").isNotNull().and(col(KNOWN).isNull());
        Column issue = struct(lit("personId").as("field"), col("personKey").as("value"),
            lit("no profile record with this id in the person's system").as("reason"),
            lit("rejected_row").as("action"));
        return interactions.join(known, interactions.col("personKey").equalTo(known.col("_recordKey")), "left")
            .withColumn(IssueRows.ISSUES, when(unknown, concat(col(IssueRows.ISSUES), array(issue)))
                .otherwise(col(IssueRows.ISSUES)))
            .withColumn(IssueRows.REJECTED, col(IssueRows.REJECTED).or(unknown))
            .drop("_recordKey", KNOWN);
    }
}
