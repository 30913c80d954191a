package io.seamgraph.ingest.transform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** One quarantine row per issue: the source, the file, the record, the field, the value, the reason and the row. */
public final class QuarantineRows {

    private QuarantineRows() {
    }

    /** @param idColumn the source's own id for the row ({@code recordId} or {@code interactionId}) */
    public static Dataset<Row> of(Dataset<Row> normalised, String idColumn) {
        return normalised
            .select(col("source"), col("_file").as("file"), col(idColumn).as("record"), col("_raw").as("row"),
                explode(col(IssueRows.ISSUES)).as("issue"))
            .select(col("source"), col("file"), col("record"), col("issue.field").as("field"),
                col("issue.value").as("value"), col("issue.reason").as("reason"), col("issue.action").as("action"),
                col("row"));
    }
}
