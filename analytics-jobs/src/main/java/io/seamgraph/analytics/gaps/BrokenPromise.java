package io.seamgraph.analytics.gaps;

import java.util.List;
import java.util.Objects;

/**
 * A touchpoint promising something ({@code promiseType}, {@code promiseDueAt}, due before the horizon) with no
 * touchpoint keeping it between the promise and the due time (what keeps each promise type is configured). Evidence:
 * the promise and the late fulfilment, if any. Severity: 1.0 when never kept; when kept late, 0.5 plus 0.5 x the delay
 * over a week, at most 1.
 */
public final class BrokenPromise extends GapDetector {

    private static final long FULL_SEVERITY_DELAY = 7 * GapConfig.DAY;

    public BrokenPromise(GapConfig config) {
        super(config);
    }

    @Override
    public GapType type() {
        return GapType.BROKEN_PROMISE;
    }

    @Override
    public List<Finding> find(Journey journey) {
        List<Touch> touches = journey.touches();
        List<Finding> found = new java.util.ArrayList<>();
        for (Touch p : touches) {
            if (!p.hasPromise() || p.promiseDueMillis() > journey.horizonMillis()) {
                continue;
            }
            GapConfig.Fulfilment rule = config.brokenPromise().fulfilmentOf(p.promiseType());
            Touch kept = null;
            Touch late = null;
            for (Touch f : touches) {
                if (f.atMillis() <= p.atMillis() || !keeps(rule, p, f)) {
                    continue;
                }
                if (f.atMillis() <= p.promiseDueMillis()) {
                    kept = f;
                    break;
                }
                if (late == null) {
                    late = f;
                }
            }
            if (kept != null) {
                continue;
            }
            if (late == null) {
                found.add(Finding.of(type(), journey.customerId(), List.of(p), p.promiseDueMillis(), 1.0,
                    String.format("%s promised by %s (%s) and not done", p.promiseType(), p.unit(), p.channel())));
            } else {
                long delay = late.atMillis() - p.promiseDueMillis();
                found.add(Finding.of(type(), journey.customerId(), List.of(p, late), p.promiseDueMillis(),
                    0.5 + 0.5 * (double) delay / FULL_SEVERITY_DELAY,
                    String.format("%s promised by %s (%s) done %s late", p.promiseType(), p.unit(), p.channel(), hours(delay))));
            }
        }
        return found;
    }

    static boolean keeps(GapConfig.Fulfilment rule, Touch promise, Touch f) {
        return (rule.type() == null || rule.type().equals(f.type()))
            && (rule.direction() == null || rule.direction().equals(f.direction()))
            && (rule.channel() == null || rule.channel().equals(f.channel()))
            && (!rule.sameCase() || promise.caseId() != null && Objects.equals(promise.caseId(), f.caseId()));
    }
}
