package io.seamgraph.analytics.gaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A purpose withdrawn in one system (a consent flag false, with the time it was set, and not granted again later in
 * any system) and outbound touchpoints for that purpose after it by a unit other than the one that recorded the
 * withdrawal. Severity: 0.6 for one such contact, plus {@code severityPerExtraContact} for each further one.
 */
public final class ConsentConflict extends GapDetector {

    public ConsentConflict(GapConfig config) {
        super(config);
    }

    @Override
    public GapType type() {
        return GapType.CONSENT_CONFLICT;
    }

    @Override
    public List<Finding> find(Journey journey) {
        List<Finding> found = new ArrayList<>();
        for (Consent withdrawal : journey.consents()) {
            if (withdrawal.granted() || withdrawal.atMillis() == null || withdrawal.purpose() == null) {
                continue;
            }
            long at = withdrawal.atMillis();
            boolean grantedAgain = journey.consents().stream().anyMatch(c -> c.granted()
                && withdrawal.purpose().equals(c.purpose()) && c.atMillis() != null && c.atMillis() > at);
            if (grantedAgain) {
                continue;
            }
            List<Touch> violations = journey.touches().stream()
                .filter(t -> t.outbound() && withdrawal.purpose().equals(t.purpose()) && t.atMillis() > at
                    && !t.unit().equals(Objects.toString(withdrawal.businessUnit(), "")))
                .toList();
            if (violations.isEmpty()) {
                continue;
            }
            List<String> units = new ArrayList<>(violations.stream().map(Touch::unit).toList());
            units.add(Objects.toString(withdrawal.businessUnit(), ""));
            double severity = 0.6 + config.consentConflict().severityPerExtraContact() * (violations.size() - 1);
            Touch first = violations.get(0);
            found.add(new Finding(type(), journey.customerId(), violations.stream().map(Touch::key).toList(), units,
                first.atMillis(), severity, String.format("Withdrew %s with %s; %s contacted them for it %d time(s) after",
                    withdrawal.purpose(), withdrawal.businessUnit(),
                    String.join(" and ", violations.stream().map(Touch::unit).distinct().toList()), violations.size()),
                null));
        }
        return found;
    }
}
