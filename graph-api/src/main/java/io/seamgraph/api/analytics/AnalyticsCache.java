package io.seamgraph.api.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.seamgraph.api.analytics.Views.GapSummaryView;
import io.seamgraph.api.analytics.Views.GapTypeView;
import io.seamgraph.api.analytics.Views.HandoffCell;
import io.seamgraph.api.analytics.Views.HandoffsView;
import io.seamgraph.api.analytics.Views.MetricsView;
import io.seamgraph.api.analytics.Views.UnitScore;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What changes only when the metrics job runs, cached per run: the snapshot is re-read at most once per
 * {@code seamgraph.api.analytics-refresh} (default 30 s); the metrics, hand-off matrix, silo-gap summary and funnel
 * journeys are loaded once per runId, since a run's aggregates never change.
 */
@Component
class AnalyticsCache {

    /** The contract's silo-gap types; each appears in gapsPer1000 (0 when none was found). */
    static final List<String> GAP_TYPES = List.of("repeat_contact_after_handoff", "unresolved_channel_switch",
        "consent_conflict", "contact_pressure", "silence", "brand_inconsistency", "conflicting_data", "no_owner",
        "broken_promise");

    private final AnalyticsRepository repository;
    private final Duration refresh;
    private final Clock clock;

    private volatile Loaded loaded;
    private volatile Instant checkedAt = Instant.MIN;

    AnalyticsCache(AnalyticsRepository repository,
            @Value("${seamgraph.api.analytics-refresh:PT30S}") Duration refresh) {
        this.repository = repository;
        this.refresh = refresh;
        this.clock = Clock.systemUTC();
    }

    /** The current run, or empty when the metrics job has not run on this graph. */
    Optional<Loaded> current() {
        Instant now = clock.instant();
        if (checkedAt.plus(refresh).isBefore(now)) {
            synchronized (this) {
                if (checkedAt.plus(refresh).isBefore(now)) {
                    Optional<Snapshot> snapshot = repository.snapshot();
                    Loaded previous = loaded;
                    if (snapshot.isEmpty()) {
                        loaded = null;
                    } else if (previous == null || !previous.snapshot().equals(snapshot.get())) {
                        loaded = load(snapshot.get());
                    }
                    checkedAt = now;
                }
            }
        }
        return Optional.ofNullable(loaded);
    }

    private Loaded load(Snapshot snapshot) {
        String runId = snapshot.runId();
        List<GapTypeView> gapTypes = repository.gapTypes(runId);
        Map<String, Double> per1000 = new LinkedHashMap<>();
        GAP_TYPES.forEach(type -> per1000.put(type, 0.0));
        gapTypes.forEach(type -> per1000.put(type.type(), type.per1000Customers()));
        List<UnitScore> units = repository.unitScores(runId);
        MetricsView metrics = new MetricsView(snapshot.customers(), snapshot.identitiesPerCustomer(),
            snapshot.multiUnitShare(), snapshot.continuityIndex(), snapshot.repeatContactRate(),
            java.util.Collections.unmodifiableMap(per1000), units, repository.weekly(runId), snapshot.computedAt());
        List<HandoffCell> cells = repository.handoffs(runId);
        TreeSet<String> unitKeys = new TreeSet<>();
        units.forEach(unit -> unitKeys.add(unit.unit()));
        cells.forEach(cell -> {
            unitKeys.add(cell.from());
            unitKeys.add(cell.to());
        });
        return new Loaded(snapshot, metrics, new HandoffsView(List.copyOf(unitKeys), cells), new GapSummaryView(gapTypes),
            new FunnelHolder(repository, runId));
    }

    /** One run's cached answers; the funnel journeys load on first use. */
    record Loaded(Snapshot snapshot, MetricsView metrics, HandoffsView handoffs, GapSummaryView gapSummary,
            FunnelHolder funnels) {
    }

    static final class FunnelHolder {
        private final AnalyticsRepository repository;
        private final String runId;
        private volatile FunnelIndex index;

        FunnelHolder(AnalyticsRepository repository, String runId) {
            this.repository = repository;
            this.runId = runId;
        }

        FunnelIndex index() {
            FunnelIndex current = index;
            if (current == null) {
                synchronized (this) {
                    if (index == null) {
                        index = new FunnelIndex(repository.journeys(runId));
                    }
                    current = index;
                }
            }
            return current;
        }
    }
}
