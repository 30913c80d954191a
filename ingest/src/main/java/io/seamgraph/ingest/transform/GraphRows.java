package io.seamgraph.ingest.transform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import io.seamgraph.contract.CanonicalField;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Accepted, normalised rows shaped as the events the write queries in {@code cypher/queries/ingest} expect. */
public final class GraphRows {

    private static final Map<String, String> FIELD_OF_KIND = new TreeMap<>();

    static {
        for (CanonicalField field : CanonicalField.values()) {
            field.identityKind().ifPresent(kind -> FIELD_OF_KIND.put(kind, field.yamlName()));
        }
    }

    private GraphRows() {
    }

    public static Dataset<Row> records(Dataset<Row> profiles) {
        return profiles.select(col("key"), col("system"), col("recordId"), col("source"), col("businessUnit"),
            col("givenName"), col("familyName"), col("fullName"), col("dateOfBirth"), col("addressLine"),
            col("houseNumber"), col("addressLine2"), col("city"), col("postcode"), col("region"), col("country"),
            col("nationalId"), col("updatedAt"));
    }

    /** (recordKey, key, kind, value, field): one row per identity a record carries. */
    public static Dataset<Row> recordIdentities(Dataset<Row> profiles) {
        Column fieldOfKind = org.apache.spark.sql.functions.map(FIELD_OF_KIND.entrySet().stream()
            .flatMap(e -> java.util.stream.Stream.of(lit(e.getKey()), lit(e.getValue())))
            .toArray(Column[]::new));
        return profiles
            .select(col("key").as("recordKey"), explode(col("identities")).as(new String[] {"kind", "values"}))
            .select(col("recordKey"), col("kind"), explode(col("values")).as("value"))
            .withColumn("key", concat(col("kind"), lit(":"), col("value")))
            .withColumn("field", fieldOfKind.apply(col("kind")));
    }

    public static Dataset<Row> identities(Dataset<Row> recordIdentities) {
        return recordIdentities.select("key", "kind", "value").dropDuplicates("key");
    }

    /** One event per record: its identities as a list, so the write can also unlink the ones that went away. */
    public static Dataset<Row> identitiesPerRecord(Dataset<Row> profiles, Dataset<Row> recordIdentities) {
        Dataset<Row> grouped = recordIdentities
            .groupBy(col("recordKey"))
            .agg(sort_array(collect_list(struct(col("key"), col("field")))).as("identities"));
        Dataset<Row> all = profiles.select(col("key").as("recordKey"));
        return all.join(grouped, "recordKey", "left")
            .select(col("recordKey"), org.apache.spark.sql.functions.coalesce(col("identities"),
                org.apache.spark.sql.functions.array().cast("array<struct<key:string,field:string>>")).as("identities"));
    }

    public static Dataset<Row> consentsPerRecord(Dataset<Row> profiles) {
        return profiles.filter(size(col("consents")).gt(0))
            .select(col("key").as("recordKey"), col("source"), col("consents"));
    }

    public static Dataset<Row> touchpoints(Dataset<Row> interactions) {
        Column[] columns = java.util.stream.Stream.concat(
                java.util.stream.Stream.of("key", "source", "system", "businessUnit", "interactionId", "personKey", "at", "channel"),
                NormaliseInteractions.ATTRIBUTES.stream())
            .map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        return interactions.select(columns);
    }

    public static Dataset<Row> touchpointLinks(Dataset<Row> interactions) {
        return interactions.select("key", "personKey", "channel", "businessUnit");
    }
}
