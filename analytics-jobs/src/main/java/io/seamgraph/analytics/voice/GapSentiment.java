package io.seamgraph.analytics.voice;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A silo gap's cost in the customer's words: how negative what customers wrote in the days after a gap of each type is,
 * next to what customers without that type of gap wrote over the same period (docs/api.md, gap sentiment).
 *
 * <p>Only linked, inbound documents with a sentiment count: an outbound message is the company's voice, and an unlinked
 * one cannot be placed after any customer's gap.
 */
public final class GapSentiment {

    static final String NEGATIVE = "negative";
    static final String INBOUND = "inbound";

    private GapSentiment() {
    }

    /**
     * @param documents (key, customerId, atMillis, direction, sentiment, sentimentScore, ...); customerId null when
     *                  the document is not linked
     * @return key, customerId, atMillis, sentiment, sentimentScore of the documents a customer wrote
     */
    public static Dataset<Row> customerWords(Dataset<Row> documents) {
        return documents.filter(col("customerId").isNotNull().and(col("atMillis").isNotNull())
                .and(col("direction").equalTo(INBOUND)).and(col("sentiment").isNotNull()))
            .select("key", "customerId", "atMillis", "sentiment", "sentimentScore");
    }

    /**
     * The documents the same customer wrote from a gap's moment to {@code windowMillis} after it (both ends included):
     * a document after two gaps of one type counts once for that type.
     *
     * @param gaps  (type, customerId, atMillis, ...)
     * @param words {@link #customerWords} output
     * @return type, key, customerId, sentiment, sentimentScore
     */
    public static Dataset<Row> afterGaps(Dataset<Row> gaps, Dataset<Row> words, long windowMillis) {
        Dataset<Row> g = placed(gaps).select(col("type"), col("customerId").as("gapCustomerId"), col("atMillis").as("gapAt"));
        Column followsGap = words.col("customerId").equalTo(g.col("gapCustomerId"))
            .and(words.col("atMillis").geq(g.col("gapAt")))
            .and(words.col("atMillis").leq(g.col("gapAt").plus(windowMillis)));
        return words.join(g, followsGap).select("type", "key", "customerId", "sentiment", "sentimentScore").distinct();
    }

    /**
     * What customers without a gap of a type wrote over that type's period: from its first gap to {@code windowMillis}
     * after its last, so both sides cover the same months.
     *
     * @return type, key, customerId, sentiment, sentimentScore
     */
    public static Dataset<Row> baseline(Dataset<Row> gaps, Dataset<Row> words, long windowMillis) {
        Dataset<Row> placed = placed(gaps);
        Dataset<Row> periods = placed.groupBy("type")
            .agg(min("atMillis").as("periodFrom"), max("atMillis").plus(windowMillis).as("periodUntil"));
        Dataset<Row> withType = placed.select("type", "customerId").distinct();
        return words.join(broadcast(periods),
                words.col("atMillis").between(periods.col("periodFrom"), periods.col("periodUntil")))
            .join(withType, new String[] {"type", "customerId"}, "left_anti")
            .select("type", "key", "customerId", "sentiment", "sentimentScore");
    }

    /**
     * One row per silo-gap type found: gaps, gapCustomers; documents, customers, negativeShare, meanScore after the
     * gaps; the same four for the baseline (prefixed {@code baseline}); negativeShareDifference and
     * meanScoreDifference (after minus baseline) and lift (negativeShare / baselineNegativeShare). A share, mean or
     * comparison without documents to measure is null, never 0.
     */
    public static Dataset<Row> compare(Dataset<Row> gaps, Dataset<Row> afterGaps, Dataset<Row> baseline) {
        Dataset<Row> types = gaps.groupBy("type")
            .agg(count(lit(1)).as("gaps"), countDistinct("customerId").as("gapCustomers"));
        return types.join(summarise(afterGaps, ""), new String[] {"type"}, "left")
            .join(summarise(baseline, "baseline"), new String[] {"type"}, "left")
            .select(col("type"), col("gaps"), col("gapCustomers"),
                coalesce(col("documents"), lit(0L)).as("documents"),
                coalesce(col("customers"), lit(0L)).as("customers"),
                col("negativeShare"), col("meanScore"),
                coalesce(col("baselineDocuments"), lit(0L)).as("baselineDocuments"),
                coalesce(col("baselineCustomers"), lit(0L)).as("baselineCustomers"),
                col("baselineNegativeShare"), col("baselineMeanScore"),
                col("negativeShare").minus(col("baselineNegativeShare")).as("negativeShareDifference"),
                col("meanScore").minus(col("baselineMeanScore")).as("meanScoreDifference"),
                when(col("baselineNegativeShare").gt(0), col("negativeShare").divide(col("baselineNegativeShare")))
                    .as("lift"));
    }

    private static Dataset<Row> summarise(Dataset<Row> documents, String prefix) {
        return documents.groupBy("type").agg(
            count(lit(1)).as(name(prefix, "documents")),
            countDistinct("customerId").as(name(prefix, "customers")),
            avg(when(col("sentiment").equalTo(NEGATIVE), 1.0).otherwise(0.0)).as(name(prefix, "negativeShare")),
            avg("sentimentScore").as(name(prefix, "meanScore")));
    }

    private static String name(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    private static Dataset<Row> placed(Dataset<Row> gaps) {
        return gaps.filter(col("customerId").isNotNull().and(col("atMillis").isNotNull()).and(col("type").isNotNull()));
    }
}
