package io.seamgraph.analytics.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.seamgraph.analytics.match.MatchSettings.BlockingRule;
import io.seamgraph.analytics.match.MatchSettings.Comparison;
import io.seamgraph.analytics.match.ProbabilisticResolution.Corrections;
import io.seamgraph.testsupport.SparkSessionExtension;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
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
class ProbabilisticResolutionTest {

    private static final StructType RECORDS = new StructType()
        .add("recordKey", DataTypes.StringType).add("system", DataTypes.StringType)
        .add("givenName", DataTypes.StringType).add("familyName", DataTypes.StringType)
        .add("dateOfBirth", DataTypes.DateType).add("postcode", DataTypes.StringType)
        .add("emails", DataTypes.createArrayType(DataTypes.StringType))
        .add("phones", DataTypes.createArrayType(DataTypes.StringType));
    private static final StructType PAIRS = new StructType()
        .add("leftKey", DataTypes.StringType).add("rightKey", DataTypes.StringType);
    private static final String[] GIVEN = {"olivia", "jack", "amelia", "noah", "isla", "oliver", "ava", "leo", "mia",
        "oscar", "grace", "harry", "lily", "george", "freya", "charlie", "ella", "arthur", "sophie", "theo"};
    private static final String GENERIC_PHONE = "+441234000001";

    static MatchSettings settings(long maxPairsPerRule) {
        return settings(maxPairsPerRule, 0, 0);
    }

    /** @param postcodeBlockLimit the same-postcode rule's own block limit, over {@code maxBlockSize} */
    static MatchSettings settings(long maxPairsPerRule, long maxBlockSize, long postcodeBlockLimit) {
        List<Comparison> comparisons = List.of(
            new Comparison("givenName", null, "text", List.of(0.92, 0.8), null, null, null, true, 0),
            new Comparison("familyName", null, "text", List.of(0.92, 0.8), null, null, null, true, 0),
            new Comparison("dateOfBirth", null, "date", null, List.of(1), List.of(366), null, false, 0),
            new Comparison("postcode", null, "text", null, List.of(1), null, null, false, 0),
            new Comparison("emails", null, "set", null, null, null, null, false, 10),
            new Comparison("phones", null, "set", null, null, null, null, false, 10));
        return new MatchSettings(MatchSettings.DEDUPE, comparisons,
            new MatchSettings.Blocking(List.of(new BlockingRule("same postcode", List.of("postcode"), postcodeBlockLimit),
                new BlockingRule("surname sound and birth year", List.of("soundex(familyName)", "year(dateOfBirth)"), 0)),
                maxPairsPerRule, maxBlockSize),
            new MatchSettings.Training(20_000, 200, 42),
            new MatchSettings.Placeholders(List.of("test@test.com", "unknown"), List.of("^(.)\\1+$")),
            new MatchSettings.Thresholds(0.9, 0.5), MatchSettings.Clustering.DEFAULT, 10, null);
    }

    private static Row record(String key, String given, String family, LocalDate dob, String postcode,
                              List<String> emails, List<String> phones) {
        return RowFactory.create(key, key.substring(0, key.indexOf(':')), given, family, Date.valueOf(dob), postcode,
            scala.jdk.javaapi.CollectionConverters.asScala(emails).toSeq(),
            scala.jdk.javaapi.CollectionConverters.asScala(phones).toSeq());
    }

    /**
     * 80 people in two systems; a crm record and a shop record each, the shop copy sometimes with a typo. Ten share
     * the surname smith. Two strangers share a placeholder e-mail; twelve strangers share one phone number.
     */
    static List<Row> people() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String given = GIVEN[i % GIVEN.length];
            String family = i < 10 ? "smith" : "fam" + (char) ('a' + i % 26) + (char) ('a' + (i / 26) % 26) + "son";
            LocalDate dob = LocalDate.of(1950, 1, 1).plusDays(i * 397L % 18000);
            String postcode = "PC" + (i % 12);
            List<String> phones = i >= 20 && i < 32 ? List.of(GENERIC_PHONE) : List.of();
            rows.add(record("crm:" + i, given, family, dob, postcode, List.of(), phones));
            String shopGiven = i % 3 == 0 ? given.substring(0, given.length() - 1) + "e" : given;
            LocalDate shopDob = i % 4 == 0 ? dob.plusDays(1) : dob;
            rows.add(record("shop:" + i, shopGiven, family, shopDob, postcode, i % 2 == 0 ? List.of("p" + i + "@mail.com") : List.of(), List.of()));
        }
        rows.add(record("web:x1", "zelda", "quimby", LocalDate.of(1970, 5, 5), "PC1", List.of("test@test.com"), List.of()));
        rows.add(record("web:x2", "bartholomew", "ormsby", LocalDate.of(1988, 9, 9), "PC1", List.of("Test@Test.com"), List.of()));
        return rows;
    }

    static Dataset<Row> records(SparkSession spark) {
        return spark.createDataFrame(people(), RECORDS);
    }

    /** The deterministic input: e-mails and phones as identity keys. */
    static Dataset<Row> identities(SparkSession spark) {
        List<Row> rows = new ArrayList<>();
        for (Row r : people()) {
            for (Object e : r.getList(6)) {
                rows.add(RowFactory.create(r.getString(0), "email:" + e.toString().toLowerCase()));
            }
            for (Object p : r.getList(7)) {
                rows.add(RowFactory.create(r.getString(0), "phone:" + p));
            }
        }
        return spark.createDataFrame(rows, new StructType()
            .add("recordKey", DataTypes.StringType).add("identityKey", DataTypes.StringType));
    }

    private static ProbabilisticResolution.Result shared;

    /** One resolution of the fixture serves every test that only reads it: each run costs seconds. */
    private static synchronized ProbabilisticResolution.Result resolved(SparkSession spark) {
        if (shared == null) {
            shared = ProbabilisticResolution.resolve(spark, records(spark), identities(spark), Corrections.none(spark), settings(1_000_000));
        }
        return shared;
    }

    private static Map<String, String> clusterOf(ProbabilisticResolution.Result result) {
        return result.assignments().collectAsList().stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1)));
    }

    @Test
    void every_pairs_contributions_add_up_to_its_match_weight(SparkSession spark) {
        var result = resolved(spark);

        List<Row> pairs = result.scoredPairs().collectAsList();
        assertThat(pairs).isNotEmpty();
        for (Row pair : pairs) {
            List<Row> contributions = pair.getList(pair.fieldIndex("contributions"));
            double sum = 0;
            for (Row c : contributions) {
                sum += c.getDouble(2);
            }
            assertThat(contributions.get(0).getString(0)).isEqualTo("prior");
            assertThat(contributions).extracting(c -> c.getString(0))
                .containsExactly("prior", "givenName", "familyName", "dateOfBirth", "postcode", "emails", "phones");
            assertThat(sum).isCloseTo(pair.getDouble(pair.fieldIndex("matchWeight")), within(1e-9));
            assertThat(pair.getString(0)).isLessThan(pair.getString(1));
            double p = pair.getDouble(pair.fieldIndex("probability"));
            assertThat(p).isCloseTo(1 / (1 + Math.pow(2, -sum)), within(1e-12));
        }
    }

    @Test
    void people_with_one_record_in_each_system_are_found_again(SparkSession spark) {
        var result = resolved(spark);

        Map<String, String> cluster = clusterOf(result);
        long together = java.util.stream.IntStream.range(0, 80)
            .filter(i -> cluster.get("crm:" + i).equals(cluster.get("shop:" + i))).count();
        long wrong = java.util.stream.IntStream.range(0, 80)
            .filter(i -> !cluster.get("crm:" + i).equals(cluster.get("crm:" + ((i + 1) % 80)))).count();
        assertThat(together).isGreaterThanOrEqualTo(76);
        assertThat(wrong).isEqualTo(80);
        assertThat(result.assignments().collectAsList()).allMatch(r -> r.getDouble(2) >= 0 && r.getDouble(2) <= 1);
    }

    @Test
    void placeholder_and_overshared_values_are_never_evidence(SparkSession spark) {
        var result = resolved(spark);

        Map<String, String> cluster = clusterOf(result);
        assertThat(cluster.get("web:x1")).isNotEqualTo(cluster.get("web:x2"));
        List<String> sharingThePhone = java.util.stream.IntStream.range(20, 32).mapToObj(i -> cluster.get("crm:" + i)).distinct().toList();
        assertThat(sharingThePhone).hasSize(12);
        assertThat(result.report().genericValues()).extracting(MatchInput.GenericValue::value).contains(GENERIC_PHONE);
        List<Row> all = ProbabilisticResolution.score(records(spark), settings(1_000_000), result.model()).collectAsList();
        for (Row pair : all) {
            for (Row c : pair.<Row>getList(pair.fieldIndex("contributions"))) {
                if (c.getString(0).equals("emails") || c.getString(0).equals("phones")) {
                    boolean strangers = pair.getString(0).startsWith("web:") || pair.getString(1).startsWith("web:")
                        || !pair.getString(0).substring(pair.getString(0).indexOf(':')).equals(pair.getString(1).substring(pair.getString(1).indexOf(':')));
                    if (strangers) {
                        assertThat(c.getString(1)).as("%s for %s", c.getString(0), pair).isNotEqualTo("shared");
                    }
                }
            }
        }
    }

    @Test
    void a_common_surname_agreeing_counts_for_less_than_a_rare_one(SparkSession spark) {
        var result = resolved(spark);

        Map<String, Double> weightOfSurname = new java.util.HashMap<>();
        List<Row> all = ProbabilisticResolution.score(records(spark), settings(1_000_000), result.model()).collectAsList();
        for (Row pair : all) {
            String l = pair.getString(0);
            String r = pair.getString(1);
            if (l.equals("crm:3") && r.equals("shop:3") || l.equals("crm:40") && r.equals("shop:40")) {
                for (Row c : pair.<Row>getList(pair.fieldIndex("contributions"))) {
                    if (c.getString(0).equals("familyName")) {
                        assertThat(c.getString(1)).isEqualTo("exact (term frequency)");
                        weightOfSurname.put(l, c.getDouble(2));
                    }
                }
            }
        }
        assertThat(weightOfSurname).containsKeys("crm:3", "crm:40");
        assertThat(weightOfSurname.get("crm:3")).as("smith").isLessThan(weightOfSurname.get("crm:40") - 2);
    }

    @Test
    void corrections_are_honoured(SparkSession spark) {
        Dataset<Row> cannot = spark.createDataFrame(List.of(RowFactory.create("crm:45", "shop:45")), PAIRS);
        Dataset<Row> must = spark.createDataFrame(List.of(RowFactory.create("crm:50", "crm:61")), PAIRS);

        var result = ProbabilisticResolution.resolve(spark, records(spark), identities(spark), new Corrections(must, cannot), settings(1_000_000));

        Map<String, String> cluster = clusterOf(result);
        assertThat(cluster.get("crm:45")).isNotEqualTo(cluster.get("shop:45"));
        assertThat(cluster.get("crm:50")).isEqualTo(cluster.get("crm:61"));
    }

    @Test
    void a_blocking_rule_over_the_cap_stops_before_making_pairs(SparkSession spark) {
        assertThatThrownBy(() -> ProbabilisticResolution.resolve(spark, records(spark), identities(spark), Corrections.none(spark), settings(20)))
            .isInstanceOf(BlockingCapExceeded.class)
            .hasMessageContaining("blocking rule 'same postcode' would generate")
            .hasMessageContaining("more than blocking.maxPairsPerRule (20)");
    }

    @Test
    void a_block_over_the_size_limit_makes_no_pairs_yet_later_rules_still_compare_its_records(SparkSession spark) {
        // Postcodes PC0 to PC7 hold 14 records each (PC1 16, with the two strangers), PC8 to PC11 hold 12. The rule's
        // own limit of 13 wins over the general 100, which no block of the fixture reaches.
        MatchSettings purging = settings(1_000_000, 100, 13);

        var result = ProbabilisticResolution.resolve(spark, records(spark), identities(spark), Corrections.none(spark), purging);

        assertThat(result.report().purged()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("same postcode");
            assertThat(p.blocks()).isEqualTo(8);
            assertThat(p.records()).isEqualTo(7 * 14 + 16);
            assertThat(p.pairs()).isEqualTo(7 * (14 * 13 / 2) + 16 * 15 / 2);
        });
        Map<String, String> postcode = people().stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(5)));
        List<Row> pairs = ProbabilisticResolution.score(records(spark), purging, result.model()).collectAsList();
        List<Row> samePostcode = pairs.stream().filter(r -> r.getAs("blockingRule").equals("same postcode")).toList();
        assertThat(samePostcode).hasSize(4 * (12 * 11 / 2))
            .allSatisfy(r -> assertThat(postcode.get(r.<String>getAs("leftKey"))).isIn("PC8", "PC9", "PC10", "PC11"));
        // One person's two records in a purged postcode are still compared, by the surname rule.
        assertThat(pairs).anySatisfy(r -> {
            assertThat(r.<String>getAs("leftKey")).isEqualTo("crm:1");
            assertThat(r.<String>getAs("rightKey")).isEqualTo("shop:1");
            assertThat(r.<String>getAs("blockingRule")).isEqualTo("surname sound and birth year");
        });
        Map<String, String> cluster = clusterOf(result);
        assertThat(cluster.get("crm:1")).isEqualTo(cluster.get("shop:1"));
        assertThat(result.report().lines()).anyMatch(l -> l.contains("'same postcode': 8 blocks over the size limit purged"));
    }

    @Test
    void a_rules_own_block_limit_wins_over_the_general_one() {
        assertThat(new BlockingRule("name", List.of("givenName"), 30).blockLimit(100)).isEqualTo(30);
        assertThat(new BlockingRule("name", List.of("givenName"), 0).blockLimit(100)).isEqualTo(100);
        assertThat(new BlockingRule("name", List.of("givenName"), 0).blockLimit(0)).isZero();
    }

    @Test
    void a_trained_model_survives_a_json_round_trip_and_scores_alike(SparkSession spark) {
        MatchModel model = ProbabilisticResolution.train(records(spark), settings(1_000_000));

        MatchModel again = MatchModel.fromJson(model.toJson());

        assertThat(again).isEqualTo(model);
        assertThat(model.toJson()).contains("\"probabilityTwoRandomRecordsMatch\"").contains("\"label\" : \"exact\"");
        List<Row> first = ProbabilisticResolution.score(records(spark), settings(1_000_000), model).orderBy("leftKey", "rightKey").collectAsList();
        List<Row> second = ProbabilisticResolution.score(records(spark), settings(1_000_000), again).orderBy("leftKey", "rightKey").collectAsList();
        assertThat(second).isEqualTo(first);
    }
}
