package io.seamgraph.analytics.voice;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.timestamp_seconds;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Volume and sentiment of each topic per business unit, channel, direction and UTC month, so that the API answers
 * {@code GET /api/topics} by summing a few thousand rows instead of reading every document.
 */
public final class TopicStats {

    /** A document the classifier gave no topic, or a unit, channel or direction the source did not declare. */
    static final String UNKNOWN = "unknown";

    private TopicStats() {
    }

    /**
     * @param documents (atMillis, topic, businessUnit, channel, direction, sentiment, sentimentScore, ...), linked or
     *                  not; a document without a time cannot be placed in a month and is left out
     * @return key (SHA-256 of the grouping), topic, unit, channel, direction, month ({@code yyyy-MM}), documents,
     *         negative, neutral, positive, scored (documents with a score), scoreSum
     */
    public static Dataset<Row> compute(Dataset<Row> documents) {
        Column month = date_format(timestamp_seconds(col("atMillis").divide(1000)), "yyyy-MM");
        return documents.filter(col("atMillis").isNotNull())
            .select(known("topic").as("topic"), known("businessUnit").as("unit"), known("channel").as("channel"),
                known("direction").as("direction"), month.as("month"), col("sentiment"), col("sentimentScore"))
            .groupBy("topic", "unit", "channel", "direction", "month")
            .agg(count(lit(1)).as("documents"), counted("negative"), counted("neutral"), counted("positive"),
                count("sentimentScore").as("scored"), coalesce(sum("sentimentScore"), lit(0.0)).as("scoreSum"))
            .withColumn("key", sha2(to_json(struct(col("topic"), col("unit"), col("channel"), col("direction"),
                col("month"))), 256));
    }

    private static Column known(String column) {
        return coalesce(col(column), lit(UNKNOWN));
    }

    private static Column counted(String sentiment) {
        return sum(when(col("sentiment").equalTo(sentiment), 1L).otherwise(0L)).as(sentiment);
    }
}
