package io.seamgraph.analytics.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import io.seamgraph.testsupport.SparkSessionExtension;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class ConflictingDataTest {

    private final ConflictingData detector = new ConflictingData(GapConfig.defaults());

    private static Row record(String customer, String key, String system, String unit, String given, String family,
                              String dob, String postcode, long updated) {
        return RowFactory.create(customer, key, system, unit, given, family, dob, postcode, updated);
    }

    @Test
    void finds_a_stale_postcode_and_another_surname_but_not_typos_case_or_blanks(SparkSession spark) {
        List<Row> records = List.of(
            record("C-1", "crm:1", "crm", "sales", "Olivia", "Smith", "1980-02-03", "SW1A 1AA", 10),
            record("C-1", "shop:1", "shop", "ecommerce", "Olivia", "SMITH", "1980-02-03", "sw1a1aa", 20),
            record("C-1", "billing:1", "billing", "billing", "O.", "Smith", null, "N1 9GU", 5),
            record("C-2", "crm:2", "crm", "sales", "Jack", "Taylor", "1975-05-06", "E1 6AN", 10),
            record("C-2", "shop:2", "shop", "ecommerce", "Jack", "Tyalor", "1975-05-06", "E16AN", 20),
            record("C-2", "billing:2", "billing", "billing", "Jack", "Thompson", null, "E1 6AN", 30));

        List<Row> found = detector.detect(spark.createDataFrame(records, ConflictingData.RECORDS),
            GapInputs.noConflicts(spark)).orderBy("key").collectAsList();

        assertThat(found).extracting(r -> r.getAs("key"))
            .containsExactly("conflicting_data:C-1:postcode", "conflicting_data:C-2:familyName");
        assertThat(Journeys.evidence(found.get(0))).containsExactly("billing:1", "shop:1");
        assertThat(found.get(0).<String>getAs("attribute")).isEqualTo("postcode");
        assertThat(Journeys.evidence(found.get(1))).containsExactly("billing:2", "shop:2");
    }

    @Test
    void finds_another_date_of_birth_but_not_a_difference_within_one_system(SparkSession spark) {
        List<Row> records = List.of(
            record("C-1", "crm:1", "crm", "sales", "Ann", "Lee", "1980-02-03", null, 10),
            record("C-1", "shop:1", "shop", "ecommerce", "Ann", "Lee", "1983-07-03", null, 20),
            record("C-2", "crm:2", "crm", "sales", "Bo", "Hall", "1970-01-01", null, 10),
            record("C-2", "crm:3", "crm", "sales", "Bo", "Hall", "1971-01-01", null, 20));

        List<Row> found = detector.detect(spark.createDataFrame(records, ConflictingData.RECORDS),
            GapInputs.noConflicts(spark)).collectAsList();

        assertThat(found).extracting(r -> r.getAs("key")).containsExactly("conflicting_data:C-1:dateOfBirth");
        assertThat(found.get(0).<Double>getAs("severity")).isEqualTo(0.9);
    }

    @Test
    void reads_attribute_conflicts_from_the_graph_when_identity_resolution_wrote_them(SparkSession spark) {
        List<Row> records = List.of(
            record("C-1", "crm:1", "crm", "sales", "Ann", "Lee", "1980-02-03", null, 10),
            record("C-1", "shop:1", "shop", "ecommerce", "Ann", "Lee", "1980-02-03", null, 20));
        Row conflict = RowFactory.create("C-1", "familyName", scala.jdk.javaapi.CollectionConverters.asScala(List.of("Lee", "Li")).toSeq(),
            scala.jdk.javaapi.CollectionConverters.asScala(List.of("crm", "shop")).toSeq(),
            scala.jdk.javaapi.CollectionConverters.asScala(List.of("ecommerce", "sales")).toSeq());

        List<Row> found = detector.detect(spark.createDataFrame(records, ConflictingData.RECORDS),
            spark.createDataFrame(List.of(conflict), ConflictingData.CONFLICTS)).collectAsList();

        assertThat(found).singleElement().satisfies(g -> {
            assertThat(g.<String>getAs("key")).isEqualTo("conflicting_data:C-1:familyName");
            assertThat(Journeys.evidence(g)).containsExactly("crm:1", "shop:1");
            assertThat(g.<Long>getAs("atMillis")).isEqualTo(20L);
        });
    }
}
