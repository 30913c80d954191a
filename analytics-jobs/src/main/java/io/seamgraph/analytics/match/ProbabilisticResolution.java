package io.seamgraph.analytics.match;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.substring_index;

import io.seamgraph.analytics.match.ClusterAlgorithm.Kind;
import io.seamgraph.analytics.match.ClusterAlgorithm.Via;
import io.seamgraph.analytics.resolve.IdentityUsage;
import io.seamgraph.job.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Identity resolution by evidence: records sharing a strong identifier are linked as before (deterministic), and
 * every other pair the blocking rules reach is scored with a Fellegi-Sunter model trained without labels; the links
 * of both kinds are then clustered with guards against over-merging. The one entry point for ResolveJob.
 *
 * <pre>{@code
 * MatchSettings settings = MatchSettings.load(Path.of("examples/resolution.yaml"));
 * Result r = ProbabilisticResolution.resolve(spark, records, recordIdentities, Corrections.none(spark), settings);
 * r.model().save(Path.of("model.json"));   // and pass it back next time: train once, score many times
 * }</pre>
 */
public final class ProbabilisticResolution {

    private static final StructType PAIRS = new StructType()
        .add("leftKey", DataTypes.StringType).add("rightKey", DataTypes.StringType);

    private ProbabilisticResolution() {
    }

    /** Human corrections: pairs that must or must not end in one cluster, each (leftKey, rightKey). */
    public record Corrections(Dataset<Row> mustLink, Dataset<Row> cannotLink) {
        public static Corrections none(SparkSession spark) {
            Dataset<Row> empty = spark.createDataFrame(List.of(), PAIRS);
            return new Corrections(empty, empty);
        }
    }

    /**
     * @param pairsAlone pairs the rule reaches on its own
     * @param newPairs   of those, the pairs no earlier rule reached (the rules' newPairs add up to the candidates)
     */
    public record RuleReport(String rule, long pairsAlone, long newPairs) {
    }

    /**
     * @param expectedMatches        the model's expected number of matching pairs among the candidates
     * @param estimatedMissedMatches matching pairs no blocking rule reaches (NaN with a single rule)
     * @param cutBridges             weak links cut because they alone joined two groups
     * @param refusedLinks           links not followed because of a cannotLink or the cluster size limit
     */
    public record Report(long records, List<RuleReport> rules, List<Blocking.Purged> purged, long candidatePairs, double expectedMatches,
                         double estimatedMissedMatches, long probabilisticLinks, long deterministicLinks,
                         long clusters, long multiRecordClusters, long largestCluster, long cutBridges,
                         long refusedLinks, List<MatchInput.GenericValue> genericValues) {

        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add(String.format("%,d records; %,d candidate pairs", records, candidatePairs));
            for (RuleReport r : rules) {
                lines.add(String.format("  blocking rule %-32s %,14d pairs alone, %,14d new", "'" + r.rule() + "'", r.pairsAlone(), r.newPairs()));
            }
            for (Blocking.Purged p : purged) {
                lines.add(String.format("  blocking rule '%s': %,d blocks over the size limit purged (%,d records, %,d pairs not made; biggest %s)",
                    p.rule(), p.blocks(), p.records(), p.pairs(), String.join(", ", p.biggestBlocks())));
            }
            lines.add(String.format("expected matching pairs among candidates: %,.0f; estimated matches no rule reaches: %s",
                expectedMatches, Double.isNaN(estimatedMissedMatches) ? "n/a (one rule)" : String.format("%,.0f", estimatedMissedMatches)));
            lines.add(String.format("links: %,d probabilistic, %,d through shared identifiers; %,d weak bridges cut, %,d links refused",
                probabilisticLinks, deterministicLinks, cutBridges, refusedLinks));
            lines.add(String.format("clusters: %,d (%,d with more than one record, largest %,d)", clusters, multiRecordClusters, largestCluster));
            if (!genericValues.isEmpty()) {
                lines.add("generic values (no evidence): " + genericValues.stream().limit(10)
                    .map(g -> g.comparison() + "=" + g.value() + " (" + g.records() + " records)").collect(Collectors.joining(", ")));
            }
            return lines;
        }
    }

    /**
     * @param assignments (recordKey, clusterKey, confidence) for every record; clusterKey is the cluster's smallest key
     * @param scoredPairs (leftKey, rightKey, matchWeight, probability, blockingRule, contributions) at or above the
     *                    review probability
     */
    public record Result(Dataset<Row> assignments, Dataset<Row> scoredPairs, Dataset<Row> notFollowed, MatchModel model,
                         Report report) {
    }

    /** Trains on these records and resolves them. */
    public static Result resolve(SparkSession spark, Dataset<Row> records, Dataset<Row> recordIdentities,
                                 Corrections corrections, MatchSettings settings) {
        return resolve(spark, records, recordIdentities, corrections, settings, null, Progress.silent());
    }

    /**
     * @param records          the contract's records input: recordKey, system and the profile columns
     * @param recordIdentities (recordKey, identityKey) as DeterministicResolution takes them
     * @param model            a model trained before, or null to train one on these records
     * @param progress         where each phase reports that it started and how long it took
     */
    public static Result resolve(SparkSession spark, Dataset<Row> records, Dataset<Row> recordIdentities,
                                 Corrections corrections, MatchSettings settings, MatchModel model, Progress progress) {
        MatchInput.Prepared prepared = MatchInput.prepare(records, settings);
        // Checkpoints cut the lineage: the input's plan (ingest's, or the graph read's) is not re-planned for every
        // one of the many small actions below, which otherwise costs more than the work.
        Blocking.PurgeResult purge = progress.step("match input: comparison values, generic values, term frequencies, block purging",
            () -> Blocking.purge(prepared.rows().localCheckpoint(), settings));
        Dataset<Row> rows = purge.rows();
        long n = rows.count();
        List<Blocking.RuleCount> counts = progress.step("blocking: count the pairs of each rule", () -> Blocking.count(rows, settings));
        counts.forEach(c -> progress.info("  rule '%s': %,d pairs", c.rule(), c.pairs()));
        Blocking.checkCap(counts, settings.blocking().maxPairsPerRule());

        Dataset<Row> compared = progress.step("blocking and comparing: the candidate pairs and their levels",
            () -> compare(rows, settings).localCheckpoint());
        Map<String, Long> newPairs = compared.groupBy(Blocking.RULE).agg(count(lit(1))).collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
        long candidates = newPairs.values().stream().mapToLong(Long::longValue).sum();
        progress.info("  %,d candidate pairs", candidates);

        double expected = Double.NaN;
        double missed = Double.NaN;
        if (model == null) {
            ModelTraining.Trained trained = progress.step("training: u from random pairs, m by EM",
                () -> ModelTraining.train(rows, compared, settings, n, List.of(records.columns())));
            model = trained.model();
            expected = trained.expectedMatches();
            missed = trained.estimatedMissed();
        }
        // Numbers only: the waterfall is built for the pairs kept in the output, not for every candidate.
        Dataset<Row> scored = Scoring.weigh(compared, model, settings.comparisons());

        Dataset<Row> probabilistic = scored.filter(col("probability").geq(settings.thresholds().linkProbability()))
            .select(col("leftKey"), col("rightKey"), col("probability"), col("matchWeight").as("weight"),
                lit(Kind.PROBABILISTIC.name()).as("kind"));
        Dataset<Row> members = progress.step("identifier links: records sharing an identifier",
            () -> identifierMembers(recordIdentities, settings).localCheckpoint());
        Dataset<Row> deterministic = deterministicLinks(members, scored, settings);
        Dataset<Row> cannotLink = corrections.cannotLink().select("leftKey", "rightKey");
        Dataset<Row> candidateLinks = probabilistic.unionByName(deterministic);
        if (settings.linkVeto() != null) {
            // A vetoed pair is not only no link: it may not end in one cluster through other records either (a
            // record with an initial only, or none, sharing the family e-mail would otherwise join the household
            // back together). Every compared pair and every identifier link is judged.
            Dataset<Row> links = candidateLinks;
            Dataset<Row> judged = progress.step("scoring and the first-name veto: links and cannot-links",
                () -> withVeto(links, rows, settings).localCheckpoint());
            candidateLinks = judged.filter(col(VETOED).unary_$bang()).drop(VETOED);
            // Judged when the pairs were compared, where both records' values were at hand: no join of every pair.
            Dataset<Row> vetoedPairs = compared.filter(col(VETOED)).select("leftKey", "rightKey");
            Dataset<Row> cannot = cannotLink.unionByName(judged.filter(col(VETOED)).select("leftKey", "rightKey"))
                .unionByName(vetoedPairs).distinct();
            cannotLink = progress.step("cannot-links and what linked records share", () -> cannot.localCheckpoint());
            candidateLinks = withVia(candidateLinks, sharedVia(members, cannotLink, rows, settings));
        } else {
            candidateLinks = candidateLinks.withColumn(SAME_NAME, lit(false)).withColumn(VIA, lit(Via.NOTHING.name()));
        }
        Dataset<Row> must = corrections.mustLink()
            .select(col("leftKey"), col("rightKey"), lit(1.0).as("probability"),
                lit(ClusterAlgorithm.weightOf(1.0)).as("weight"), lit(Kind.MUST_LINK.name()).as("kind"),
                lit(true).as(SAME_NAME), lit(Via.NOTHING.name()).as(VIA));
        Dataset<Row> allLinks = candidateLinks.unionByName(must);
        Dataset<Row> links = progress.step("links ready for clustering", () -> allLinks.localCheckpoint());

        Clustering.Result clusters = Clustering.cluster(spark, records.select("recordKey"), links, cannotLink,
            settings.clustering());
        Dataset<Row> assignments = progress.step("clustering: connected groups, then cores, links by weight and repair",
            () -> clusters.assignments().localCheckpoint());

        Map<String, Long> linkCounts = links.groupBy("kind").agg(count(lit(1))).collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
        Dataset<Row> sizes = assignments.groupBy("clusterKey").agg(count(lit(1)).as("size"));
        Row sizeStats = sizes.agg(count(lit(1)), org.apache.spark.sql.functions.sum(
            org.apache.spark.sql.functions.when(col("size").gt(1), 1).otherwise(0)), max("size")).first();
        Map<String, Long> notFollowed = clusters.notFollowed().groupBy("reason").agg(count(lit(1))).collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));

        List<RuleReport> rules = counts.stream()
            .map(c -> new RuleReport(c.rule(), c.pairs(), newPairs.getOrDefault(c.rule(), 0L))).toList();
        Report report = new Report(n, rules, purge.purged(), candidates, expected, missed,
            linkCounts.getOrDefault(Kind.PROBABILISTIC.name(), 0L), linkCounts.getOrDefault(Kind.DETERMINISTIC.name(), 0L),
            sizeStats.getLong(0), sizeStats.getLong(1), sizeStats.isNullAt(2) ? 0 : sizeStats.getLong(2),
            notFollowed.getOrDefault("cut", 0L), notFollowed.getOrDefault("refused", 0L), prepared.genericValues());
        Dataset<Row> output = Scoring.explain(scored.filter(col("probability").geq(settings.thresholds().reviewProbability())),
            model, settings.comparisons());
        return new Result(assignments, output, clusters.notFollowed(), model, report);
    }

    /** The probability of an identifier link whose pair no blocking rule compared: no evidence either way. */
    private static final double UNSCORED_IDENTIFIER_LINK = 0.5;

    /**
     * Links between records sharing an identifier carried by few enough records. Their probability and weight are
     * the scored pair's, where the blocking rules compared the pair; they only order the links in clustering, so that
     * of two identifier links that cannot both hold (a family e-mail and a personal phone) the better-supported one
     * is taken; confidence still counts an identifier link as certain. A pair no rule compared weighs as the weakest
     * link there is, one at the link threshold.
     */
    private static Dataset<Row> deterministicLinks(Dataset<Row> members, Dataset<Row> scored, MatchSettings settings) {
        // Every pair of the identifier's records, not a star around one of them: each pair is judged by the veto on
        // its own, so two records of one person keep their link when a relative's record shares the identifier.
        Dataset<Row> shared = sharedPairs(members).select("leftKey", "rightKey").distinct();
        Dataset<Row> scores = scored.select(col("leftKey").as("sl"), col("rightKey").as("sr"), col("probability").as("sp"),
            col("matchWeight").as("sw"));
        double weakest = ClusterAlgorithm.weightOf(settings.thresholds().linkProbability());
        return shared.join(scores, col("leftKey").equalTo(col("sl")).and(col("rightKey").equalTo(col("sr"))), "left")
            .select(col("leftKey"), col("rightKey"),
                coalesce(col("sp"), lit(UNSCORED_IDENTIFIER_LINK)).as("probability"),
                coalesce(col("sw"), lit(weakest)).as("weight"),
                lit(Kind.DETERMINISTIC.name()).as("kind"));
    }

    /** (identityKey, recordKey): the records of every identifier carried by few enough records to link them. */
    private static Dataset<Row> identifierMembers(Dataset<Row> recordIdentities, MatchSettings settings) {
        Dataset<Row> identities = recordIdentities.filter(
            MatchInput.isPlaceholder(substring_index(col("identityKey"), ":", -1), settings.placeholders()).unary_$bang());
        Dataset<Row> linking = IdentityUsage.of(identities, settings.maxRecordsPerIdentity())
            .filter(col("suppressed").equalTo(false).and(col("recordCount").geq(2))).select("identityKey");
        return identities.join(linking, "identityKey").select("identityKey", "recordKey").distinct();
    }

    /** (identityKey, leftKey, rightKey), leftKey before rightKey: every pair of records sharing an identifier. */
    private static Dataset<Row> sharedPairs(Dataset<Row> members) {
        return members.select(col("identityKey"), col("recordKey").as("leftKey"))
            .join(members.select(col("identityKey"), col("recordKey").as("rightKey")), "identityKey")
            .filter(col("leftKey").lt(col("rightKey")));
    }

    /**
     * (leftKey, rightKey, via), leftKey before rightKey, for every pair sharing an identifier: {@link Via#PERSONAL}
     * when one of them has no cannotLink pair among its holders and its holders with a full first name (more than an
     * initial) all carry one; {@link Via#HOUSEHOLD} when every one has a cannotLink pair among its holders (a family
     * e-mail); else {@link Via#NOTHING}. Clustering weighs a record's household-only links for nothing against a
     * personal identifier: they say the record is of the household, not which member.
     */
    static Dataset<Row> sharedVia(Dataset<Row> members, Dataset<Row> cannotLink, Dataset<Row> rows, MatchSettings settings) {
        Dataset<Row> household = cannotLink
            .join(members.select(col("identityKey").as("hk"), col("recordKey").as("hl")), col("leftKey").equalTo(col("hl")))
            .join(members.select(col("identityKey").as("hk2"), col("recordKey").as("hr")),
                col("rightKey").equalTo(col("hr")).and(col("hk").equalTo(col("hk2"))))
            .select(col("hk").as("identityKey")).distinct().withColumn("household", lit(true));
        Column first = lower(col(MatchInput.value(settings.linkVeto().comparison())).cast("string"));
        Dataset<Row> names = members
            .join(rows.select(col("recordKey"), when(length(first).gt(1), first).as("firstName")), "recordKey", "left")
            .groupBy("identityKey").agg(countDistinct(col("firstName")).as("firstNames"));
        Dataset<Row> via = names.join(household, "identityKey", "left")
            .select(col("identityKey"), when(col("household").isNotNull(), lit(Via.HOUSEHOLD.name()))
                .when(col("firstNames").equalTo(1), lit(Via.PERSONAL.name()))
                .otherwise(lit(Via.NOTHING.name())).as(VIA));
        return sharedPairs(members).join(via, "identityKey")
            .groupBy("leftKey", "rightKey")
            .agg(max(col(VIA).equalTo(Via.PERSONAL.name())).as("personal"),
                min(col(VIA).equalTo(Via.HOUSEHOLD.name())).as("household"))
            .select(col("leftKey"), col("rightKey"), when(col("personal"), lit(Via.PERSONAL.name()))
                .when(col("household"), lit(Via.HOUSEHOLD.name())).otherwise(lit(Via.NOTHING.name())).as(VIA));
    }

    /** Adds {@code via} to the links, scored ones included: what the two records share, whichever way round. */
    private static Dataset<Row> withVia(Dataset<Row> links, Dataset<Row> via) {
        Dataset<Row> v = via.select(col("leftKey").as("vl"), col("rightKey").as("vr"), col(VIA).as("v"));
        return links.join(v, least(col("leftKey"), col("rightKey")).equalTo(col("vl"))
                .and(greatest(col("leftKey"), col("rightKey")).equalTo(col("vr"))), "left")
            .withColumn(VIA, coalesce(col("v"), lit(Via.NOTHING.name()))).drop("vl", "vr", "v");
    }

    static final String VETOED = "vetoed";
    static final String SAME_NAME = "sameName";
    static final String VIA = "via";

    /**
     * Adds {@code vetoed}: the two records' veto values clearly disagree (not similar enough, neither the start of the
     * other, no initial of the other, no nickname of the other even allowing a keying slip in one) and no
     * {@code unless} comparison agrees exactly. A missing value never vetoes. Adds {@code sameName} too: the veto
     * values agree exactly and are more than an initial, which makes a strong link an agreement clustering never
     * separates.
     */
    static Dataset<Row> withVeto(Dataset<Row> links, Dataset<Row> prepared, MatchSettings settings) {
        MatchSettings.LinkVeto veto = settings.linkVeto();
        List<String> names = new ArrayList<>();
        names.add(veto.comparison());
        names.addAll(veto.unless());
        Column[] values = names.stream().map(n -> col(MatchInput.value(n))).toArray(Column[]::new);
        Dataset<Row> l = prepared.select(col("recordKey").as("vk_l"), org.apache.spark.sql.functions.struct(values).as("vl"));
        Dataset<Row> r = prepared.select(col("recordKey").as("vk_r"), org.apache.spark.sql.functions.struct(values).as("vr"));
        List<Column> keep = new ArrayList<>();
        for (String c : links.columns()) {
            keep.add(col(c));
        }
        keep.addAll(vetoColumns(settings, v -> col("vl").getField(v), v -> col("vr").getField(v)));
        return links.join(l, col("leftKey").equalTo(col("vk_l")), "left").join(r, col("rightKey").equalTo(col("vk_r")), "left")
            .select(keep.toArray(Column[]::new));
    }

    /**
     * {@code vetoed} and {@code sameName} (see {@link #withVeto}) from the two records' match values, each named by
     * {@link MatchInput#value}: for a join of links with the records, or for pairs that already hold both sides.
     */
    static List<Column> vetoColumns(MatchSettings settings, java.util.function.Function<String, Column> left,
                                    java.util.function.Function<String, Column> right) {
        MatchSettings.LinkVeto veto = settings.linkVeto();
        String v = MatchInput.value(veto.comparison());
        Column lv = left.apply(v).cast("string");
        Column rv = right.apply(v).cast("string");
        Column compatible = lv.isNull().or(rv.isNull()).or(lv.startsWith(rv)).or(rv.startsWith(lv))
            .or(ComparisonLevels.isInitialOf(lv, rv)).or(ComparisonLevels.nicknameDespiteSlip(lv, rv))
            .or(ComparisonLevels.jaroWinkler(lv, rv).geq(veto.minSimilarity()));
        for (String u : veto.unless()) {
            String uv = MatchInput.value(u);
            Column a = left.apply(uv);
            Column b = right.apply(uv);
            boolean set = settings.comparisons().stream().anyMatch(c -> c.name().equals(u) && "set".equals(c.type()));
            compatible = compatible.or(coalesce(
                set ? org.apache.spark.sql.functions.arrays_overlap(a, b) : a.equalTo(b), lit(false)));
        }
        // An initial is no first name: "C U" and "C." on a family e-mail may be two people of one household.
        Column sameName = coalesce(
            org.apache.spark.sql.functions.lower(lv).equalTo(org.apache.spark.sql.functions.lower(rv))
                .and(org.apache.spark.sql.functions.length(lv).gt(1)), lit(false));
        return List.of(coalesce(compatible, lit(true)).unary_$bang().as(VETOED), sameName.as(SAME_NAME));
    }

    /** Trains a model on these records without resolving them. */
    public static MatchModel train(Dataset<Row> records, MatchSettings settings) {
        Dataset<Row> rows = Blocking.purge(MatchInput.prepare(records, settings).rows().localCheckpoint(), settings).rows();
        long n = rows.count();
        Blocking.checkCap(Blocking.count(rows, settings), settings.blocking().maxPairsPerRule());
        Dataset<Row> compared = compare(rows, settings).localCheckpoint();
        MatchModel model = ModelTraining.train(rows, compared, settings, n, List.of(records.columns())).model();
        compared.unpersist();
        rows.unpersist();
        return model;
    }

    /** Scores candidate pairs with a model (no clustering): leftKey, rightKey, matchWeight, probability, blockingRule, contributions. */
    public static Dataset<Row> score(Dataset<Row> records, MatchSettings settings, MatchModel model) {
        Dataset<Row> rows = Blocking.purge(MatchInput.prepare(records, settings).rows(), settings).rows();
        Blocking.checkCap(Blocking.count(rows, settings), settings.blocking().maxPairsPerRule());
        return Scoring.score(compare(rows, settings), model, settings.comparisons());
    }

    /**
     * Candidate pairs with their comparison levels, rule flags, term frequencies and, with a link veto, whether it
     * vetoes the pair: all training, scoring and clustering need.
     */
    static Dataset<Row> compare(Dataset<Row> prepared, MatchSettings settings) {
        Dataset<Row> withGammas = ComparisonLevels.withGammas(Blocking.pairs(prepared, settings), settings.comparisons());
        List<Column> keep = new ArrayList<>(List.of(col(Blocking.LEFT_KEY), col(Blocking.RIGHT_KEY), col(Blocking.RULE)));
        for (MatchSettings.Comparison c : settings.comparisons()) {
            keep.add(col(ComparisonLevels.gamma(c.name())));
            if (c.termFrequency()) {
                keep.add(col(ComparisonLevels.left(MatchInput.tf(c.name()))));
            }
        }
        for (int r = 0; r < settings.blocking().rules().size(); r++) {
            keep.add(col(Blocking.satisfies(r)));
        }
        if (settings.linkVeto() != null) {
            keep.add(vetoColumns(settings, v -> col(ComparisonLevels.left(v)), v -> col(ComparisonLevels.right(v))).get(0));
        }
        return withGammas.select(keep.toArray(Column[]::new));
    }
}
