package io.seamgraph.analytics.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Templated outbound messages to one customer from at least {@code minUnits} units that do not all carry the same
 * brand marker (no marker counts as a marker of its own). The most common marker is the customer's norm; the evidence
 * is every message off it, then one on it from another unit. Severity: 0.5 plus the share of messages off the norm.
 */
public final class BrandInconsistency extends GapDetector {

    public BrandInconsistency(GapConfig config) {
        super(config);
    }

    @Override
    public GapType type() {
        return GapType.BRAND_INCONSISTENCY;
    }

    @Override
    public List<Finding> find(Journey journey) {
        List<Touch> templated = journey.touches().stream()
            .filter(t -> t.outbound() && t.template() != null && !t.template().isBlank()).toList();
        if (templated.stream().map(Touch::unit).distinct().count() < config.brandInconsistency().minUnits()) {
            return List.of();
        }
        Map<String, Integer> counts = new HashMap<>();
        templated.forEach(t -> counts.merge(marker(t), 1, Integer::sum));
        if (counts.size() < 2) {
            return List.of();
        }
        String norm = counts.entrySet().stream()
            .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
            .orElseThrow().getKey();
        List<Touch> off = templated.stream().filter(t -> !marker(t).equals(norm)).toList();
        Set<String> offUnits = new TreeSet<>();
        off.forEach(t -> offUnits.add(t.unit()));
        Touch on = templated.stream().filter(t -> marker(t).equals(norm)
            && (offUnits.size() > 1 || !offUnits.contains(t.unit()))).findFirst().orElse(null);
        if (on == null) {
            return List.of();
        }
        List<Touch> evidence = new ArrayList<>(off);
        evidence.add(on);
        Touch first = off.get(0);
        return List.of(Finding.of(type(), journey.customerId(), evidence, first.atMillis(),
            0.5 + (double) off.size() / templated.size(),
            String.format("%s sent %s (%s) while %s sends brand %s", first.unit(), first.template(),
                first.brand() == null ? "no brand marker" : "brand " + first.brand(), on.unit(), norm.isEmpty() ? "none" : norm)));
    }

    static String marker(Touch t) {
        return Objects.toString(t.brand(), "");
    }
}
