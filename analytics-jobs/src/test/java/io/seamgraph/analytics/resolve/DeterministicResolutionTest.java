package io.seamgraph.analytics.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.seamgraph.testsupport.SparkSessionExtension;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class DeterministicResolutionTest {

    private static Dataset<Row> records(SparkSession spark, String... keys) {
        return spark.createDataFrame(Arrays.stream(keys).map(k -> RowFactory.create(k)).toList(),
            new StructType().add("recordKey", DataTypes.StringType));
    }

    private static Dataset<Row> identities(SparkSession spark, String... pairs) {
        return spark.createDataFrame(Arrays.stream(pairs).map(p -> RowFactory.create((Object[]) p.split(" "))).toList(),
            new StructType().add("recordKey", DataTypes.StringType).add("identityKey", DataTypes.StringType));
    }

    private static Map<String, Row> byRecord(DeterministicResolution.Result result) {
        return result.assignments().collectAsList().stream().collect(Collectors.toMap(r -> r.getString(0), r -> r));
    }

    @Test
    void records_chained_by_different_identifiers_form_one_customer(SparkSession spark) {
        var result = DeterministicResolution.resolve(spark, records(spark, "crm:1", "shop:7", "pos:3", "esp:9"),
            identities(spark, "crm:1 email:a@x.com", "shop:7 email:a@x.com", "shop:7 phone:+447700900123",
                "pos:3 phone:+447700900123", "esp:9 email:z@x.com"), 10);

        Map<String, Row> assigned = byRecord(result);
        String customer = assigned.get("crm:1").getString(1);
        assertThat(assigned.get("shop:7").getString(1)).isEqualTo(customer);
        assertThat(assigned.get("pos:3").getString(1)).isEqualTo(customer);
        assertThat(assigned.get("esp:9").getString(1)).isNotEqualTo(customer);
        assertThat(result.customers().count()).isEqualTo(2);
    }

    @Test
    void each_link_records_the_identifiers_that_made_it(SparkSession spark) {
        var result = DeterministicResolution.resolve(spark, records(spark, "crm:1", "shop:7", "pos:3", "esp:9"),
            identities(spark, "crm:1 email:a@x.com", "shop:7 email:a@x.com", "shop:7 phone:+447700900123",
                "pos:3 phone:+447700900123", "esp:9 email:z@x.com"), 10);

        Map<String, Row> assigned = byRecord(result);
        assertThat(assigned.get("shop:7").<String>getList(2)).containsExactly("email:a@x.com", "phone:+447700900123");
        assertThat(assigned.get("crm:1").<String>getList(2)).containsExactly("email:a@x.com");
        assertThat(assigned.get("shop:7").getString(3)).isEqualTo(DeterministicResolution.RULE_SHARED);
        assertThat(assigned.get("esp:9").<String>getList(2)).isEmpty();
        assertThat(assigned.get("esp:9").getString(3)).isEqualTo(DeterministicResolution.RULE_SINGLETON);
    }

    @Test
    void an_identifier_shared_by_more_records_than_the_limit_links_nothing(SparkSession spark) {
        var result = DeterministicResolution.resolve(spark, records(spark, "a:1", "b:2", "c:3", "d:4"),
            identities(spark, "a:1 email:noemail@example.com", "b:2 email:noemail@example.com",
                "c:3 email:noemail@example.com", "d:4 email:d@x.com"), 2);

        assertThat(result.customers().count()).isEqualTo(4);
        Row usage = result.usage().filter("identityKey = 'email:noemail@example.com'").first();
        assertThat(usage.getLong(1)).isEqualTo(3);
        assertThat(usage.getBoolean(2)).isTrue();
        assertThat(byRecord(result).get("a:1").<String>getList(2)).isEmpty();
    }

    @Test
    void customer_ids_depend_on_the_members_not_on_the_order_they_arrive_in(SparkSession spark) {
        var first = DeterministicResolution.resolve(spark, records(spark, "crm:1", "shop:7", "esp:9"),
            identities(spark, "crm:1 email:a@x.com", "shop:7 email:a@x.com"), 10);
        var reversed = DeterministicResolution.resolve(spark, records(spark, "esp:9", "shop:7", "crm:1"),
            identities(spark, "shop:7 email:a@x.com", "crm:1 email:a@x.com"), 10);

        List<Row> a = first.assignments().select("recordKey", "customerId").orderBy("recordKey").collectAsList();
        List<Row> b = reversed.assignments().select("recordKey", "customerId").orderBy("recordKey").collectAsList();
        assertThat(a).isEqualTo(b);
        assertThat(a.get(0).getString(1)).matches("C-[0-9a-f]{16}");
    }

    private static CorrectionLinks.Constraints corrections(SparkSession spark, String same, String different) {
        java.util.List<Correction> list = new java.util.ArrayList<>();
        if (same != null) {
            list.add(new Correction("t1", List.of(same.split(" ")), Correction.Decision.SAME, "why", "t", null));
        }
        if (different != null) {
            list.add(new Correction("t2", List.of(different.split(" ")), Correction.Decision.DIFFERENT, "why", "t", null));
        }
        return CorrectionLinks.constraints(spark, list);
    }

    @Test
    void a_cannot_link_splits_records_an_identifier_chain_joined(SparkSession spark) {
        var result = DeterministicResolution.resolve(spark, records(spark, "crm:1", "shop:7", "pos:3"),
            identities(spark, "crm:1 email:a@x.com", "shop:7 email:a@x.com", "shop:7 phone:+447700900123",
                "pos:3 phone:+447700900123"), 10, corrections(spark, null, "crm:1 pos:3"));

        Map<String, Row> assigned = byRecord(result);
        assertThat(assigned.get("crm:1").getString(1)).isNotEqualTo(assigned.get("pos:3").getString(1));
        assertThat(assigned.get("shop:7").getString(1)).isIn(assigned.get("crm:1").getString(1),
            assigned.get("pos:3").getString(1));
        // The identity left across two customers explains neither: pos:3 is alone now.
        assertThat(assigned.get("pos:3").getString(3)).isEqualTo(DeterministicResolution.RULE_SINGLETON);
        assertThat(assigned.get("pos:3").<String>getList(2)).isEmpty();
        assertThat(result.customers().count()).isEqualTo(2);
    }

    @Test
    void a_must_link_joins_records_no_identifier_links(SparkSession spark) {
        var result = DeterministicResolution.resolve(spark, records(spark, "crm:1", "shop:7", "esp:9"),
            identities(spark, "crm:1 email:a@x.com", "shop:7 email:a@x.com"), 10, corrections(spark, "esp:9 shop:7", null));

        Map<String, Row> assigned = byRecord(result);
        assertThat(assigned.get("esp:9").getString(1)).isEqualTo(assigned.get("crm:1").getString(1));
        assertThat(assigned.get("esp:9").getString(3)).isEqualTo(DeterministicResolution.RULE_CORRECTION);
        assertThat(assigned.get("esp:9").getString(4)).isEqualTo("crm:1");
        assertThat(assigned.get("esp:9").getDouble(5)).isEqualTo(1.0);
    }

    @Test
    void a_correction_about_a_record_no_longer_loaded_constrains_nothing(SparkSession spark) {
        var result = DeterministicResolution.resolve(spark, records(spark, "crm:1", "shop:7"),
            identities(spark, "crm:1 email:a@x.com", "shop:7 email:a@x.com"), 10, corrections(spark, "crm:1 gone:1", "gone:1 shop:7"));

        assertThat(result.customers().count()).isEqualTo(1);
    }
}
