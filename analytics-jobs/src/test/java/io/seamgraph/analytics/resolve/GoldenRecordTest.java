package io.seamgraph.analytics.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.seamgraph.testsupport.SparkSessionExtension;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class GoldenRecordTest {

    private static final StructType RECORDS = new StructType()
        .add("recordKey", DataTypes.StringType).add("customerId", DataTypes.StringType)
        .add("system", DataTypes.StringType).add("businessUnit", DataTypes.StringType)
        .add("givenName", DataTypes.StringType).add("familyName", DataTypes.StringType)
        .add("fullName", DataTypes.StringType).add("dateOfBirth", DataTypes.DateType)
        .add("addressLine", DataTypes.StringType).add("city", DataTypes.StringType)
        .add("postcode", DataTypes.StringType).add("country", DataTypes.StringType)
        .add("emails", DataTypes.createArrayType(DataTypes.StringType))
        .add("phones", DataTypes.createArrayType(DataTypes.StringType))
        .add("updatedAt", DataTypes.TimestampType);

    /** Jo's three records: crm (oldest), shop, helpdesk (newest). */
    private static Dataset<Row> jo(SparkSession spark) {
        List<Row> rows = new ArrayList<>();
        rows.add(RowFactory.create("crm:1", "C-jo", "crm", "sales", "Jo", "Smith", "Jo Smith", Date.valueOf("1984-05-12"),
            "12 Station Road", "Leeds", "LS1 4AB", "GB", List.of("jo@x.com"), List.of(), Timestamp.valueOf("2024-01-01 00:00:00")));
        rows.add(RowFactory.create("shop:9", "C-jo", "shop", "ecommerce", "Joanne", "smith ", null, Date.valueOf("1984-05-12"),
            null, "Leeds", "ls14ab", "GB", List.of("jo@x.com", "jo.work@y.com"), List.of("+447700900123"),
            Timestamp.valueOf("2024-02-01 00:00:00")));
        rows.add(RowFactory.create("helpdesk:5", "C-jo", "helpdesk", "service", "J", "Smyth", null,
            Date.valueOf("1948-05-12"), "3 Mill Lane", "York", "YO1 7HH", "GB", List.of("jo.work@y.com"), List.of(),
            Timestamp.valueOf("2024-03-01 00:00:00")));
        rows.add(RowFactory.create("crm:2", "C-al", "crm", "sales", "Al", "Jones", null, null, null, null, null, "GB",
            List.of(), List.of(), Timestamp.valueOf("2024-01-01 00:00:00")));
        return spark.createDataFrame(rows, RECORDS);
    }

    private static SurvivorshipConfig config(String attribute, SurvivorshipConfig.Rule rule, List<String> sources,
                                             boolean conflicts) {
        return new SurvivorshipConfig(Map.of(attribute, new SurvivorshipConfig.AttributeRule(rule, sources, conflicts)));
    }

    private static Row golden(SparkSession spark, String attribute, SurvivorshipConfig.Rule rule, List<String> sources) {
        return GoldenRecord.of(jo(spark), config(attribute, rule, sources, false)).golden()
            .filter("customerId = 'C-jo'").first();
    }

    @Test
    void source_priority_takes_the_first_listed_system_that_has_a_value(SparkSession spark) {
        Row row = golden(spark, "familyName", SurvivorshipConfig.Rule.SOURCE_PRIORITY, List.of("helpdesk", "crm"));
        assertThat(row.getString(2)).isEqualTo("Smyth");
        assertThat(row.getString(3)).isEqualTo("helpdesk:5");
        assertThat(row.getString(5)).isEqualTo("source-priority");
        // addressLine: shop is listed first but has none, so crm's survives.
        Row address = golden(spark, "addressLine", SurvivorshipConfig.Rule.SOURCE_PRIORITY, List.of("shop", "crm"));
        assertThat(address.getString(2)).isEqualTo("12 Station Road");
    }

    @Test
    void most_recent_takes_the_value_of_the_latest_updated_record(SparkSession spark) {
        Row row = golden(spark, "city", SurvivorshipConfig.Rule.MOST_RECENT, List.of());
        assertThat(row.getString(2)).isEqualTo("York");
        assertThat(row.getString(4)).isEqualTo("helpdesk");
    }

    @Test
    void most_frequent_counts_values_after_normalisation(SparkSession spark) {
        // "LS1 4AB" and "ls14ab" are one value held by two records; YO1 7HH is newer but alone.
        Row row = golden(spark, "postcode", SurvivorshipConfig.Rule.MOST_FREQUENT, List.of());
        assertThat(row.getString(2)).isIn("LS1 4AB", "ls14ab");
        assertThat(row.getString(3)).isEqualTo("shop:9");
        Row email = golden(spark, "email", SurvivorshipConfig.Rule.MOST_FREQUENT, List.of());
        assertThat(email.getString(2)).isEqualTo("jo.work@y.com");
    }

    @Test
    void longest_takes_the_most_complete_spelling(SparkSession spark) {
        Row row = golden(spark, "givenName", SurvivorshipConfig.Rule.LONGEST, List.of());
        assertThat(row.getString(2)).isEqualTo("Joanne");
        assertThat(row.getString(5)).isEqualTo("longest");
    }

    @Test
    void a_customer_gets_no_value_for_an_attribute_none_of_its_records_has(SparkSession spark) {
        var result = GoldenRecord.of(jo(spark), config("dateOfBirth", SurvivorshipConfig.Rule.MOST_RECENT, List.of(), false));
        assertThat(result.golden().filter("customerId = 'C-al'").count()).isZero();
        Row wide = result.wide(jo(spark).select("customerId").distinct()).filter("customerId = 'C-jo'").first();
        assertThat(wide.getString(wide.fieldIndex("dateOfBirth"))).isEqualTo("1948-05-12");
        assertThat(wide.getString(wide.fieldIndex("dateOfBirthSource"))).isEqualTo("helpdesk:5");
        assertThat(wide.isNullAt(wide.fieldIndex("familyName"))).isTrue();
    }

    @Test
    void records_that_disagree_after_normalisation_give_a_conflict_with_who_says_what(SparkSession spark) {
        SurvivorshipConfig config = new SurvivorshipConfig(Map.of(
            "familyName", new SurvivorshipConfig.AttributeRule(SurvivorshipConfig.Rule.MOST_RECENT, List.of(), true),
            "dateOfBirth", new SurvivorshipConfig.AttributeRule(SurvivorshipConfig.Rule.MOST_RECENT, List.of(), true),
            "postcode", new SurvivorshipConfig.AttributeRule(SurvivorshipConfig.Rule.MOST_RECENT, List.of(), true),
            "email", new SurvivorshipConfig.AttributeRule(SurvivorshipConfig.Rule.MOST_RECENT, List.of(), false)));

        List<Row> conflicts = GoldenRecord.of(jo(spark), config).conflicts().orderBy("attribute").collectAsList();

        assertThat(conflicts).extracting(r -> r.getString(2)).containsExactly("dateOfBirth", "familyName", "postcode");
        Row dob = conflicts.get(0);
        assertThat(dob.getString(0)).isEqualTo("conflict:C-jo:dateOfBirth");
        assertThat(dob.<String>getList(3)).containsExactly("1948-05-12", "1984-05-12");
        assertThat(dob.<String>getList(4)).containsExactly("crm", "helpdesk", "shop");
        assertThat(dob.<String>getList(5)).containsExactly("ecommerce", "sales", "service");
        // "Smith" and "smith " are one value; "Smyth" is another.
        assertThat(conflicts.get(1).<String>getList(3)).containsExactly("Smith", "Smyth");
    }

    @Test
    void records_that_agree_after_normalisation_give_no_conflict(SparkSession spark) {
        var result = GoldenRecord.of(jo(spark).filter("recordKey <> 'helpdesk:5'"),
            config("postcode", SurvivorshipConfig.Rule.MOST_RECENT, List.of(), true));
        assertThat(result.conflicts().count()).isZero();
    }
}
