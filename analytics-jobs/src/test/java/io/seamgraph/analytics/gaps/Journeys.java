package io.seamgraph.analytics.gaps;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/** Hand-built journeys for detector tests: touchpoints by day and hour from a fixed start, in plain words. */
final class Journeys {

    static final long T0 = 1_767_600_000_000L; // 2026-01-05T08:00:00Z
    static final long HOUR = 3_600_000L;
    static final long DAY = 24 * HOUR;

    private final List<Row> touches = new ArrayList<>();
    private final List<Row> consents = new ArrayList<>();
    private String customer = "C-1";
    private int next;

    static Journeys customer(String id) {
        Journeys j = new Journeys();
        j.customer = id;
        return j;
    }

    Journeys and(String id) {
        customer = id;
        return this;
    }

    /** A touchpoint {@code hours} after T0; returns its key (t1, t2, ...). */
    String touch(double hours, String unit, String channel, String direction, Fields f) {
        String key = customer + "/t" + (++next);
        touches.add(RowFactory.create(customer, key, T0 + Math.round(hours * HOUR), unit, channel, direction, f.type,
            f.stage, f.topic, f.outcome, f.caseId, f.campaign, f.purpose, f.template, f.brand, f.promiseType,
            f.promiseDueHours == null ? null : T0 + Math.round(f.promiseDueHours * HOUR)));
        return key;
    }

    String in(double hours, String unit, String channel, Fields f) {
        return touch(hours, unit, channel, "inbound", f);
    }

    String out(double hours, String unit, String channel, Fields f) {
        return touch(hours, unit, channel, "outbound", f);
    }

    Journeys consent(String unit, String purpose, boolean granted, Double hours) {
        consents.add(RowFactory.create(customer, unit + ":rec-" + customer, unit, purpose, granted,
            hours == null ? null : T0 + Math.round(hours * HOUR)));
        return this;
    }

    Dataset<Row> journeys(SparkSession spark, Double horizonHours) {
        return Journey.build(spark.createDataFrame(touches, GapsJob.TOUCHPOINTS),
            spark.createDataFrame(consents, GapsJob.CONSENTS), horizonHours == null ? null : T0 + Math.round(horizonHours * HOUR));
    }

    static Fields f() {
        return new Fields();
    }

    /** Optional canonical fields of a touchpoint. */
    static final class Fields {
        String type;
        String stage;
        String topic;
        String outcome;
        String caseId;
        String campaign;
        String purpose;
        String template;
        String brand;
        String promiseType;
        Double promiseDueHours;

        Fields type(String v) { type = v; return this; }
        Fields stage(String v) { stage = v; return this; }
        Fields topic(String v) { topic = v; return this; }
        Fields outcome(String v) { outcome = v; return this; }
        Fields caseId(String v) { caseId = v; return this; }
        Fields campaign(String v) { campaign = v; return this; }
        Fields purpose(String v) { purpose = v; return this; }
        Fields template(String v, String brand) { template = v; this.brand = brand; return this; }
        Fields promise(String type, double dueHours) { promiseType = type; promiseDueHours = dueHours; return this; }
    }

    /** Runs one detector's Spark step and returns its findings as rows. */
    static List<Row> detect(GapDetector detector, Dataset<Row> journeys) {
        return detector.detect(journeys).orderBy("key").collectAsList();
    }

    static List<String> evidence(Row finding) {
        return finding.getList(finding.fieldIndex("evidence"));
    }
}
