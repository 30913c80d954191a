package io.seamgraph.analytics.match;

import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import io.seamgraph.analytics.match.MatchSettings.Comparison;
import io.seamgraph.analytics.match.MatchSettings.Placeholders;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Records as matching sees them: placeholder values removed from every text column (so they neither block nor
 * compare), one value column per comparison ({@code v_<name>}), its term frequency ({@code tf_<name>}) and one key
 * column per blocking rule ({@code b_<i>}, null when any part is missing).
 */
final class MatchInput {

    static final String SYSTEM = "system";

    private MatchInput() {
    }

    /** A value carried by so many records that it is no evidence (a shop's default e-mail, a shared test number). */
    record GenericValue(String comparison, String value, long records) {
    }

    record Prepared(Dataset<Row> rows, List<GenericValue> genericValues) {
    }

    static String value(String comparison) {
        return "v_" + comparison;
    }

    static String tf(String comparison) {
        return "tf_" + comparison;
    }

    static String blockKey(int rule) {
        return "b_" + rule;
    }

    /** True for a value on the placeholder list or matching one of its patterns (compared trimmed, lower-cased). */
    static Column isPlaceholder(Column value, Placeholders placeholders) {
        Column text = lower(trim(value));
        Column hit = placeholders.values().isEmpty() ? lit(false) : text.isin(placeholders.values().toArray());
        for (String pattern : placeholders.patterns()) {
            hit = hit.or(text.rlike(pattern));
        }
        return hit.or(text.equalTo(""));
    }

    /** Every text column and every array of text with its placeholders removed. */
    static Dataset<Row> withoutPlaceholders(Dataset<Row> records, Placeholders placeholders) {
        List<Column> columns = new ArrayList<>();
        for (StructField field : records.schema().fields()) {
            Column c = col(field.name());
            if (field.name().equals("recordKey") || field.name().equals(SYSTEM)) {
                columns.add(c);
            } else if (field.dataType().equals(DataTypes.StringType)) {
                columns.add(when(isPlaceholder(c, placeholders), lit(null).cast(DataTypes.StringType)).otherwise(c).as(field.name()));
            } else if (field.dataType() instanceof ArrayType a && a.elementType().equals(DataTypes.StringType)) {
                columns.add(filter(c, v -> v.isNotNull().and(isPlaceholder(v, placeholders).unary_$bang())).as(field.name()));
            } else {
                columns.add(c);
            }
        }
        return records.select(columns.toArray(Column[]::new));
    }

    static Prepared prepare(Dataset<Row> records, MatchSettings settings) {
        Dataset<Row> clean = withoutPlaceholders(records, settings.placeholders());
        List<Column> columns = new ArrayList<>(List.of(col("recordKey"), col(SYSTEM)));
        for (Comparison c : settings.comparisons()) {
            columns.add(comparable(expr(c.expression()), c.type()).as(value(c.name())));
        }
        List<MatchSettings.BlockingRule> rules = settings.blocking().rules();
        for (int i = 0; i < rules.size(); i++) {
            columns.add(blockingKey(rules.get(i)).as(blockKey(i)));
        }
        // Checkpointed here and after the generic values: each count below would otherwise recompute every
        // placeholder pattern on every column, and each term-frequency join the joins before it (at 100,000
        // records that was four fifths of the whole resolution).
        Dataset<Row> rows = clean.select(columns.toArray(Column[]::new)).localCheckpoint();

        List<GenericValue> generic = new ArrayList<>();
        for (Comparison c : settings.comparisons()) {
            if (c.maxRecordsPerValue() > 0) {
                List<GenericValue> found = genericValues(rows, c);
                generic.addAll(found);
                rows = withoutValues(rows, c, found.stream().map(GenericValue::value).toList());
            }
        }
        rows = rows.localCheckpoint();
        for (Comparison c : settings.comparisons()) {
            if (c.termFrequency()) {
                rows = withTermFrequency(rows, c.name());
            }
        }
        return new Prepared(rows, generic);
    }

    /** The form a comparison works on: trimmed lower-case text, a date, a double, or a non-empty array. */
    static Column comparable(Column value, String type) {
        return switch (type) {
            case "date" -> value.cast(DataTypes.DateType);
            case "number" -> value.cast(DataTypes.DoubleType);
            case "set" -> when(size(value).gt(0), value);
            case "custom" -> value;
            default -> {
                Column text = lower(trim(value.cast(DataTypes.StringType)));
                yield when(text.notEqual(""), text);
            }
        };
    }

    private static Column blockingKey(MatchSettings.BlockingRule rule) {
        Column present = lit(true);
        Column[] parts = new Column[rule.keys().size()];
        for (int k = 0; k < parts.length; k++) {
            Column part = lower(trim(expr(rule.keys().get(k)).cast(DataTypes.StringType)));
            parts[k] = part;
            present = present.and(part.isNotNull()).and(part.notEqual(""));
        }
        return when(present, concat_ws("\u001f", parts));
    }

    private static List<GenericValue> genericValues(Dataset<Row> rows, Comparison c) {
        Column v = col(value(c.name()));
        Dataset<Row> values = "set".equals(c.type())
            ? rows.select(col("recordKey"), explode(v).as("v"))
            : rows.select(col("recordKey"), v.cast(DataTypes.StringType).as("v"));
        return values.filter(col("v").isNotNull())
            .groupBy("v").agg(countDistinct("recordKey").as("records"))
            .filter(col("records").gt(c.maxRecordsPerValue()))
            .orderBy(col("records").desc(), col("v"))
            .collectAsList().stream()
            .map(r -> new GenericValue(c.name(), r.getString(0), r.getLong(1)))
            .toList();
    }

    private static Dataset<Row> withoutValues(Dataset<Row> rows, Comparison c, List<String> values) {
        if (values.isEmpty()) {
            return rows;
        }
        Column v = col(value(c.name()));
        Column cleaned = "set".equals(c.type())
            ? array_except(v, org.apache.spark.sql.functions.array(values.stream().map(org.apache.spark.sql.functions::lit).toArray(Column[]::new)))
            : when(v.cast(DataTypes.StringType).isin(values.toArray()).unary_$bang(), v);
        if ("set".equals(c.type())) {
            cleaned = when(size(cleaned).gt(0), cleaned);
        }
        return rows.withColumn(value(c.name()), cleaned);
    }

    /** The share of records with a value that carry this value: the chance a random other record agrees on it. */
    private static Dataset<Row> withTermFrequency(Dataset<Row> rows, String comparison) {
        String v = value(comparison);
        Dataset<Row> counts = rows.filter(col(v).isNotNull()).groupBy(col(v)).agg(count(lit(1)).as("n"));
        Dataset<Row> frequency = counts.crossJoin(counts.agg(sum("n").as("total")))
            .select(col(v), col("n").divide(col("total")).as(tf(comparison)));
        return rows.join(frequency, rows.col(v).eqNullSafe(frequency.col(v)), "left")
            .drop(frequency.col(v));
    }
}
