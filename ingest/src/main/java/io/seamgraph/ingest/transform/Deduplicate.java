package io.seamgraph.ingest.transform;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Keeps one row per key. A system that exports the same id twice keeps the most recently updated row (then the
 * first by content, so the choice does not depend on partitioning); the others are rejected as duplicates.
 */
public final class Deduplicate {

    private static final String RANK = "_rank";

    private Deduplicate() {
    }

    public static Dataset<Row> byKey(Dataset<Row> rows, Column... preference) {
        Column[] order = new Column[preference.length + 1];
        System.arraycopy(preference, 0, order, 0, preference.length);
        order[preference.length] = col("_raw").asc();
        Column rank = row_number().over(Window.partitionBy(col("key")).orderBy(order));
        Column duplicate = struct(lit("key").as("field"), col("key").as("value"),
            lit("duplicate key: another row of the same system has this id and was kept").as("reason"),
            lit("rejected_row").as("action"));
        return rows.withColumn(RANK, rank)
            .withColumn(IssueRows.ISSUES, org.apache.spark.sql.functions.when(col(RANK).gt(1),
                concat(col(IssueRows.ISSUES), array(duplicate))).otherwise(col(IssueRows.ISSUES)))
            .withColumn(IssueRows.REJECTED, col(IssueRows.REJECTED).or(col(RANK).gt(1)))
            .drop(RANK);
    }
}
