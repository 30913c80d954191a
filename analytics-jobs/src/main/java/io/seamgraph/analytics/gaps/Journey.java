package io.seamgraph.analytics.gaps;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One customer's touchpoints in time order (ties by key, as the journey chain orders them), the consent flags of
 * their records, and the horizon: the instant after which nothing is known.
 */
public record Journey(String customerId, List<Touch> touches, List<Consent> consents, long horizonMillis) {

    public Journey {
        List<Touch> sorted = new ArrayList<>(touches);
        sorted.sort(Comparator.comparingLong(Touch::atMillis).thenComparing(Touch::key));
        touches = List.copyOf(sorted);
        consents = List.copyOf(consents);
    }

    static Journey of(Row row) {
        List<Touch> touches = new ArrayList<>();
        List<Row> touchRows = row.getList(row.fieldIndex("touches"));
        touchRows.forEach(r -> touches.add(Touch.of(r)));
        List<Consent> consents = new ArrayList<>();
        int c = row.fieldIndex("consents");
        if (!row.isNullAt(c)) {
            row.<Row>getList(c).forEach(r -> consents.add(Consent.of(r)));
        }
        return new Journey(row.getAs("customerId"), touches, consents, row.<Long>getAs("horizonMillis"));
    }

    /**
     * @param touchpoints (customerId + the fields of {@link Touch#SCHEMA}), one row per touchpoint of a customer
     * @param consents    (customerId + the fields of {@link Consent#SCHEMA}), one row per consent flag of a record
     * @param asOfMillis  the horizon; null: the latest touchpoint
     * @return (customerId, touches array, consents array or null, horizonMillis), one row per customer
     */
    public static Dataset<Row> build(Dataset<Row> touchpoints, Dataset<Row> consents, Long asOfMillis) {
        long horizon = asOfMillis != null ? asOfMillis : latest(touchpoints);
        Column[] touchFields = java.util.Arrays.stream(Touch.SCHEMA.fieldNames()).map(f -> col(f)).toArray(Column[]::new);
        Column[] consentFields = java.util.Arrays.stream(Consent.SCHEMA.fieldNames()).map(f -> col(f)).toArray(Column[]::new);
        Dataset<Row> touches = touchpoints.groupBy(col("customerId")).agg(collect_list(struct(touchFields)).as("touches"));
        Dataset<Row> flags = consents.groupBy(col("customerId")).agg(collect_list(struct(consentFields)).as("consents"));
        return touches.join(flags, touches.col("customerId").equalTo(flags.col("customerId")), "left")
            .select(touches.col("customerId"), col("touches"), col("consents"), lit(horizon).as("horizonMillis"));
    }

    private static long latest(Dataset<Row> touchpoints) {
        Row row = touchpoints.agg(max(col("atMillis"))).first();
        return row.isNullAt(0) ? 0L : row.getLong(0);
    }
}
