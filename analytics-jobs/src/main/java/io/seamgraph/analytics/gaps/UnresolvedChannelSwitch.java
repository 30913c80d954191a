package io.seamgraph.analytics.gaps;

import java.util.ArrayList;
import java.util.List;

/**
 * An inbound conversation left unresolved, then within the switch window an inbound conversation on the same topic in
 * another channel. Severity: 0.6, plus 0.2 when the second contact also lands in another unit, plus 0.2 when it is
 * left unresolved too.
 */
public final class UnresolvedChannelSwitch extends GapDetector {

    public UnresolvedChannelSwitch(GapConfig config) {
        super(config);
    }

    @Override
    public GapType type() {
        return GapType.UNRESOLVED_CHANNEL_SWITCH;
    }

    @Override
    public List<Finding> find(Journey journey) {
        GapConfig.Vocabulary v = config.vocabulary();
        long window = Math.round(config.unresolvedChannelSwitch().switchWindowHours() * GapConfig.HOUR);
        List<Touch> touches = journey.touches();
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < touches.size(); i++) {
            Touch a = touches.get(i);
            if (!a.inbound() || !a.conversational(v) || !a.hasTopic() || !v.unresolvedOutcomes().contains(a.outcome())) {
                continue;
            }
            for (int j = i + 1; j < touches.size(); j++) {
                Touch b = touches.get(j);
                if (b.atMillis() - a.atMillis() > window) {
                    break;
                }
                if (b.inbound() && b.conversational(v) && a.topic().equals(b.topic()) && !a.channel().equals(b.channel())
                    && b.atMillis() > a.atMillis()) {
                    double severity = 0.6 + (b.unit().equals(a.unit()) ? 0 : 0.2)
                        + (v.unresolvedOutcomes().contains(b.outcome()) ? 0.2 : 0);
                    found.add(Finding.of(type(), journey.customerId(), List.of(a, b), b.atMillis(), severity,
                        String.format("Left unresolved on %s about %s, the customer tried %s %s later",
                            a.channel(), a.topic(), b.channel(), hours(b.atMillis() - a.atMillis()))));
                    break;
                }
            }
        }
        return found;
    }
}
