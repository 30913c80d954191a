package io.seamgraph.analytics.resolve;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * The golden record of each customer, attribute by attribute, by the rules of a {@link SurvivorshipConfig}, and the
 * conflicts: attributes whose records disagree after normalisation (case, spaces and punctuation do not count, so
 * {@code LS1 4AB} and {@code ls14ab} agree, {@code 1984-05-12} and {@code 1948-05-12} do not).
 */
public final class GoldenRecord {

    /** Rank a system not listed under source-priority after every listed one. */
    private static final int UNLISTED = 1_000;

    private GoldenRecord() {
    }

    /**
     * @param golden    (customerId, attribute, value, sourceRecord, system, rule): one row per customer and attribute
     *                  that any of its records has
     * @param conflicts (key, customerId, attribute, values, systems, businessUnits, records), all lists sorted
     */
    public record Result(Dataset<Row> golden, Dataset<Row> conflicts) {

        /** One row per customer of {@code customers} (customerId), a column per attribute and its source record. */
        public Dataset<Row> wide(Dataset<Row> customers) {
            List<Column> columns = new ArrayList<>();
            for (String attribute : SurvivorshipConfig.ATTRIBUTES) {
                columns.add(max(when(col("attribute").equalTo(attribute), col("value"))).as(attribute));
                columns.add(max(when(col("attribute").equalTo(attribute), col("sourceRecord"))).as(attribute + "Source"));
            }
            Dataset<Row> wide = golden.groupBy("customerId")
                .agg(columns.get(0), columns.subList(1, columns.size()).toArray(Column[]::new));
            return customers.select("customerId").join(wide, "customerId", "left");
        }
    }

    /**
     * @param records (recordKey, customerId, system, businessUnit, givenName, familyName, fullName, dateOfBirth,
     *                addressLine, city, postcode, country, emails, phones, updatedAt): the records' own values
     */
    public static Result of(Dataset<Row> records, SurvivorshipConfig config) {
        Dataset<Row> values = values(records, config);
        Dataset<Row> frequency = values.groupBy("customerId", "attribute", "normalised")
            .agg(countDistinct("recordKey").as("frequency"));
        Dataset<Row> ranked = values.join(frequency, new String[] {"customerId", "attribute", "normalised"})
            .withColumn("preference", preference(config))
            .withColumn("rank", row_number().over(Window.partitionBy("customerId", "attribute")
                .orderBy(col("preference").asc(), col("updatedAt").desc_nulls_last(), col("value").asc(),
                    col("recordKey").asc())));
        Dataset<Row> golden = ranked.filter(col("rank").equalTo(1))
            .withColumn("rule", ruleName(config))
            .select(col("customerId"), col("attribute"), col("value"), col("recordKey").as("sourceRecord"),
                col("system"), col("rule"));
        return new Result(golden, conflicts(values, config));
    }

    static Dataset<Row> conflicts(Dataset<Row> values, SurvivorshipConfig config) {
        List<String> watched = config.attributes().entrySet().stream().filter(e -> e.getValue().conflicts())
            .map(Map.Entry::getKey).toList();
        Dataset<Row> candidates = values.filter(col("attribute").isin(watched.toArray()));
        // One spelling per normalised value: the smallest, so re-runs pick the same one.
        Dataset<Row> spellings = candidates.groupBy("customerId", "attribute", "normalised").agg(min("value").as("spelling"));
        return candidates.join(spellings, new String[] {"customerId", "attribute", "normalised"})
            .groupBy("customerId", "attribute")
            .agg(countDistinct("normalised").as("distinct"), array_sort(collect_set("spelling")).as("values"),
                array_sort(collect_set("system")).as("systems"),
                array_sort(collect_set("businessUnit")).as("businessUnits"),
                array_sort(collect_set("recordKey")).as("records"))
            .filter(col("distinct").gt(1))
            .select(concat(lit("conflict:"), col("customerId"), lit(":"), col("attribute")).as("key"),
                col("customerId"), col("attribute"), col("values"), col("systems"), col("businessUnits"),
                col("records"));
    }

    /**
     * (customerId, recordKey, system, businessUnit, updatedAt, attribute, value, normalised), blanks left out. One
     * pass over the records: each becomes an array of (attribute, value) pairs, e-mails and phones one pair each.
     */
    static Dataset<Row> values(Dataset<Row> records, SurvivorshipConfig config) {
        List<Column> parts = new ArrayList<>();
        for (String attribute : config.attributes().keySet()) {
            parts.add(switch (attribute) {
                case "email" -> transform(col("emails"), e -> struct(lit("email").as("attribute"), e.as("value")));
                case "phone" -> transform(col("phones"), p -> struct(lit("phone").as("attribute"), p.as("value")));
                default -> array(struct(lit(attribute).as("attribute"), (attribute.equals("dateOfBirth")
                    ? date_format(col("dateOfBirth"), "yyyy-MM-dd") : col(attribute).cast(DataTypes.StringType))
                    .as("value")));
            });
        }
        return records.select(col("customerId"), col("recordKey"), col("system"), col("businessUnit"),
                col("updatedAt"), explode(flatten(array(parts.toArray(Column[]::new)))).as("pair"))
            .select(col("customerId"), col("recordKey"), col("system"), col("businessUnit"), col("updatedAt"),
                col("pair.attribute").as("attribute"), trim(col("pair.value")).as("value"))
            .filter(col("value").isNotNull().and(col("value").notEqual("")))
            .withColumn("normalised", regexp_replace(lower(col("value")), "[^\\p{L}\\p{N}]", ""));
    }

    /** Smaller is better; ties go to the most recent record, then the smallest value and record key. */
    private static Column preference(SurvivorshipConfig config) {
        Column preference = lit(0);
        for (Map.Entry<String, SurvivorshipConfig.AttributeRule> e : config.attributes().entrySet()) {
            SurvivorshipConfig.AttributeRule rule = e.getValue();
            Column score = switch (rule.rule()) {
                case SOURCE_PRIORITY -> priority(rule.sources());
                case MOST_RECENT -> lit(0);
                case MOST_FREQUENT -> col("frequency").multiply(-1);
                case LONGEST -> length(col("value")).multiply(-1);
            };
            preference = when(col("attribute").equalTo(e.getKey()), score).otherwise(preference);
        }
        return preference;
    }

    private static Column priority(List<String> sources) {
        Column rank = lit(UNLISTED);
        for (int i = sources.size() - 1; i >= 0; i--) {
            rank = when(col("system").equalTo(sources.get(i)), lit(i)).otherwise(rank);
        }
        return rank;
    }

    private static Column ruleName(SurvivorshipConfig config) {
        Column name = lit(null).cast(DataTypes.StringType);
        for (Map.Entry<String, SurvivorshipConfig.AttributeRule> e : config.attributes().entrySet()) {
            name = when(col("attribute").equalTo(e.getKey()),
                lit(e.getValue().rule().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))).otherwise(name);
        }
        return name;
    }
}
