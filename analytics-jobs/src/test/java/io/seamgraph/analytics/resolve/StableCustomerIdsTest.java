package io.seamgraph.analytics.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.seamgraph.testsupport.SparkSessionExtension;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class StableCustomerIdsTest {

    /** "key cluster" pairs. */
    private static Dataset<Row> pairs(SparkSession spark, String a, String b, String... rows) {
        return spark.createDataFrame(Arrays.stream(rows).map(r -> RowFactory.create((Object[]) r.split(" "))).toList(),
            new StructType().add(a, DataTypes.StringType).add(b, DataTypes.StringType));
    }

    private static Map<String, String> toMap(Dataset<Row> rows) {
        Map<String, String> map = new TreeMap<>();
        rows.collectAsList().forEach(r -> map.put(r.getString(0), r.getString(1)));
        return map;
    }

    private static String hash(SparkSession spark, String key) {
        return spark.createDataFrame(java.util.List.of(RowFactory.create(key)),
                new StructType().add("k", DataTypes.StringType))
            .select(StableCustomerIds.hashId(org.apache.spark.sql.functions.col("k"))).first().getString(0);
    }

    @Test
    void a_new_record_with_a_smaller_key_joins_the_existing_customer_without_changing_its_id(SparkSession spark) {
        var result = StableCustomerIds.assign(
            pairs(spark, "recordKey", "clusterKey", "aaa:0 aaa:0", "crm:1 aaa:0", "shop:2 aaa:0"),
            pairs(spark, "recordKey", "customerId", "crm:1 C-old", "shop:2 C-old"));

        assertThat(toMap(result.assignments())).containsEntry("aaa:0", "C-old").containsEntry("crm:1", "C-old")
            .containsEntry("shop:2", "C-old");
        assertThat(result.aliases().count()).isZero();
    }

    @Test
    void a_merge_keeps_the_id_with_most_records_and_the_other_becomes_its_alias(SparkSession spark) {
        var result = StableCustomerIds.assign(
            pairs(spark, "recordKey", "clusterKey", "a:1 a:1", "b:2 a:1", "c:3 a:1"),
            pairs(spark, "recordKey", "customerId", "a:1 C-small", "b:2 C-big", "c:3 C-big"));

        assertThat(toMap(result.assignments()).values()).containsOnly("C-big");
        assertThat(toMap(result.aliases())).containsExactly(Map.entry("C-small", "C-big"));
    }

    @Test
    void a_tie_between_earlier_customers_goes_to_the_smallest_id(SparkSession spark) {
        var result = StableCustomerIds.assign(
            pairs(spark, "recordKey", "clusterKey", "a:1 a:1", "b:2 a:1"),
            pairs(spark, "recordKey", "customerId", "a:1 C-b", "b:2 C-a"));

        assertThat(toMap(result.assignments()).values()).containsOnly("C-a");
        assertThat(toMap(result.aliases())).containsExactly(Map.entry("C-b", "C-a"));
    }

    @Test
    void a_split_keeps_the_id_on_its_largest_part_and_the_other_part_gets_a_new_one(SparkSession spark) {
        // The earlier id was made from a:1, which is now in the smaller part: its hash is taken, so it gets another.
        String old = hash(spark, "a:1");
        var result = StableCustomerIds.assign(
            pairs(spark, "recordKey", "clusterKey", "a:1 a:1", "b:2 b:2", "c:3 b:2"),
            pairs(spark, "recordKey", "customerId", "a:1 " + old, "b:2 " + old, "c:3 " + old));

        Map<String, String> assigned = toMap(result.assignments());
        assertThat(assigned.get("b:2")).isEqualTo(old);
        assertThat(assigned.get("c:3")).isEqualTo(old);
        assertThat(assigned.get("a:1")).isNotEqualTo(old).matches("C-[0-9a-f]{16}")
            .isEqualTo(hash(spark, "a:1#split"));
        assertThat(result.aliases().count()).isZero();
    }

    @Test
    void a_brand_new_cluster_gets_the_hash_of_its_smallest_key(SparkSession spark) {
        var result = StableCustomerIds.assign(pairs(spark, "recordKey", "clusterKey", "x:1 x:1", "y:2 x:1"),
            pairs(spark, "recordKey", "customerId"));

        assertThat(toMap(result.assignments()).values()).containsOnly(hash(spark, "x:1"));
    }

    @Test
    void an_earlier_alias_follows_its_customer_into_the_next_merge(SparkSession spark) {
        var result = StableCustomerIds.assign(
            pairs(spark, "recordKey", "clusterKey", "a:1 a:1", "b:2 a:1", "c:3 a:1"),
            pairs(spark, "recordKey", "customerId", "a:1 C-1", "b:2 C-2", "c:3 C-2"),
            pairs(spark, "aliasId", "customerId", "C-0 C-1", "C-9 C-gone"));

        assertThat(toMap(result.aliases())).containsExactly(Map.entry("C-0", "C-2"), Map.entry("C-1", "C-2"));
    }
}
