package io.seamgraph.analytics.gaps;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * An attribute of one customer that their systems disagree on. When identity resolution has written
 * {@code AttributeConflict} nodes, those are the findings; otherwise the customer's source records are compared:
 * date of birth (exactly), family name (beyond {@code nameTypoDistance} edits, ignoring case, accents and
 * punctuation) and postcode (ignoring case and blanks), between records of different systems. Severity by attribute:
 * date of birth 0.9, family name 0.7, postcode 0.6, plus 0.1 when more than two systems hold values.
 */
public final class ConflictingData implements Serializable {

    public static final StructType RECORDS = new StructType()
        .add("customerId", DataTypes.StringType)
        .add("recordKey", DataTypes.StringType)
        .add("system", DataTypes.StringType)
        .add("businessUnit", DataTypes.StringType)
        .add("givenName", DataTypes.StringType)
        .add("familyName", DataTypes.StringType)
        .add("dateOfBirth", DataTypes.StringType)
        .add("postcode", DataTypes.StringType)
        .add("updatedAtMillis", DataTypes.LongType);

    public static final StructType CONFLICTS = new StructType()
        .add("customerId", DataTypes.StringType)
        .add("attribute", DataTypes.StringType)
        .add("values", DataTypes.createArrayType(DataTypes.StringType))
        .add("systems", DataTypes.createArrayType(DataTypes.StringType))
        .add("businessUnits", DataTypes.createArrayType(DataTypes.StringType));

    private static final Map<String, Double> SEVERITY = Map.of("dateOfBirth", 0.9, "familyName", 0.7, "postcode", 0.6);

    /** One source record's comparable attributes. */
    public record Rec(String key, String system, String unit, String givenName, String familyName, String dateOfBirth,
                      String postcode, Long updatedAtMillis) implements Serializable {
        static Rec of(Row r) {
            return new Rec(r.getAs("recordKey"), r.getAs("system"), r.getAs("businessUnit"), r.getAs("givenName"),
                r.getAs("familyName"), r.getAs("dateOfBirth"), r.getAs("postcode"), r.getAs("updatedAtMillis"));
        }
    }

    private final GapConfig config;

    public ConflictingData(GapConfig config) {
        this.config = config;
    }

    public GapType type() {
        return GapType.CONFLICTING_DATA;
    }

    /**
     * @param records   ({@link #RECORDS}) one row per source record of a customer
     * @param conflicts ({@link #CONFLICTS}) AttributeConflict nodes of the graph; empty when none were written
     */
    public Dataset<Row> detect(Dataset<Row> records, Dataset<Row> conflicts) {
        Column[] fields = java.util.Arrays.stream(RECORDS.fieldNames()).filter(f -> !f.equals("customerId"))
            .map(f -> col(f)).toArray(Column[]::new);
        Dataset<Row> perCustomer = records.groupBy(col("customerId")).agg(collect_list(struct(fields)).as("records"));
        if (conflicts.isEmpty()) {
            return perCustomer.flatMap((FlatMapFunction<Row, Row>) row -> compare(row.getAs("customerId"),
                    row.<Row>getList(1).stream().map(Rec::of).toList()).stream().map(Finding::toRow).iterator(),
                Encoders.row(Finding.SCHEMA));
        }
        return conflicts.join(perCustomer, "customerId").flatMap((FlatMapFunction<Row, Row>) row -> List.of(fromConflict(
                row.getAs("customerId"), row.getAs("attribute"), row.getList(row.fieldIndex("values")),
                row.getList(row.fieldIndex("systems")), row.getList(row.fieldIndex("businessUnits")),
                row.<Row>getList(row.fieldIndex("records")).stream().map(Rec::of).toList()).toRow()).iterator(),
            Encoders.row(Finding.SCHEMA));
    }

    Finding fromConflict(String customerId, String attribute, List<String> values, List<String> systems,
                         List<String> units, List<Rec> records) {
        List<String> evidence = records.stream().filter(r -> systems.contains(r.system())).map(Rec::key).sorted().toList();
        long at = records.stream().filter(r -> systems.contains(r.system())).map(Rec::updatedAtMillis)
            .filter(Objects::nonNull).max(Long::compare).orElse(0L);
        return new Finding(type(), customerId, evidence, units, at, severity(attribute, systems.size()),
            String.format("%s differs across %s: %s", attribute, String.join(", ", systems), String.join(" / ", values)),
            attribute);
    }

    /** Findings for one customer's records, one per attribute at most. */
    public List<Finding> compare(String customerId, List<Rec> all) {
        List<Rec> records = comparable(all);
        List<Finding> found = new ArrayList<>();
        check(customerId, records, "dateOfBirth", Rec::dateOfBirth, (a, b) -> !a.equals(b), found);
        int typos = config.conflictingData().nameTypoDistance();
        LevenshteinDistance distance = new LevenshteinDistance(typos + 1);
        check(customerId, records, "familyName", r -> normaliseName(r.familyName()),
            (a, b) -> distance.apply(a, b) == -1, found);
        check(customerId, records, "postcode", r -> r.postcode() == null ? null
            : r.postcode().replaceAll("\\s+", "").toUpperCase(Locale.ROOT), (a, b) -> !a.equals(b), found);
        return found;
    }

    private interface Differs {
        boolean test(String a, String b);
    }

    private void check(String customerId, List<Rec> records, String attribute, Function<Rec, String> value,
                       Differs differs, List<Finding> found) {
        List<Rec> with = records.stream().filter(r -> value.apply(r) != null && !value.apply(r).isBlank()).toList();
        // The value most records hold is the reference; ties go to the most recently updated record.
        Map<String, List<Rec>> byValue = new LinkedHashMap<>();
        with.stream().sorted(Comparator.comparing((Rec r) -> r.updatedAtMillis() == null ? Long.MIN_VALUE : r.updatedAtMillis())
                .reversed().thenComparing(Rec::key))
            .forEach(r -> byValue.computeIfAbsent(value.apply(r), k -> new ArrayList<>()).add(r));
        if (byValue.size() < 2) {
            return;
        }
        // Support counts the records whose value is the same up to noise (a typo of it counts for it).
        String reference = null;
        long best = -1;
        for (String candidate : byValue.keySet()) {
            long support = with.stream().filter(r -> !differs.test(candidate, value.apply(r))).count();
            if (support > best) {
                best = support;
                reference = candidate;
            }
        }
        String norm = reference;
        Rec ref = byValue.get(reference).get(0);
        List<Rec> odd = with.stream().filter(r -> differs.test(norm, value.apply(r))
            && byValue.get(norm).stream().anyMatch(x -> !x.system().equals(r.system()))).toList();
        if (odd.isEmpty()) {
            return;
        }
        List<Rec> evidence = new ArrayList<>(odd);
        evidence.add(ref);
        List<String> systems = evidence.stream().map(Rec::system).distinct().sorted().toList();
        long at = odd.stream().map(Rec::updatedAtMillis).filter(Objects::nonNull).max(Long::compare).orElse(0L);
        found.add(new Finding(type(), customerId, evidence.stream().map(Rec::key).toList(),
            evidence.stream().map(r -> Objects.toString(r.unit(), "")).toList(), at, severity(attribute, systems.size()),
            String.format("%s differs: %s says %s, %s says %s", attribute, odd.get(0).system(), value.apply(odd.get(0)),
                ref.system(), reference), attribute));
    }

    /** With {@code sameGivenInitial}, only the records whose given name starts like most of the customer's do. */
    private List<Rec> comparable(List<Rec> records) {
        if (!config.conflictingData().sameGivenInitial()) {
            return records;
        }
        Map<Character, Integer> initials = new LinkedHashMap<>();
        records.forEach(r -> initial(r).ifPresent(c -> initials.merge(c, 1, Integer::sum)));
        if (initials.size() < 2) {
            return records;
        }
        char common = initials.entrySet().stream().max(Map.Entry.<Character, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        return records.stream().filter(r -> initial(r).map(c -> c == common).orElse(true)).toList();
    }

    private static java.util.Optional<Character> initial(Rec r) {
        String n = normaliseName(r.givenName());
        return n == null || n.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(n.charAt(0));
    }

    static String normaliseName(String name) {
        if (name == null) {
            return null;
        }
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static double severity(String attribute, int systems) {
        return SEVERITY.getOrDefault(attribute, 0.6) + (systems > 2 ? 0.1 : 0);
    }
}
