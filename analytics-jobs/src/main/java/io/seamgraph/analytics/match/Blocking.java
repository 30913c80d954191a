package io.seamgraph.analytics.match;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Candidate pairs from the blocking rules. Each rule's pair count is worked out from its block sizes first, so a rule
 * that would explode stops the run before a single pair exists. A pair an earlier rule already generated is not
 * generated again: rule i keeps only pairs that no rule before i reaches, so the rules' pairs add up to the whole.
 */
final class Blocking {

    static final String RULE = "blockingRule";
    static final String LEFT_KEY = "leftKey";
    static final String RIGHT_KEY = "rightKey";

    private Blocking() {
    }

    /** How many pairs a rule generates on its own (before earlier rules are taken off), and its biggest blocks. */
    record RuleCount(String rule, long pairs, List<String> biggestBlocks) {
    }

    /** Blocks of a rule that make no pairs because they hold more records than the limit. */
    record Purged(String rule, long blocks, long records, long pairs, List<String> biggestBlocks) {
    }

    record PurgeResult(Dataset<Row> rows, List<Purged> purged) {
    }

    /**
     * Block purging: every key shared by more records than the rule's limit (its own {@code maxBlockSize}, else
     * {@code blocking.maxBlockSize}) is taken off those records for that rule, so the block makes no pairs and no
     * later rule counts its pairs as already reached. The rows come back checkpointed when anything was purged.
     */
    static PurgeResult purge(Dataset<Row> prepared, MatchSettings settings) {
        List<MatchSettings.BlockingRule> rules = settings.blocking().rules();
        List<Purged> purged = new ArrayList<>();
        Dataset<Row> rows = prepared;
        for (int i = 0; i < rules.size(); i++) {
            long limit = rules.get(i).blockLimit(settings.blocking().maxBlockSize());
            if (limit <= 0) {
                continue;
            }
            String key = MatchInput.blockKey(i);
            List<Row> big = prepared.filter(col(key).isNotNull()).groupBy(col(key)).agg(org.apache.spark.sql.functions.count(lit(1)).as("n"))
                .filter(col("n").gt(limit)).orderBy(col("n").desc(), col(key)).collectAsList();
            if (big.isEmpty()) {
                continue;
            }
            long records = big.stream().mapToLong(r -> r.getLong(1)).sum();
            long pairs = big.stream().mapToLong(r -> r.getLong(1) * (r.getLong(1) - 1) / 2).sum();
            List<String> biggest = big.stream().limit(3)
                .map(r -> "'" + r.getString(0).replace('\u001f', '|') + "': " + r.getLong(1)).toList();
            purged.add(new Purged(rules.get(i).name(), big.size(), records, pairs, biggest));
            // At most records / limit keys: a literal list, no join.
            Object[] keys = big.stream().map(r -> r.getString(0)).toArray();
            rows = rows.withColumn(key, org.apache.spark.sql.functions.when(col(key).isin(keys).unary_$bang(), col(key)));
        }
        // Checkpointed only when a key was taken off: otherwise the rows are the input, and a copy would cost memory.
        return new PurgeResult(purged.isEmpty() ? prepared : rows.localCheckpoint(), purged);
    }

    static String satisfies(int rule) {
        return "s_" + rule;
    }

    static List<RuleCount> count(Dataset<Row> prepared, MatchSettings settings) {
        List<RuleCount> counts = new ArrayList<>();
        List<MatchSettings.BlockingRule> rules = settings.blocking().rules();
        for (int i = 0; i < rules.size(); i++) {
            String key = MatchInput.blockKey(i);
            Dataset<Row> keyed = prepared.filter(col(key).isNotNull());
            Dataset<Row> blocks;
            if (settings.linkOnly()) {
                // Pairs across systems only: (n² - Σ n_system²) / 2 per block.
                blocks = keyed.groupBy(col(key), col(MatchInput.SYSTEM)).agg(org.apache.spark.sql.functions.count(lit(1)).as("ns"))
                    .groupBy(col(key)).agg(sum("ns").as("n"), sum(col("ns").multiply(col("ns"))).as("nss"))
                    .withColumn("pairs", col("n").multiply(col("n")).minus(col("nss")).divide(2).cast("long"));
            } else {
                blocks = keyed.groupBy(col(key)).agg(org.apache.spark.sql.functions.count(lit(1)).as("n"))
                    .withColumn("pairs", col("n").multiply(col("n").minus(1)).divide(2).cast("long"));
            }
            // One pass per rule: the total and the biggest block, which the cap's error names.
            Row total = blocks.agg(coalesce(sum("pairs"), lit(0L)),
                org.apache.spark.sql.functions.max_by(col(key), col("pairs")),
                org.apache.spark.sql.functions.max(col("n"))).first();
            List<String> biggest = total.isNullAt(1) ? List.of()
                : List.of("'" + total.getString(1).replace('\u001f', '|') + "': " + total.getLong(2));
            counts.add(new RuleCount(rules.get(i).name(), total.getLong(0), biggest));
        }
        return counts;
    }

    static void checkCap(List<RuleCount> counts, long cap) {
        for (RuleCount c : counts) {
            if (c.pairs() > cap) {
                throw new BlockingCapExceeded(c.rule(), c.pairs(), cap, c.biggestBlocks());
            }
        }
    }

    /**
     * (leftKey, rightKey, blockingRule, l_*, r_*, s_0..s_n): each pair once, leftKey < rightKey, with both records'
     * match columns and, per rule, whether the pair satisfies it (training uses that).
     */
    static Dataset<Row> pairs(Dataset<Row> prepared, MatchSettings settings) {
        List<MatchSettings.BlockingRule> rules = settings.blocking().rules();
        Dataset<Row> all = null;
        for (int i = 0; i < rules.size(); i++) {
            String key = MatchInput.blockKey(i);
            Dataset<Row> side = prepared.filter(col(key).isNotNull());
            Dataset<Row> l = prefixed(side, "l_");
            Dataset<Row> r = prefixed(side, "r_");
            Column condition = col("l_" + key).equalTo(col("r_" + key))
                .and(col("l_recordKey").lt(col("r_recordKey")));
            if (settings.linkOnly()) {
                condition = condition.and(col("l_" + MatchInput.SYSTEM).notEqual(col("r_" + MatchInput.SYSTEM)));
            }
            Dataset<Row> pairs = l.join(r, condition);
            for (int j = 0; j < i; j++) {
                pairs = pairs.filter(coalesce(col("l_" + MatchInput.blockKey(j)).equalTo(col("r_" + MatchInput.blockKey(j))), lit(false)).unary_$bang());
            }
            pairs = pairs.withColumn(RULE, lit(rules.get(i).name()));
            all = all == null ? pairs : all.unionByName(pairs);
        }
        return withRuleFlags(all, rules.size())
            .withColumnRenamed("l_recordKey", LEFT_KEY).withColumnRenamed("r_recordKey", RIGHT_KEY);
    }

    /** Pairs of records drawn at random (for u): about {@code target} of them, from one seeded sample. */
    static Dataset<Row> randomPairs(Dataset<Row> prepared, MatchSettings settings, long records) {
        long target = settings.training().randomPairs();
        double wanted = Math.ceil(Math.sqrt(2.0 * target)) + 1;
        double fraction = Math.min(1.0, wanted / Math.max(1, records));
        Dataset<Row> sample = prepared.sample(false, fraction, settings.training().seed());
        Column condition = col("l_recordKey").lt(col("r_recordKey"));
        if (settings.linkOnly()) {
            condition = condition.and(col("l_" + MatchInput.SYSTEM).notEqual(col("r_" + MatchInput.SYSTEM)));
        }
        return prefixed(sample, "l_").crossJoin(prefixed(sample, "r_")).filter(condition)
            .withColumnRenamed("l_recordKey", LEFT_KEY).withColumnRenamed("r_recordKey", RIGHT_KEY);
    }

    private static Dataset<Row> withRuleFlags(Dataset<Row> pairs, int rules) {
        Dataset<Row> flagged = pairs;
        for (int j = 0; j < rules; j++) {
            String key = MatchInput.blockKey(j);
            flagged = flagged.withColumn(satisfies(j), coalesce(col("l_" + key).equalTo(col("r_" + key)), lit(false)));
        }
        return flagged;
    }

    static Dataset<Row> prefixed(Dataset<Row> rows, String prefix) {
        return rows.select(java.util.Arrays.stream(rows.columns()).map(c -> col(c).as(prefix + c)).toArray(Column[]::new));
    }
}
