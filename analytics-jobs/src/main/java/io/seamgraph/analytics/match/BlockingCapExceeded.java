package io.seamgraph.analytics.match;

import java.util.List;

/** A blocking rule would compare more pairs than allowed: stop before generating a single one. */
public final class BlockingCapExceeded extends IllegalArgumentException {

    private final String rule;
    private final long pairs;

    BlockingCapExceeded(String rule, long pairs, long cap, List<String> biggestBlocks) {
        super(String.format("blocking rule '%s' would generate %,d candidate pairs, more than blocking.maxPairsPerRule (%,d). "
                + "Its biggest block (key: records): %s. Make the rule stricter (add a key), list a filler value under "
                + "placeholders, or raise the cap.", rule, pairs, cap, String.join(", ", biggestBlocks)));
        this.rule = rule;
        this.pairs = pairs;
    }

    public String rule() {
        return rule;
    }

    public long pairs() {
        return pairs;
    }
}
