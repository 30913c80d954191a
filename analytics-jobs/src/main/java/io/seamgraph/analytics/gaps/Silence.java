package io.seamgraph.analytics.gaps;

import java.util.ArrayList;
import java.util.List;

/**
 * No touchpoint at all for {@code silenceDays} after a purchase (an inbound touchpoint of a purchase type; touchpoints
 * of the purchase's own case, such as its delivery, do not count) or after a conversation left unresolved. Judged
 * only when the silence would end before the horizon. Severity: the silence (until the next touchpoint or the
 * horizon) over twice the threshold, between 0.5 and 1.
 */
public final class Silence extends GapDetector {

    public Silence(GapConfig config) {
        super(config);
    }

    @Override
    public GapType type() {
        return GapType.SILENCE;
    }

    @Override
    public List<Finding> find(Journey journey) {
        GapConfig.Vocabulary v = config.vocabulary();
        long silence = Math.round(config.silence().silenceDays() * GapConfig.DAY);
        List<Touch> touches = journey.touches();
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < touches.size(); i++) {
            Touch p = touches.get(i);
            boolean purchase = p.inbound() && v.purchaseTypes().contains(p.type());
            boolean open = p.conversational(v) && v.unresolvedOutcomes().contains(p.outcome());
            if (!purchase && !open || p.atMillis() + silence > journey.horizonMillis()) {
                continue;
            }
            long next = journey.horizonMillis();
            for (int j = i + 1; j < touches.size(); j++) {
                Touch t = touches.get(j);
                boolean ownCase = purchase && p.caseId() != null && p.caseId().equals(t.caseId());
                if (t.atMillis() > p.atMillis() && !ownCase) {
                    next = t.atMillis();
                    break;
                }
            }
            long quiet = next - p.atMillis();
            if (quiet > silence) {
                found.add(Finding.of(type(), journey.customerId(), List.of(p), p.atMillis(),
                    Math.max(0.5, (double) quiet / (2 * silence)),
                    String.format("Nothing for %s after %s", hours(quiet),
                        purchase ? "a purchase (" + p.type() + ")" : "an unresolved " + p.channel() + " contact")));
            }
        }
        return found;
    }
}
