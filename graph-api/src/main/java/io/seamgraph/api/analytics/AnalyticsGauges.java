package io.seamgraph.api.analytics;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * The headline metrics as Prometheus gauges ({@code /actuator/prometheus}), read from {@link AnalyticsCache}: a scrape
 * costs at most one snapshot read per refresh period, never a recount. Before the first metrics run they are NaN.
 */
@Component
class AnalyticsGauges implements MeterBinder {

    private final AnalyticsCache cache;
    private MultiGauge siloScores;
    private volatile String registeredRun;

    AnalyticsGauges(AnalyticsCache cache) {
        this.cache = cache;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "seamgraph.customers", "customers in the graph", l -> l.metrics().customers());
        gauge(registry, "seamgraph.identities.per.customer", "mean distinct identities per customer",
            l -> l.metrics().identitiesPerCustomer());
        gauge(registry, "seamgraph.multi.unit.share", "share of customers seen by two or more units",
            l -> l.metrics().multiUnitShare());
        gauge(registry, "seamgraph.continuity.index", "continuity index, 0 to 100", l -> l.metrics().continuityIndex());
        gauge(registry, "seamgraph.repeat.contact.rate", "share of hand-offs followed by a repeat contact",
            l -> l.metrics().repeatContactRate());
        for (String type : AnalyticsCache.GAP_TYPES) {
            Gauge.builder("seamgraph.gaps.per1000", cache, c -> value(c, l -> l.metrics().gapsPer1000().getOrDefault(type, 0.0)))
                .description("silo gaps per 1,000 customers").tag("type", type).register(registry);
        }
        siloScores = MultiGauge.builder("seamgraph.silo.score").description("silo score per business unit, 0 to 1")
            .register(registry);
        Gauge.builder("seamgraph.metrics.computed", cache, c -> value(c, l -> {
                refreshUnits(l);
                return l.snapshot().computedAt().getEpochSecond();
            }))
            .description("when the metrics job last ran, epoch seconds").baseUnit("seconds").register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<AnalyticsCache.Loaded> value) {
        Gauge.builder(name, cache, c -> value(c, value)).description(description).register(registry);
    }

    /** The units differ between runs: re-register the per-unit gauges when the run changes. */
    private void refreshUnits(AnalyticsCache.Loaded loaded) {
        if (!loaded.snapshot().runId().equals(registeredRun)) {
            List<MultiGauge.Row<?>> rows = loaded.metrics().siloScores().stream()
                .map(unit -> MultiGauge.Row.of(Tags.of("unit", unit.unit()), unit.siloScore()))
                .<MultiGauge.Row<?>>map(row -> row).toList();
            siloScores.register(rows, true);
            registeredRun = loaded.snapshot().runId();
        }
    }

    private static double value(AnalyticsCache cache, ToDoubleFunction<AnalyticsCache.Loaded> value) {
        Optional<AnalyticsCache.Loaded> loaded = cache.current();
        return loaded.map(value::applyAsDouble).orElse(Double.NaN);
    }
}
