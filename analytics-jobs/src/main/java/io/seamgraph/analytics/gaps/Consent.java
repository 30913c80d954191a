package io.seamgraph.analytics.gaps;

import java.io.Serializable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** A consent flag as one system records it (a CONSENT relationship SourceRecord -> Purpose). */
public record Consent(String recordKey, String businessUnit, String purpose, boolean granted, Long atMillis)
    implements Serializable {

    public static final StructType SCHEMA = new StructType()
        .add("recordKey", DataTypes.StringType)
        .add("businessUnit", DataTypes.StringType)
        .add("purpose", DataTypes.StringType)
        .add("granted", DataTypes.BooleanType)
        .add("atMillis", DataTypes.LongType);

    static Consent of(Row r) {
        Boolean granted = r.getAs("granted");
        return new Consent(r.getAs("recordKey"), r.getAs("businessUnit"), r.getAs("purpose"),
            Boolean.TRUE.equals(granted), r.getAs("atMillis"));
    }
}
