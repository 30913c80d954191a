package io.seamgraph.analytics.gaps;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The detectors' inputs built from ingest's normalised rows and a record-to-customer assignment, without a graph:
 * what the evaluation runs on. The graph job reads the same columns through the queries in cypher/queries/gaps/.
 */
public final class GapInputs {

    private GapInputs() {
    }

    /** @return (customerId, {@link Touch#SCHEMA} fields) */
    public static Dataset<Row> touchpoints(Dataset<Row> interactions, Dataset<Row> assignments) {
        return interactions.join(assignments, interactions.col("personKey").equalTo(assignments.col("recordKey")))
            .select(col("customerId"), col("key"), millis("at").as("atMillis"), col("businessUnit"), col("channel"),
                col("direction"), col("type"), col("stage"), col("topic"), col("outcome"), col("caseId"),
                col("campaign"), col("purpose"), col("template"), col("brand"), col("promiseType"),
                millis("promiseDueAt").as("promiseDueMillis"));
    }

    /** @return (customerId, {@link Consent#SCHEMA} fields) */
    public static Dataset<Row> consents(Dataset<Row> profiles, Dataset<Row> assignments) {
        return profiles.select(col("key").as("recordKey"), col("businessUnit"), explode(col("consents")).as("c"))
            .join(assignments, "recordKey")
            .select(col("customerId"), col("recordKey"), col("businessUnit"), col("c.purpose").as("purpose"),
                col("c.granted").as("granted"), millis("c.at").as("atMillis"));
    }

    /** @return {@link ConflictingData#RECORDS} */
    public static Dataset<Row> records(Dataset<Row> profiles, Dataset<Row> assignments) {
        return profiles.select(col("key").as("recordKey"), col("system"), col("businessUnit"), col("givenName"),
                col("familyName"), col("dateOfBirth").cast("string").as("dateOfBirth"), col("postcode"),
                millis("updatedAt").as("updatedAtMillis"))
            .join(assignments, "recordKey")
            .select(java.util.Arrays.stream(ConflictingData.RECORDS.fieldNames()).map(f -> col(f))
                .toArray(org.apache.spark.sql.Column[]::new));
    }

    public static Dataset<Row> noConflicts(SparkSession spark) {
        return spark.createDataFrame(java.util.List.of(), ConflictingData.CONFLICTS);
    }

    private static org.apache.spark.sql.Column millis(String field) {
        return expr("unix_millis(cast(" + field + " as timestamp))");
    }
}
