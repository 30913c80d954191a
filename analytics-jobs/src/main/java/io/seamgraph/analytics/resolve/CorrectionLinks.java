package io.seamgraph.analytics.resolve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Corrections from a file and from the graph, turned into the clustering's constraints: mustLink and cannotLink
 * pairs (leftKey &lt; rightKey). When several corrections speak about one pair, the latest wins (an undated file entry
 * counts as older than any dated one), so an analyst can reverse an earlier decision with a new one. Two corrections
 * of the same moment that disagree are refused, naming both.
 */
public final class CorrectionLinks {

    public static final StructType PAIRS = new StructType()
        .add("leftKey", DataTypes.StringType, false).add("rightKey", DataTypes.StringType, false);

    public record Decided(Map<Correction.Pair, Correction.Decision> decisions) {
        public List<Correction.Pair> mustLink() {
            return with(Correction.Decision.SAME);
        }

        public List<Correction.Pair> cannotLink() {
            return with(Correction.Decision.DIFFERENT);
        }

        private List<Correction.Pair> with(Correction.Decision decision) {
            return decisions.entrySet().stream().filter(e -> e.getValue() == decision).map(Map.Entry::getKey)
                .sorted(Comparator.comparing(Correction.Pair::leftKey).thenComparing(Correction.Pair::rightKey)).toList();
        }
    }

    public record Constraints(Dataset<Row> mustLink, Dataset<Row> cannotLink) {
        public static Constraints none(SparkSession spark) {
            return new Constraints(spark.createDataFrame(List.of(), PAIRS), spark.createDataFrame(List.of(), PAIRS));
        }
    }

    private CorrectionLinks() {
    }

    /** The decision in force for each pair; corrections in the order given (file first, then graph). */
    public static Decided decide(List<Correction> corrections) {
        record Seen(Correction.Decision decision, Instant at, Correction by) {
        }
        List<Correction> ordered = new ArrayList<>(corrections);
        // Stable sort: undated first in their given order, then by time.
        ordered.sort(Comparator.comparing(Correction::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        Map<Correction.Pair, Seen> seen = new LinkedHashMap<>();
        List<String> contradictions = new ArrayList<>();
        for (Correction c : ordered) {
            for (Correction.Pair pair : c.pairs()) {
                Seen before = seen.get(pair);
                if (before != null && Objects.equals(before.at(), c.at()) && before.decision() != c.decision()) {
                    contradictions.add(pair.leftKey() + " and " + pair.rightKey() + ": correction " + before.by().id()
                        + " says " + before.decision().word() + ", correction " + c.id() + " says " + c.decision().word());
                }
                seen.put(pair, new Seen(c.decision(), c.at(), c));
            }
        }
        if (!contradictions.isEmpty()) {
            throw new IllegalArgumentException("Corrections contradict each other; date the newer one (field 'at') or "
                + "remove one:\n  " + String.join("\n  ", contradictions));
        }
        Map<Correction.Pair, Correction.Decision> decisions = new LinkedHashMap<>();
        seen.forEach((pair, s) -> decisions.put(pair, s.decision()));
        return new Decided(decisions);
    }

    public static Constraints constraints(SparkSession spark, List<Correction> corrections) {
        return constraints(spark, decide(corrections));
    }

    public static Constraints constraints(SparkSession spark, Decided decided) {
        return new Constraints(pairs(spark, decided.mustLink()), pairs(spark, decided.cannotLink()));
    }

    private static Dataset<Row> pairs(SparkSession spark, List<Correction.Pair> pairs) {
        return spark.createDataFrame(pairs.stream().map(p -> RowFactory.create(p.leftKey(), p.rightKey())).toList(), PAIRS);
    }
}
