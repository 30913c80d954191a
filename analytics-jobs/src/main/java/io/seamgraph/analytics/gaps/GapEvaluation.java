package io.seamgraph.analytics.gaps;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Precision and recall of the detectors per gap type against a generated company's {@code truth/silo_gaps.csv}.
 *
 * <p>A gap is judged per (type, person): customers map to the true persons of their records through
 * {@code truth/records.csv}. A detection (type, customer) is right when one of the customer's persons has a labelled gap
 * of that type; a labelled (type, person) is found when a customer holding any of that person's records has a
 * detection of that type. Identity errors (two persons in one customer, one person split) count against the figures.
 */
public final class GapEvaluation {

    public record TypeScore(String type, long truth, long detected, long truePositives, long found, double precision,
                            double recall) {
    }

    private GapEvaluation() {
    }

    /** (recordKey, personId) from truth/records.csv. */
    public static Dataset<Row> recordPersons(SparkSession spark, Path company) {
        return csv(spark, company.resolve("truth/records.csv"))
            .filter(col("record_id").isNotNull())
            .select(concat(col("system"), lit(":"), col("record_id")).as("recordKey"), col("person_id").as("personId"))
            .dropDuplicates("recordKey");
    }

    public static Dataset<Row> truthGaps(SparkSession spark, Path company) {
        return csv(spark, company.resolve("truth/silo_gaps.csv")).select(col("gap_type").as("type"), col("person_id").as("personId"));
    }

    /**
     * @param findings    {@link Finding#SCHEMA}
     * @param assignments (recordKey, customerId)
     */
    public static List<TypeScore> score(Dataset<Row> findings, Dataset<Row> assignments, Dataset<Row> recordPersons,
                                        Dataset<Row> truthGaps) {
        Map<String, Set<String>> personsOfCustomer = new HashMap<>();
        Map<String, Set<String>> customersOfPerson = new HashMap<>();
        for (Row r : assignments.join(recordPersons, "recordKey").select("customerId", "personId").distinct().collectAsList()) {
            personsOfCustomer.computeIfAbsent(r.getString(0), k -> new HashSet<>()).add(r.getString(1));
            customersOfPerson.computeIfAbsent(r.getString(1), k -> new HashSet<>()).add(r.getString(0));
        }
        Set<String> truth = new HashSet<>();
        truthGaps.distinct().collectAsList().forEach(r -> truth.add(r.getString(0) + "|" + r.getString(1)));
        Set<String> detected = new HashSet<>();
        findings.select("type", "customerId").distinct().collectAsList()
            .forEach(r -> detected.add(r.getString(0) + "|" + r.getString(1)));

        Map<String, long[]> counts = new LinkedHashMap<>();
        for (GapType t : GapType.values()) {
            counts.put(t.key(), new long[4]);
        }
        for (String d : detected) {
            String[] p = d.split("\\|", 2);
            long[] c = counts.computeIfAbsent(p[0], k -> new long[4]);
            c[1]++;
            if (personsOfCustomer.getOrDefault(p[1], Set.of()).stream().anyMatch(person -> truth.contains(p[0] + "|" + person))) {
                c[2]++;
            }
        }
        for (String t : truth) {
            String[] p = t.split("\\|", 2);
            long[] c = counts.computeIfAbsent(p[0], k -> new long[4]);
            c[0]++;
            if (customersOfPerson.getOrDefault(p[1], Set.of()).stream().anyMatch(cu -> detected.contains(p[0] + "|" + cu))) {
                c[3]++;
            }
        }
        return counts.entrySet().stream().map(e -> {
            long[] c = e.getValue();
            return new TypeScore(e.getKey(), c[0], c[1], c[2], c[3], c[1] == 0 ? (c[0] == 0 ? 1 : 0) : (double) c[2] / c[1],
                c[0] == 0 ? 1 : (double) c[3] / c[0]);
        }).toList();
    }

    private static Dataset<Row> csv(SparkSession spark, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("ground truth file not found: " + file
                + " (evaluate a folder written by `seamgraph generate`)");
        }
        return spark.read().option("header", "true").option("quote", "\"").option("escape", "\"")
            .csv(file.toString());
    }
}
