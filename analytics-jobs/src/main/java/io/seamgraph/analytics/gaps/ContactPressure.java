package io.seamgraph.analytics.gaps;

import java.util.ArrayList;
import java.util.List;

/**
 * More than {@code maxMessages} outbound touchpoints from at least {@code minUnits} units within the window (one
 * finding per burst; the burst is every outbound message from its first one until the window closes).
 * Severity: 0.5 plus 0.5 x (messages - maxMessages) / maxMessages, at most 1.
 */
public final class ContactPressure extends GapDetector {

    public ContactPressure(GapConfig config) {
        super(config);
    }

    @Override
    public GapType type() {
        return GapType.CONTACT_PRESSURE;
    }

    @Override
    public List<Finding> find(Journey journey) {
        GapConfig.ContactPressure p = config.contactPressure();
        long window = Math.round(p.windowHours() * GapConfig.HOUR);
        List<Touch> outbound = journey.touches().stream().filter(Touch::outbound).toList();
        List<Finding> found = new ArrayList<>();
        int i = 0;
        while (i < outbound.size()) {
            int j = i;
            while (j + 1 < outbound.size() && outbound.get(j + 1).atMillis() - outbound.get(i).atMillis() < window) {
                j++;
            }
            List<Touch> burst = outbound.subList(i, j + 1);
            long units = burst.stream().map(Touch::unit).distinct().count();
            if (burst.size() > p.maxMessages() && units >= p.minUnits()) {
                double over = (double) (burst.size() - p.maxMessages()) / p.maxMessages();
                found.add(Finding.of(type(), journey.customerId(), List.copyOf(burst), burst.get(0).atMillis(),
                    0.5 + 0.5 * over, String.format("%d messages from %d units within %s", burst.size(), units,
                        hours(window))));
                i = j + 1;
            } else {
                i++;
            }
        }
        return found;
    }
}
