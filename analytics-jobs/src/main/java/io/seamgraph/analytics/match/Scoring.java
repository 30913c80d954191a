package io.seamgraph.analytics.match;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import io.seamgraph.analytics.match.MatchModel.ComparisonModel;
import io.seamgraph.analytics.match.MatchSettings.Comparison;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Scores compared pairs with a model: one contribution per comparison (its level's log2(m/u); an exact agreement on a
 * term-frequency comparison weighs log2(m / frequency of the value) instead) plus the prior. The match weight is the
 * sum of exactly these contributions, so an explanation always adds up.
 */
final class Scoring {

    static final String PRIOR = "prior";
    /** The rarest a value can be counted: keeps a value seen once from weighing without bound. */
    private static final double MIN_FREQUENCY = 1e-9;

    private Scoring() {
    }

    /** The scored pairs with their waterfall: leftKey, rightKey, matchWeight, probability, blockingRule, contributions. */
    static Dataset<Row> score(Dataset<Row> compared, MatchModel model, List<Comparison> comparisons) {
        return explain(weigh(compared, model, comparisons), model, comparisons);
    }

    /**
     * Adds matchWeight and probability to the compared pairs, keeping their columns: numbers only, so that every
     * candidate pair can be scored without building its waterfall, which only the pairs kept need ({@link #explain}).
     * The weight is summed in the waterfall's order from the same terms, so the two agree to the last bit.
     */
    static Dataset<Row> weigh(Dataset<Row> compared, MatchModel model, List<Comparison> comparisons) {
        Column matchWeight = lit(0.0);
        for (Term t : terms(model, comparisons)) {
            matchWeight = matchWeight.plus(t.weight());
        }
        return compared.withColumn("matchWeight", matchWeight)
            .withColumn("probability", lit(1.0).divide(lit(1.0).plus(pow(lit(2.0), col("matchWeight").unary_$minus()))));
    }

    /** Pairs from {@link #weigh}, each with its waterfall: one contribution per comparison, the prior first. */
    static Dataset<Row> explain(Dataset<Row> weighed, MatchModel model, List<Comparison> comparisons) {
        List<Column> contributions = new ArrayList<>();
        for (Term t : terms(model, comparisons)) {
            contributions.add(struct(lit(t.comparison()).as("comparison"), t.label().as("level"), t.weight().as("weight")));
        }
        return weighed.select(col(Blocking.LEFT_KEY), col(Blocking.RIGHT_KEY), col("matchWeight"), col("probability"),
            col(Blocking.RULE), array(contributions.toArray(Column[]::new)).as("contributions"));
    }

    private record Term(String comparison, Column label, Column weight) {
    }

    private static List<Term> terms(MatchModel model, List<Comparison> comparisons) {
        List<Term> terms = new ArrayList<>();
        terms.add(new Term(PRIOR, lit(PRIOR), lit(model.priorWeight())));
        for (Comparison c : comparisons) {
            ComparisonModel cm = model.comparison(c.name());
            int levels = ComparisonLevels.labels(c).size();
            if (cm.levels().size() != levels) {
                throw new IllegalArgumentException("the model's comparison '" + c.name() + "' has " + cm.levels().size()
                    + " levels, the settings give it " + levels + ": retrain the model with these settings");
            }
            Column g = col(ComparisonLevels.gamma(c.name()));
            Column label = when(g.equalTo(ComparisonLevels.NULL_LEVEL), lit(ComparisonLevels.NULL_LABEL));
            Column weight = when(g.equalTo(ComparisonLevels.NULL_LEVEL), lit(0.0));
            int top = levels - 1;
            for (int level = top; level >= 0; level--) {
                MatchModel.LevelModel lm = cm.level(level);
                Column w = lit(lm.weight());
                String text = lm.label();
                if (level == top && cm.termFrequency() && !"set".equals(cm.type())) {
                    Column frequency = greatest(col(ComparisonLevels.left(MatchInput.tf(c.name()))), lit(MIN_FREQUENCY));
                    w = log(2.0, lit(lm.m()).divide(frequency));
                    text = lm.label() + " (term frequency)";
                }
                label = label.when(g.equalTo(level), lit(text));
                weight = weight.when(g.equalTo(level), w);
            }
            terms.add(new Term(c.name(), label, weight.cast("double")));
        }
        return terms;
    }
}
