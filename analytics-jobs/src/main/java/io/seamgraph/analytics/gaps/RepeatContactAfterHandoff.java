package io.seamgraph.analytics.gaps;

import java.util.ArrayList;
import java.util.List;

/**
 * A conversation passed on (outcome "transferred"); the next conversation on that topic is with another unit within
 * the hand-off window; and the customer comes back on the same topic (inbound) within the repeat window after it.
 * Severity: 0.5, plus up to 0.5 the sooner the customer comes back (at once: 1.0, at the end of the window: 0.5).
 */
public final class RepeatContactAfterHandoff extends GapDetector {

    public RepeatContactAfterHandoff(GapConfig config) {
        super(config);
    }

    @Override
    public GapType type() {
        return GapType.REPEAT_CONTACT_AFTER_HANDOFF;
    }

    @Override
    public List<Finding> find(Journey journey) {
        GapConfig.Vocabulary v = config.vocabulary();
        long handoffWindow = Math.round(config.repeatContactAfterHandoff().handoffWindowHours() * GapConfig.HOUR);
        long repeatWindow = Math.round(config.repeatContactAfterHandoff().repeatWindowDays() * GapConfig.DAY);
        List<Touch> touches = journey.touches();
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < touches.size(); i++) {
            Touch a = touches.get(i);
            if (!a.conversational(v) || !a.hasTopic() || !v.transferredOutcomes().contains(a.outcome())) {
                continue;
            }
            int j = i + 1;
            while (j < touches.size() && !(touches.get(j).conversational(v) && a.topic().equals(touches.get(j).topic()))) {
                j++;
            }
            if (j == touches.size()) {
                continue;
            }
            Touch b = touches.get(j);
            if (b.unit().equals(a.unit()) || b.atMillis() - a.atMillis() > handoffWindow) {
                continue;
            }
            for (int k = j + 1; k < touches.size(); k++) {
                Touch c = touches.get(k);
                if (c.atMillis() - b.atMillis() > repeatWindow) {
                    break;
                }
                if (c.contact(v) && a.topic().equals(c.topic()) && c.atMillis() > b.atMillis()) {
                    double soon = 1 - (double) (c.atMillis() - b.atMillis()) / repeatWindow;
                    found.add(Finding.of(type(), journey.customerId(), List.of(a, b, c), c.atMillis(), 0.5 + 0.5 * soon,
                        String.format("Passed from %s to %s about %s, and back about it %s later by %s",
                            a.unit(), b.unit(), a.topic(), hours(c.atMillis() - b.atMillis()), c.channel())));
                    break;
                }
            }
        }
        return found;
    }
}
