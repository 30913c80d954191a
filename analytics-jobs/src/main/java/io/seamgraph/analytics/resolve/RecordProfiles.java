package io.seamgraph.analytics.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.to_date;

import io.seamgraph.graph.GraphReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The records' own values as the match engine and the golden record take them (CONTRACTS.md "Records input"), read
 * from the graph. Dates travel as ISO text and instants as epoch milliseconds, so no time zone of the connector or
 * the JVM can shift them.
 */
public final class RecordProfiles {

    private static final StructType READ = new StructType()
        .add("recordKey", DataTypes.StringType).add("system", DataTypes.StringType)
        .add("businessUnit", DataTypes.StringType).add("givenName", DataTypes.StringType)
        .add("familyName", DataTypes.StringType).add("fullName", DataTypes.StringType)
        .add("dateOfBirthText", DataTypes.StringType).add("addressLine", DataTypes.StringType)
        .add("houseNumber", DataTypes.StringType).add("addressLine2", DataTypes.StringType)
        .add("city", DataTypes.StringType).add("postcode", DataTypes.StringType).add("region", DataTypes.StringType)
        .add("country", DataTypes.StringType).add("nationalId", DataTypes.StringType)
        .add("emails", DataTypes.createArrayType(DataTypes.StringType))
        .add("phones", DataTypes.createArrayType(DataTypes.StringType))
        .add("updatedAtMillis", DataTypes.LongType);

    private RecordProfiles() {
    }

    public static Dataset<Row> read(SparkSession spark, GraphReader reader) {
        return reader.read(spark, "resolve/read-record-profiles", READ)
            .withColumn("dateOfBirth", to_date(col("dateOfBirthText")))
            .withColumn("updatedAt", expr("timestamp_millis(updatedAtMillis)"))
            .select("recordKey", "system", "businessUnit", "givenName", "familyName", "fullName", "dateOfBirth",
                "addressLine", "houseNumber", "addressLine2", "city", "postcode", "region", "country", "nationalId", "emails",
                "phones", "updatedAt");
    }
}
