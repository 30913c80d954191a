package io.seamgraph.analytics.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.seamgraph.testsupport.SparkSessionExtension;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class EvidenceLinksTest {

    private static Row contribution(String comparison, String level, double weight) {
        return RowFactory.create(comparison, level, weight);
    }

    private static Dataset<Row> scored(SparkSession spark, double total, Row... contributions) {
        return spark.createDataFrame(List.of(RowFactory.create("crm:1", "shop:9", total, 0.998, "postcode",
            Arrays.asList(contributions))), EvidenceLinks.SCORED_PAIRS);
    }

    @Test
    void a_scored_pair_keeps_its_waterfall_whose_weights_add_up_to_the_stored_total(SparkSession spark) {
        Row evidence = EvidenceLinks.scored(scored(spark, 8.7, contribution("prior", "prior", -3.1),
            contribution("familyName", "exact", 8.1), contribution("dateOfBirth", "exact", 6.9),
            contribution("postcode", "different", -3.2))).first();

        assertThat(evidence.getAs("rule").toString()).isEqualTo(EvidenceLinks.RULE_SCORED);
        assertThat(evidence.<String>getList(evidence.fieldIndex("comparisons")))
            .containsExactly("prior", "familyName", "dateOfBirth", "postcode");
        assertThat(evidence.<String>getList(evidence.fieldIndex("levels")))
            .containsExactly("prior", "exact", "exact", "different");
        List<Double> weights = evidence.getList(evidence.fieldIndex("weights"));
        assertThat(weights.stream().mapToDouble(Double::doubleValue).sum())
            .isCloseTo(evidence.getDouble(evidence.fieldIndex("weight")), within(1e-9));
        assertThat(evidence.getDouble(evidence.fieldIndex("probability"))).isEqualTo(0.998);
        assertThat(evidence.getString(evidence.fieldIndex("blockingRule"))).isEqualTo("postcode");
    }

    @Test
    void a_scored_pair_whose_contributions_do_not_add_up_is_refused(SparkSession spark) {
        assertThatThrownBy(() -> EvidenceLinks.scored(scored(spark, 10.0, contribution("familyName", "exact", 8.1))))
            .hasMessageContaining("crm:1 / shop:9").hasMessageContaining("do not add up");
    }

    @Test
    void records_that_share_a_linking_identity_get_one_evidence_row_per_pair_with_every_identity(SparkSession spark) {
        Dataset<Row> identities = spark.createDataFrame(List.of(
                RowFactory.create("crm:1", "email:a@x.com"), RowFactory.create("shop:9", "email:a@x.com"),
                RowFactory.create("crm:1", "phone:+447700900123"), RowFactory.create("shop:9", "phone:+447700900123"),
                RowFactory.create("pos:3", "phone:+447700900123"), RowFactory.create("web:4", "email:house@x.com"),
                RowFactory.create("pos:3", "email:house@x.com"), RowFactory.create("crm:1", "email:house@x.com"),
                RowFactory.create("esp:5", "email:house@x.com")),
            new StructType().add("recordKey", DataTypes.StringType).add("identityKey", DataTypes.StringType));
        Dataset<Row> usage = IdentityUsage.of(identities, 3);

        List<Row> rows = EvidenceLinks.sharedIdentifiers(identities, usage).orderBy("leftKey", "rightKey").collectAsList();

        assertThat(rows).extracting(r -> r.getString(0) + " " + r.getString(1))
            .containsExactly("crm:1 pos:3", "crm:1 shop:9", "pos:3 shop:9");
        assertThat(rows.get(1).<String>getList(3)).containsExactly("email:a@x.com", "phone:+447700900123");
        assertThat(rows.get(0).<String>getList(3)).containsExactly("phone:+447700900123");
        assertThat(rows).allSatisfy(r -> assertThat(r.getDouble(5)).isEqualTo(1.0));
    }
}
