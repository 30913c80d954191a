package io.seamgraph.analytics.gaps;

import java.io.Serializable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One touchpoint as the detectors see it: the canonical fields of docs/graph-model.md, times in epoch milliseconds.
 * {@code promiseDueMillis} is null when the touchpoint promises nothing.
 */
public record Touch(String key, long atMillis, String businessUnit, String channel, String direction, String type,
                    String stage, String topic, String outcome, String caseId, String campaign, String purpose,
                    String template, String brand, String promiseType, Long promiseDueMillis) implements Serializable {

    /** The struct of one element of a journey's {@code touches} array (and of the touchpoint input, plus customerId). */
    public static final StructType SCHEMA = new StructType()
        .add("key", DataTypes.StringType)
        .add("atMillis", DataTypes.LongType)
        .add("businessUnit", DataTypes.StringType)
        .add("channel", DataTypes.StringType)
        .add("direction", DataTypes.StringType)
        .add("type", DataTypes.StringType)
        .add("stage", DataTypes.StringType)
        .add("topic", DataTypes.StringType)
        .add("outcome", DataTypes.StringType)
        .add("caseId", DataTypes.StringType)
        .add("campaign", DataTypes.StringType)
        .add("purpose", DataTypes.StringType)
        .add("template", DataTypes.StringType)
        .add("brand", DataTypes.StringType)
        .add("promiseType", DataTypes.StringType)
        .add("promiseDueMillis", DataTypes.LongType);

    static Touch of(Row r) {
        return new Touch(r.getAs("key"), r.<Long>getAs("atMillis"), r.getAs("businessUnit"), r.getAs("channel"),
            r.getAs("direction"), r.getAs("type"), r.getAs("stage"), r.getAs("topic"), r.getAs("outcome"),
            r.getAs("caseId"), r.getAs("campaign"), r.getAs("purpose"), r.getAs("template"), r.getAs("brand"),
            r.getAs("promiseType"), r.getAs("promiseDueMillis"));
    }

    public boolean inbound() {
        return "inbound".equals(direction);
    }

    public boolean outbound() {
        return "outbound".equals(direction);
    }

    boolean conversational(GapConfig.Vocabulary v) {
        return channel != null && v.conversationalChannels().contains(channel);
    }

    /**
     * A contact: the customer writing or calling (inbound, on a conversational channel), not self-service browsing.
     * The hand-off matrix (docs/metrics.md) counts repeat contacts by the same definition.
     */
    boolean contact(GapConfig.Vocabulary v) {
        return inbound() && conversational(v);
    }

    boolean hasTopic() {
        return topic != null && !topic.isBlank();
    }

    boolean hasOutcome() {
        return outcome != null && !outcome.isBlank();
    }

    boolean hasPromise() {
        return promiseType != null && promiseDueMillis != null;
    }

    String unit() {
        return businessUnit == null ? "" : businessUnit;
    }
}
