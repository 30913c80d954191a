package io.seamgraph.analytics.gaps;

import java.util.List;

/**
 * A customer active with at least {@code minUnits} units whose last inbound conversation has no outcome (nobody
 * handled it) and after which no unit sent anything, judged {@code answerHours} after it. Severity: 0.5, plus 0.5 x the
 * time waited beyond the answer time over two weeks, at most 1.
 */
public final class NoOwner extends GapDetector {

    private static final long FULL_SEVERITY_AFTER = 14 * GapConfig.DAY;

    public NoOwner(GapConfig config) {
        super(config);
    }

    @Override
    public GapType type() {
        return GapType.NO_OWNER;
    }

    @Override
    public List<Finding> find(Journey journey) {
        GapConfig.Vocabulary v = config.vocabulary();
        long answer = Math.round(config.noOwner().answerHours() * GapConfig.HOUR);
        List<Touch> touches = journey.touches();
        Touch last = null;
        for (Touch t : touches) {
            if (t.inbound() && t.conversational(v)) {
                last = t;
            }
        }
        if (last == null || last.hasOutcome() || last.atMillis() + answer > journey.horizonMillis()) {
            return List.of();
        }
        List<String> units = touches.stream().map(Touch::unit).distinct().sorted().toList();
        long lastAt = last.atMillis();
        boolean answered = touches.stream().anyMatch(t -> t.outbound() && t.atMillis() > lastAt);
        if (units.size() < config.noOwner().minUnits() || answered) {
            return List.of();
        }
        long waited = journey.horizonMillis() - lastAt;
        return List.of(new Finding(type(), journey.customerId(), List.of(last.key()), units, lastAt,
            0.5 + 0.5 * (double) (waited - answer) / FULL_SEVERITY_AFTER,
            String.format("A %s to %s about %s is unanswered after %s; the customer deals with %d units",
                last.channel(), last.unit(), last.topic() == null ? "something" : last.topic(), hours(waited),
                units.size()), null));
    }
}
