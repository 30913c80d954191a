package io.seamgraph.analytics.match;

import static org.apache.spark.sql.functions.aggregate;
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

    static Dataset<Row> score(Dataset<Row> compared, MatchModel model, List<Comparison> comparisons) {
        List<Column> contributions = new ArrayList<>();
        contributions.add(struct(lit(PRIOR).as("comparison"), lit(PRIOR).as("level"), lit(model.priorWeight()).as("weight")));
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
            contributions.add(struct(lit(c.name()).as("comparison"), label.as("level"), weight.cast("double").as("weight")));
        }
        Column all = array(contributions.toArray(Column[]::new));
        Dataset<Row> scored = compared.select(col(Blocking.LEFT_KEY), col(Blocking.RIGHT_KEY), col(Blocking.RULE), all.as("contributions"));
        Column matchWeight = aggregate(col("contributions"), lit(0.0), (acc, x) -> acc.plus(x.getField("weight")));
        return scored.withColumn("matchWeight", matchWeight)
            .withColumn("probability", lit(1.0).divide(lit(1.0).plus(pow(lit(2.0), col("matchWeight").unary_$minus()))))
            .select(col(Blocking.LEFT_KEY), col(Blocking.RIGHT_KEY), col("matchWeight"), col("probability"),
                col(Blocking.RULE), col("contributions"));
    }
}
