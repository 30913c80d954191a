package io.seamgraph.analytics.match;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.levenshtein;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.seamgraph.analytics.match.MatchSettings.Comparison;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Turns a comparison's two values into its level, the gamma: -1 when either value is missing, 0 for "else", and
 * 1..K from the weakest agreement up to exact (K). Only Spark SQL functions, except Jaro-Winkler (Commons Text).
 */
final class ComparisonLevels {

    static final int NULL_LEVEL = -1;
    static final String NULL_LABEL = "null";
    static final String ELSE_LABEL = "else";
    static final String EXACT_LABEL = "exact";

    private static final UserDefinedFunction JARO_WINKLER = udf(
        (UDF2<String, String, Double>) (a, b) -> a == null || b == null ? null : Similarity.JW.apply(a, b),
        DataTypes.DoubleType);

    private ComparisonLevels() {
    }

    private static final UserDefinedFunction NICKNAME = udf(
        (UDF2<String, String, Boolean>) (a, b) -> a != null && b != null && Nicknames.related(a, b), DataTypes.BooleanType);

    private static final UserDefinedFunction NICKNAME_DESPITE_SLIP = udf(
        (UDF2<String, String, Boolean>) Nicknames::relatedDespiteSlip, DataTypes.BooleanType);

    private static final UserDefinedFunction INITIAL = udf(
        (UDF2<String, String, Boolean>) Nicknames::initialOf, DataTypes.BooleanType);

    /** The names of a custom comparison's two values in its level conditions. */
    static final String CUSTOM_LEFT = "l";
    static final String CUSTOM_RIGHT = "r";

    /** Commons Text's measure holds no state, so one instance per JVM serves every task. */
    private static final class Similarity {
        static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    }

    private record Level(String label, Column condition) {
    }

    static Column jaroWinkler(Column a, Column b) {
        return JARO_WINKLER.apply(a, b);
    }

    /** One value a single letter and the other a name starting with it, or a nickname of one (J, James; C, Lottie). */
    static Column isInitialOf(Column a, Column b) {
        return INITIAL.apply(a, b);
    }

    static Column nickname(Column a, Column b) {
        return NICKNAME.apply(a, b);
    }

    /** A nickname of the other, allowing a keying slip in either (Richrad and Dick). */
    static Column nicknameDespiteSlip(Column a, Column b) {
        return NICKNAME_DESPITE_SLIP.apply(a, b);
    }

    static String left(String column) {
        return "l_" + column;
    }

    static String right(String column) {
        return "r_" + column;
    }

    static String gamma(String comparison) {
        return "g_" + comparison;
    }

    private static String similarity(String comparison) {
        return "jw_" + comparison;
    }

    /** labels.get(g) names level g; index 0 is "else", the last one "exact". */
    static List<String> labels(Comparison c) {
        List<String> strongestFirst = levels(c).stream().map(Level::label).toList();
        List<String> labels = new ArrayList<>();
        labels.add(ELSE_LABEL);
        for (int i = strongestFirst.size() - 1; i >= 0; i--) {
            labels.add(strongestFirst.get(i));
        }
        return labels;
    }

    /** Adds g_<name> for every comparison to rows holding l_v_<name> and r_v_<name>. */
    static Dataset<Row> withGammas(Dataset<Row> pairs, List<Comparison> comparisons) {
        Dataset<Row> withSimilarity = pairs;
        for (Comparison c : comparisons) {
            if (!c.jaroWinkler().isEmpty()) {
                String v = MatchInput.value(c.name());
                withSimilarity = withSimilarity.withColumn(similarity(c.name()), JARO_WINKLER.apply(col(left(v)), col(right(v))));
            }
        }
        // A custom comparison's conditions name its two values l and r: bound one comparison at a time. They may
        // use jaro_winkler(a, b) and nickname(a, b) besides Spark SQL's own functions.
        if (comparisons.stream().anyMatch(c -> "custom".equals(c.type()))) {
            if (!pairs.sparkSession().catalog().functionExists("jaro_winkler")) {
                pairs.sparkSession().udf().register("jaro_winkler", JARO_WINKLER);
                pairs.sparkSession().udf().register("nickname", NICKNAME);
            }
        }
        for (Comparison c : comparisons) {
            if ("custom".equals(c.type())) {
                String v = MatchInput.value(c.name());
                withSimilarity = withSimilarity.withColumn(CUSTOM_LEFT, col(left(v))).withColumn(CUSTOM_RIGHT, col(right(v)))
                    .withColumn(gamma(c.name()), gammaOf(c)).drop(CUSTOM_LEFT, CUSTOM_RIGHT);
            }
        }
        List<Column> columns = new ArrayList<>();
        for (String name : pairs.columns()) {
            columns.add(col(name));
        }
        for (Comparison c : comparisons) {
            columns.add("custom".equals(c.type()) ? col(gamma(c.name())) : gammaOf(c).as(gamma(c.name())));
        }
        return withSimilarity.select(columns.toArray(Column[]::new));
    }

    private static Column gammaOf(Comparison c) {
        String v = MatchInput.value(c.name());
        List<Level> levels = levels(c);
        Column gamma = when(col(left(v)).isNull().or(col(right(v)).isNull()), lit(NULL_LEVEL));
        for (int i = 0; i < levels.size(); i++) {
            gamma = gamma.when(levels.get(i).condition(), lit(levels.size() - i));
        }
        return gamma.otherwise(lit(0));
    }

    private static List<Level> levels(Comparison c) {
        String v = MatchInput.value(c.name());
        Column l = col(left(v));
        Column r = col(right(v));
        List<Level> levels = new ArrayList<>();
        switch (c.type()) {
            case "set" -> levels.add(new Level("shared", arrays_overlap(l, r)));
            case "custom" -> {
                for (MatchSettings.CustomLevel level : c.levels()) {
                    levels.add(new Level(level.label(), expr(level.when())));
                }
            }
            case "date" -> {
                levels.add(new Level(EXACT_LABEL, l.equalTo(r)));
                for (int d : c.levenshtein()) {
                    levels.add(new Level("levenshtein<=" + d,
                        levenshtein(date_format(l, "yyyy-MM-dd"), date_format(r, "yyyy-MM-dd")).leq(d)));
                }
                for (int days : c.withinDays()) {
                    levels.add(new Level("withinDays<=" + days, abs(datediff(l, r)).leq(days)));
                }
            }
            case "number" -> {
                levels.add(new Level(EXACT_LABEL, l.equalTo(r)));
                for (double d : c.withinAbs()) {
                    levels.add(new Level("withinAbs<=" + d, abs(l.minus(r)).leq(d)));
                }
            }
            default -> {
                levels.add(new Level(EXACT_LABEL, l.equalTo(r)));
                if (c.nicknames()) {
                    levels.add(new Level("nickname", NICKNAME.apply(l, r)));
                }
                for (double t : c.jaroWinkler()) {
                    levels.add(new Level("jaroWinkler>=" + t, col(similarity(c.name())).geq(t)));
                }
                for (int d : c.levenshtein()) {
                    levels.add(new Level("levenshtein<=" + d, levenshtein(l, r).leq(d)));
                }
                if (c.initials()) {
                    levels.add(new Level("initial", isInitialOf(l, r)));
                }
            }
        }
        return levels;
    }
}
