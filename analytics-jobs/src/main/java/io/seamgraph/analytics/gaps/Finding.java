package io.seamgraph.analytics.gaps;

import java.io.Serializable;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One silo gap a detector found.
 *
 * @param evidence keys of the touchpoints that show it (source records for conflicting data), first the anchor
 * @param units    business-unit keys involved, sorted
 * @param atMillis when the gap happened (became visible)
 * @param severity 0..1, scored as docs/silo-gaps.md says per type
 */
public record Finding(GapType type, String customerId, List<String> evidence, List<String> units, long atMillis,
                      double severity, String summary, String attribute) implements Serializable {

    public static final StructType SCHEMA = new StructType()
        .add("key", DataTypes.StringType)
        .add("type", DataTypes.StringType)
        .add("customerId", DataTypes.StringType)
        .add("atMillis", DataTypes.LongType)
        .add("severity", DataTypes.DoubleType)
        .add("summary", DataTypes.StringType)
        .add("units", DataTypes.createArrayType(DataTypes.StringType))
        .add("evidence", DataTypes.createArrayType(DataTypes.StringType))
        .add("attribute", DataTypes.StringType);

    public Finding {
        evidence = List.copyOf(evidence);
        units = List.copyOf(new TreeSet<>(units));
        severity = Math.max(0, Math.min(1, severity));
    }

    static Finding of(GapType type, String customerId, List<Touch> evidence, long atMillis, double severity,
                      String summary) {
        return new Finding(type, customerId, evidence.stream().map(Touch::key).toList(),
            evidence.stream().map(Touch::unit).toList(), atMillis, severity, summary, null);
    }

    /** type:customerId:anchor, where the anchor is the attribute (conflicting data) or the first evidence key. */
    public String key() {
        return type.key() + ":" + customerId + ":" + (attribute != null ? attribute : evidence.get(0));
    }

    Row toRow() {
        return RowFactory.create(key(), type.key(), customerId, atMillis, severity, summary,
            scala.jdk.javaapi.CollectionConverters.asScala(units).toSeq(),
            scala.jdk.javaapi.CollectionConverters.asScala(evidence).toSeq(), attribute);
    }
}
