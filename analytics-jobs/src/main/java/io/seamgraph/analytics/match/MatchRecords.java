package io.seamgraph.analytics.match;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.to_timestamp;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The records input of matching (one row per source record, the SourceRecord properties plus its e-mails and phones)
 * from ingest's accepted profile rows, so matching can run straight after ingest's prepare step without a graph.
 */
public final class MatchRecords {

    static final String[] TEXT = {"system", "businessUnit", "givenName", "familyName", "fullName", "addressLine",
        "houseNumber", "addressLine2", "city", "postcode", "region", "country", "nationalId"};

    private MatchRecords() {
    }

    /** @param profiles IngestJob.Prepared#acceptedProfiles() */
    public static Dataset<Row> fromProfiles(Dataset<Row> profiles) {
        java.util.List<Column> columns = new java.util.ArrayList<>();
        columns.add(col("key").as("recordKey"));
        for (String c : TEXT) {
            columns.add(col(c));
        }
        columns.add(to_date(col("dateOfBirth")).as("dateOfBirth"));
        columns.add(identities("email").as("emails"));
        columns.add(identities("phone").as("phones"));
        columns.add(to_timestamp(col("updatedAt")).as("updatedAt"));
        return profiles.select(columns.toArray(Column[]::new));
    }

    /** (recordKey, identityKey) as DeterministicResolution and ResolveJob use them. */
    public static Dataset<Row> identities(Dataset<Row> recordIdentities) {
        return recordIdentities.select(col("recordKey"), col("key").as("identityKey"));
    }

    private static Column identities(String kind) {
        return coalesce(element_at(col("identities"), lit(kind)), array().cast("array<string>"));
    }
}
