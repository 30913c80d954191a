package io.seamgraph.analytics.match;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Everything probabilistic resolution is told: what to compare and how, which pairs to compare (blocking), what is
 * never evidence, and when a pair is a link. Read from {@code examples/resolution.yaml}; see docs/identity-resolution.md.
 *
 * @param linkType     {@code dedupe}: every pair of records; {@code link-only}: only pairs from different systems
 * @param linkVeto     optional: no link, by shared identifier or by score, between two records whose values of this
 *                     comparison clearly disagree (a household: one surname, address and family e-mail, two first names)
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record MatchSettings(
    String linkType,
    List<Comparison> comparisons,
    Blocking blocking,
    Training training,
    Placeholders placeholders,
    Thresholds thresholds,
    Clustering clustering,
    int maxRecordsPerIdentity,
    LinkVeto linkVeto) implements Serializable {

    public static final String DEDUPE = "dedupe";
    public static final String LINK_ONLY = "link-only";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    public MatchSettings {
        linkType = linkType == null ? DEDUPE : linkType;
        comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
        training = training == null ? Training.DEFAULT : training;
        placeholders = placeholders == null ? Placeholders.NONE : placeholders;
        thresholds = thresholds == null ? Thresholds.DEFAULT : thresholds;
        clustering = clustering == null ? Clustering.DEFAULT : clustering;
        maxRecordsPerIdentity = maxRecordsPerIdentity == 0 ? 10 : maxRecordsPerIdentity;
        List<String> problems = new ArrayList<>();
        if (!linkType.equals(DEDUPE) && !linkType.equals(LINK_ONLY)) {
            problems.add("linkType: '" + linkType + "' is neither " + DEDUPE + " nor " + LINK_ONLY);
        }
        if (comparisons.isEmpty()) {
            problems.add("comparisons: at least one comparison is needed");
        }
        for (int i = 0; i < comparisons.size(); i++) {
            comparisons.get(i).check("comparisons[" + i + "]", problems);
        }
        if (comparisons.stream().map(Comparison::name).distinct().count() != comparisons.size()) {
            problems.add("comparisons: names must be unique");
        }
        if (blocking == null || blocking.rules() == null || blocking.rules().isEmpty()) {
            problems.add("blocking.rules: at least one blocking rule is needed (comparing every pair does not scale)");
        } else {
            blocking.check(problems);
        }
        thresholds.check(problems);
        clustering.check(problems);
        placeholders.check(problems);
        if (linkVeto != null && comparisons.stream().noneMatch(c -> c.name().equals(linkVeto.comparison()))) {
            problems.add("linkVeto.comparison: '" + linkVeto.comparison() + "' is not one of the comparisons");
        }
        if (linkVeto != null) {
            for (String u : linkVeto.unless()) {
                if (comparisons.stream().noneMatch(c -> c.name().equals(u))) {
                    problems.add("linkVeto.unless: '" + u + "' is not one of the comparisons");
                }
            }
        }
        if (maxRecordsPerIdentity < 2) {
            problems.add("maxRecordsPerIdentity: must be at least 2, got " + maxRecordsPerIdentity);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid resolution settings (" + problems.size() + " problems):\n  - "
                + String.join("\n  - ", problems) + "\nSee docs/identity-resolution.md.");
        }
    }

    public boolean linkOnly() {
        return LINK_ONLY.equals(linkType);
    }

    /** The classpath copy of examples/resolution.yaml: what resolve matches with when it is given no settings. */
    public static final String SHIPPED = "resolution.yaml";

    /** The shipped settings (examples/resolution.yaml, packaged with the jobs). */
    public static MatchSettings shipped() {
        try (java.io.InputStream in = MatchSettings.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("the shipped resolution settings " + SHIPPED + " are not on the classpath");
            }
            return mapper().readValue(in, MatchSettings.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the shipped resolution settings: " + e.getMessage(), e);
        }
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** YAML or JSON (JSON is YAML). Unknown keys are errors: a misspelt threshold must not be silently ignored. */
    public static MatchSettings load(Path file) {
        ObjectMapper yaml = mapper();
        try {
            return yaml.readValue(file.toFile(), MatchSettings.class);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new IllegalArgumentException("cannot read resolution settings " + file + ": " + cause.getMessage(), e);
        }
    }

    /**
     * One attribute compared between the two records of a pair, into levels from exact down to "else"; a pair with a
     * missing value on either side gets the null level, which is no evidence either way.
     *
     * @param expression         Spark SQL over the record columns (default: the column called {@code name})
     * @param type               {@code text}, {@code date}, {@code number} or {@code set} (an array: any shared element)
     * @param jaroWinkler        text: similarity levels, strongest first (e.g. [0.92, 0.8])
     * @param levenshtein        text and date (on yyyy-MM-dd): edit-distance levels, closest first (e.g. [1, 2])
     * @param withinDays         date: levels by days apart (e.g. [31, 366])
     * @param withinAbs          number: levels by absolute difference
     * @param termFrequency      text: an exact agreement weighs by the value's own frequency, so "smith" counts for
     *                           less than "zielinski"
     * @param maxRecordsPerValue a value carried by more records than this is generic and no evidence (0: no check)
     * @param nicknames          text: a level {@code nickname} just below exact, for a given name and its short form
     *                           (Robert, Bob) from the nickname table
     * @param initials           text: a level {@code initial} for a single letter and a name starting with it (J, James)
     * @param levels             type {@code custom}: the levels, strongest first, each a Spark SQL condition over
     *                           {@code l} and {@code r}, the two records' values of the expression (often a
     *                           {@code named_struct}); one comparison for several correlated columns, e.g. an address
     */
    public record Comparison(String name, String expression, String type, List<Double> jaroWinkler,
                             List<Integer> levenshtein, List<Integer> withinDays, List<Double> withinAbs,
                             boolean termFrequency, int maxRecordsPerValue, boolean nicknames, boolean initials,
                             List<CustomLevel> levels) implements Serializable {
        public Comparison {
            expression = expression == null ? name : expression;
            type = type == null ? "text" : type;
            jaroWinkler = jaroWinkler == null ? List.of() : List.copyOf(jaroWinkler);
            levenshtein = levenshtein == null ? List.of() : List.copyOf(levenshtein);
            withinDays = withinDays == null ? List.of() : List.copyOf(withinDays);
            withinAbs = withinAbs == null ? List.of() : List.copyOf(withinAbs);
            levels = levels == null ? List.of() : List.copyOf(levels);
        }

        /** A comparison with the classic levels only (no nickname, initial or custom levels). */
        public Comparison(String name, String expression, String type, List<Double> jaroWinkler,
                          List<Integer> levenshtein, List<Integer> withinDays, List<Double> withinAbs,
                          boolean termFrequency, int maxRecordsPerValue) {
            this(name, expression, type, jaroWinkler, levenshtein, withinDays, withinAbs, termFrequency,
                maxRecordsPerValue, false, false, null);
        }

        void check(String where, List<String> problems) {
            if (name == null || !NAME.matcher(name).matches()) {
                problems.add(where + ".name: '" + name + "' must be a letter followed by letters, digits or _");
            }
            if (!List.of("text", "date", "number", "set", "custom").contains(type)) {
                problems.add(where + ".type: '" + type + "' is not one of text, date, number, set, custom");
            }
            if ("custom".equals(type) != !levels.isEmpty()) {
                problems.add(where + ".levels: a custom comparison needs levels, and only a custom comparison has them");
            }
            for (int i = 0; i < levels.size(); i++) {
                CustomLevel level = levels.get(i);
                if (level.label() == null || level.label().isBlank() || level.when() == null || level.when().isBlank()) {
                    problems.add(where + ".levels[" + i + "]: needs a label and a 'when' condition");
                }
            }
            if ((nicknames || initials) && !"text".equals(type)) {
                problems.add(where + ": only text comparisons have nickname and initial levels");
            }
            if (!jaroWinkler.isEmpty() && !"text".equals(type)) {
                problems.add(where + ".jaroWinkler: only text comparisons have Jaro-Winkler levels");
            }
            if (!withinDays.isEmpty() && !"date".equals(type)) {
                problems.add(where + ".withinDays: only date comparisons have day levels");
            }
            if (!withinAbs.isEmpty() && !"number".equals(type)) {
                problems.add(where + ".withinAbs: only number comparisons have difference levels");
            }
            if (termFrequency && !"text".equals(type)) {
                problems.add(where + ".termFrequency: only text comparisons are adjusted by term frequency");
            }
            if (jaroWinkler.stream().anyMatch(t -> t <= 0 || t >= 1)) {
                problems.add(where + ".jaroWinkler: thresholds lie strictly between 0 and 1");
            }
        }
    }

    /** One level of a custom comparison: its label and when a pair is at it (Spark SQL over {@code l} and {@code r}). */
    public record CustomLevel(String label, String when) implements Serializable {
    }

    /**
     * @param comparison    a text comparison, e.g. givenName
     * @param minSimilarity two values at least this Jaro-Winkler-similar, one the start of the other (an initial), or
     *                      a name and its nickname are compatible; below it nothing links the two records
     * @param unless        comparisons whose exact agreement lifts the veto (e.g. dateOfBirth, nationalId): a
     *                      person's own identifiers outweigh a first name typed differently
     */
    public record LinkVeto(String comparison, double minSimilarity, List<String> unless) implements Serializable {
        public LinkVeto {
            unless = unless == null ? List.of() : List.copyOf(unless);
        }
    }

    /**
     * @param rules          each rule's pairs are the pairs whose keys are all equal and present
     * @param maxPairsPerRule a rule that would generate more pairs stops the run, before any pair is made
     * @param maxBlockSize    a block holding more records makes no pairs (block purging): a key that many records
     *                        share, such as a common name's sound code in a big town, tells few of them apart and
     *                        costs pairs quadratically; its records are still reached by the other rules. 0: no limit
     */
    public record Blocking(List<BlockingRule> rules, long maxPairsPerRule, long maxBlockSize) implements Serializable {
        public Blocking {
            rules = rules == null ? List.of() : List.copyOf(rules);
            maxPairsPerRule = maxPairsPerRule == 0 ? 50_000_000L : maxPairsPerRule;
        }

        void check(List<String> problems) {
            for (int i = 0; i < rules.size(); i++) {
                BlockingRule rule = rules.get(i);
                if (rule.name() == null || rule.name().isBlank()) {
                    problems.add("blocking.rules[" + i + "].name: missing");
                }
                if (rule.keys() == null || rule.keys().isEmpty()) {
                    problems.add("blocking.rules[" + i + "].keys: at least one key expression is needed");
                }
                if (rule.maxBlockSize() < 0 || rule.maxBlockSize() == 1) {
                    problems.add("blocking.rules[" + i + "].maxBlockSize: must be 0 (blocking.maxBlockSize) or at least 2");
                }
            }
            if (maxPairsPerRule < 1) {
                problems.add("blocking.maxPairsPerRule: must be positive");
            }
            if (maxBlockSize < 0 || maxBlockSize == 1) {
                problems.add("blocking.maxBlockSize: must be 0 (no limit) or at least 2");
            }
        }
    }

    /**
     * @param keys         Spark SQL expressions over the record columns, e.g. {@code soundex(familyName)}, {@code year(dateOfBirth)}
     * @param maxBlockSize this rule's block purging limit, for a rule whose blocks grow faster than the others'
     *                     (0: {@code blocking.maxBlockSize})
     */
    public record BlockingRule(String name, List<String> keys, long maxBlockSize) implements Serializable {
        public BlockingRule {
            keys = keys == null ? List.of() : List.copyOf(keys);
        }

        long blockLimit(long defaultLimit) {
            return maxBlockSize > 0 ? maxBlockSize : defaultLimit;
        }
    }

    /**
     * @param randomPairs    pairs sampled at random to estimate the u probabilities
     * @param maxIterations  EM iterations per blocking rule
     * @param seed           of the random sample, so one input gives one model
     */
    public record Training(long randomPairs, int maxIterations, long seed) implements Serializable {
        public static final Training DEFAULT = new Training(1_000_000L, 200, 42L);

        public Training {
            randomPairs = randomPairs == 0 ? DEFAULT_RANDOM_PAIRS : randomPairs;
            maxIterations = maxIterations == 0 ? 200 : maxIterations;
        }

        private static final long DEFAULT_RANDOM_PAIRS = 1_000_000L;
    }

    /** Values that are never evidence: typed-in fillers, test addresses, all-zero numbers. Compared lower-cased. */
    public record Placeholders(List<String> values, List<String> patterns) implements Serializable {
        public static final Placeholders NONE = new Placeholders(List.of(), List.of());

        public Placeholders {
            values = values == null ? List.of() : values.stream().map(v -> v.strip().toLowerCase(java.util.Locale.ROOT)).toList();
            patterns = patterns == null ? List.of() : List.copyOf(patterns);
        }

        void check(List<String> problems) {
            for (String p : patterns) {
                try {
                    Pattern.compile(p);
                } catch (PatternSyntaxException e) {
                    problems.add("placeholders.patterns: '" + p + "' is not a regular expression: " + e.getDescription());
                }
            }
        }
    }

    /**
     * @param linkProbability    a scored pair at or above this probability is a link
     * @param reviewProbability  scored pairs at or above this are kept in the output (the evidence and review list)
     */
    public record Thresholds(double linkProbability, double reviewProbability) implements Serializable {
        public static final Thresholds DEFAULT = new Thresholds(0.9, 0.5);

        public Thresholds {
            linkProbability = linkProbability == 0 ? 0.9 : linkProbability;
            reviewProbability = reviewProbability == 0 ? Math.min(0.5, linkProbability) : reviewProbability;
        }

        void check(List<String> problems) {
            if (linkProbability <= 0 || linkProbability >= 1) {
                problems.add("thresholds.linkProbability: must lie strictly between 0 and 1");
            }
            if (reviewProbability > linkProbability) {
                problems.add("thresholds.reviewProbability: must not exceed linkProbability");
            }
        }
    }

    /**
     * @param maxClusterSize        no merge makes a cluster bigger than this (only mustLink corrections may)
     * @param strongLinkProbability a link at or above this may bridge two groups on its own
     * @param minBridgedGroup       a weaker link that alone joins two groups of at least this many records is cut
     */
    public record Clustering(int maxClusterSize, double strongLinkProbability, int minBridgedGroup) implements Serializable {
        public static final Clustering DEFAULT = new Clustering(50, 0.999, 2);

        public Clustering {
            maxClusterSize = maxClusterSize == 0 ? 50 : maxClusterSize;
            strongLinkProbability = strongLinkProbability == 0 ? 0.999 : strongLinkProbability;
            minBridgedGroup = minBridgedGroup == 0 ? 2 : minBridgedGroup;
        }

        void check(List<String> problems) {
            if (maxClusterSize < 2) {
                problems.add("clustering.maxClusterSize: must be at least 2");
            }
            if (strongLinkProbability <= 0 || strongLinkProbability > 1) {
                problems.add("clustering.strongLinkProbability: must lie in (0, 1]");
            }
        }
    }
}
