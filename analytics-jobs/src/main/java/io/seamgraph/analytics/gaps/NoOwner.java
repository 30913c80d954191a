package io.seamgraph.analytics.gaps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nobody owns the customer, in either of two ways (docs/silo-gaps.md):
 * <ul>
 * <li><b>unanswered</b>: a customer active with at least {@code minUnits} units whose last inbound conversation has no
 * outcome (nobody handled it) and after which no unit sent anything, judged {@code answerHours} after it. Severity:
 * 0.5, plus 0.5 x the time waited beyond the answer time over two weeks, at most 1.</li>
 * <li><b>spread</b>: the customer's inbound conversations (at least {@code minContacts}) went to at least
 * {@code minUnits} units and none of them received {@code ownerShare} of them: no unit holds the relationship.
 * Severity: 0.5 + 0.5 x (1 - the largest unit's share / ownerShare), so the thinner the spread the higher.</li>
 * </ul>
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
        List<Finding> found = new ArrayList<>();
        unanswered(journey, found);
        spread(journey, found);
        return found;
    }

    private void unanswered(Journey journey, List<Finding> found) {
        GapConfig.Vocabulary v = config.vocabulary();
        long answer = Math.round(config.noOwner().answerHours() * GapConfig.HOUR);
        List<Touch> touches = journey.touches();
        Touch last = null;
        for (Touch t : touches) {
            if (t.contact(v)) {
                last = t;
            }
        }
        if (last == null || last.hasOutcome() || last.atMillis() + answer > journey.horizonMillis()) {
            return;
        }
        List<String> units = touches.stream().map(Touch::unit).distinct().sorted().toList();
        long lastAt = last.atMillis();
        boolean answered = touches.stream().anyMatch(t -> t.outbound() && t.atMillis() > lastAt);
        if (units.size() < config.noOwner().minUnits() || answered) {
            return;
        }
        long waited = journey.horizonMillis() - lastAt;
        found.add(new Finding(type(), journey.customerId(), List.of(last.key()), units, lastAt,
            0.5 + 0.5 * (double) (waited - answer) / FULL_SEVERITY_AFTER,
            String.format("A %s to %s about %s is unanswered after %s; the customer deals with %d units",
                last.channel(), last.unit(), last.topic() == null ? "something" : last.topic(), hours(waited),
                units.size()), null));
    }

    private void spread(Journey journey, List<Finding> found) {
        GapConfig.NoOwner params = config.noOwner();
        List<Touch> contacts = journey.touches().stream()
            .filter(t -> t.contact(config.vocabulary())).toList();
        if (contacts.size() < params.minContacts()) {
            return;
        }
        Map<String, Integer> perUnit = new LinkedHashMap<>();
        contacts.forEach(t -> perUnit.merge(t.unit(), 1, Integer::sum));
        int largest = perUnit.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        double largestShare = (double) largest / contacts.size();
        if (perUnit.size() < params.minUnits() || largestShare >= params.ownerShare()) {
            return;
        }
        List<String> units = perUnit.keySet().stream().sorted().toList();
        Touch last = contacts.get(contacts.size() - 1);
        found.add(new Finding(type(), journey.customerId(), contacts.stream().map(Touch::key).toList(), units,
            last.atMillis(), 0.5 + 0.5 * (1 - largestShare / params.ownerShare()),
            String.format("The customer's %d conversations went to %d units and none had %.0f%% of them: nobody owns "
                + "the relationship", contacts.size(), units.size(), 100 * params.ownerShare()), null));
    }
}
