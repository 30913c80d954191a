package io.seamgraph.api.analytics;

import static io.seamgraph.api.graph.RecordValues.instant;
import static io.seamgraph.api.graph.RecordValues.string;
import static io.seamgraph.api.graph.RecordValues.strings;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.seamgraph.api.analytics.Views.FlowLink;
import io.seamgraph.api.analytics.Views.GapTypeView;
import io.seamgraph.api.analytics.Views.HandoffCell;
import io.seamgraph.api.analytics.Views.SiloGapView;
import io.seamgraph.api.analytics.Views.UnitScore;
import io.seamgraph.api.analytics.Views.WeekView;
import io.seamgraph.cypher.CypherCatalog;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The aggregates the metrics job precomputed (docs/metrics.md), always those of one run, and the silo gaps the gaps job
 * wrote. Every query is a named one under {@code cypher/queries/api/}.
 */
@Repository
class AnalyticsRepository {

    private final Neo4jClient neo4j;

    AnalyticsRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Transactional(readOnly = true)
    Optional<Snapshot> snapshot() {
        return neo4j.query(CypherCatalog.query("api/metrics-snapshot")).fetchAs(Snapshot.class)
            .mappedBy((types, row) -> new Snapshot(string(row, "runId"), instant(row, "computedAt"),
                number(row, "customers").longValue(), number(row, "identitiesPerCustomer").doubleValue(),
                number(row, "multiUnitShare").doubleValue(), number(row, "continuityIndex").doubleValue(),
                number(row, "repeatContactRate").doubleValue(), number(row, "gapCustomerShare").doubleValue(),
                number(row, "maxPathSteps").intValue()))
            .one();
    }

    @Transactional(readOnly = true)
    List<UnitScore> unitScores(String runId) {
        return List.copyOf(run("api/metrics-unit-scores", Map.of("runId", runId), UnitScore.class,
            row -> new UnitScore(string(row, "unit"), number(row, "siloScore").doubleValue(),
                number(row, "customers").longValue(), number(row, "repeatContactRate").doubleValue(),
                number(row, "gapCustomerShare").doubleValue())));
    }

    @Transactional(readOnly = true)
    List<WeekView> weekly(String runId) {
        return List.copyOf(run("api/metrics-weekly", Map.of("runId", runId), WeekView.class,
            row -> new WeekView(string(row, "week"), number(row, "touchpoints").longValue(),
                number(row, "handoffs").longValue(), number(row, "gaps").longValue(),
                number(row, "repeatContactRate").doubleValue())));
    }

    @Transactional(readOnly = true)
    List<GapTypeView> gapTypes(String runId) {
        return List.copyOf(run("api/silo-gaps-summary", Map.of("runId", runId), GapTypeView.class,
            row -> new GapTypeView(string(row, "type"), number(row, "count").longValue(),
                number(row, "per1000Customers").doubleValue(), number(row, "meanSeverity").doubleValue(),
                number(row, "customers").longValue())));
    }

    @Transactional(readOnly = true)
    List<HandoffCell> handoffs(String runId) {
        return List.copyOf(run("api/handoffs-cells", Map.of("runId", runId), HandoffCell.class,
            row -> new HandoffCell(string(row, "fromUnit"), string(row, "toUnit"), number(row, "volume").longValue(),
                number(row, "repeatContactRate").doubleValue(), nullableDouble(row, "medianHoursToNextContact"))));
    }

    /** Links with the position of their source: {@code [stepIndex, link]}. */
    @Transactional(readOnly = true)
    List<PositionedLink> flows(String runId, JourneyLevel level, JourneyFilter filter) {
        return List.copyOf(run("api/journeys-flows", filterParameters(runId, level, filter), PositionedLink.class,
            row -> new PositionedLink(number(row, "stepIndex").intValue(), new FlowLink(string(row, "source"),
                string(row, "target"), number(row, "customers").longValue(),
                number(row, "weightedCustomers").doubleValue()))));
    }

    @Transactional(readOnly = true)
    List<FunnelIndex.Journey> journeys(String runId) {
        return List.copyOf(run("api/journeys-summaries", Map.of("runId", runId), FunnelIndex.Journey.class,
            row -> new FunnelIndex.Journey(string(row, "segment"), number(row, "confidence").doubleValue(),
                new String[][] {array(row, "unitPath"), array(row, "channelPath"), array(row, "stagePath")},
                new long[][] {times(row, "unitTimes"), times(row, "channelTimes"), times(row, "stageTimes")})));
    }

    /**
     * @param after the key the page starts after ({@code ""} for the first page)
     */
    @Transactional(readOnly = true)
    List<SiloGapView> siloGaps(String type, String unit, String customerId, Double minSeverity, String after, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("type", type);
        parameters.put("unit", unit);
        parameters.put("customerId", customerId);
        parameters.put("minSeverity", minSeverity);
        parameters.put("after", after);
        parameters.put("limit", limit);
        return List.copyOf(run(customerId == null ? "api/silo-gaps-page" : "api/silo-gaps-by-customer", parameters,
            SiloGapView.class, row -> new SiloGapView(string(row, "key"), string(row, "type"), string(row, "customerId"),
                nullableDouble(row, "severity"), instant(row, "at"), strings(row, "units"), string(row, "summary"),
                strings(row, "evidence"))));
    }

    record PositionedLink(int stepIndex, FlowLink link) {
    }

    private <T> Collection<T> run(String query, Map<String, Object> parameters, Class<T> type,
            java.util.function.Function<MapAccessor, T> mapper) {
        return neo4j.query(CypherCatalog.query(query)).bindAll(parameters).fetchAs(type)
            .mappedBy((types, row) -> mapper.apply(row)).all();
    }

    private static Map<String, Object> filterParameters(String runId, JourneyLevel level, JourneyFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("runId", runId);
        parameters.put("level", level.key());
        parameters.put("filterKind", filter.filterKind());
        parameters.put("filterValue", filter.filterValue());
        parameters.put("segment", filter.segment());
        parameters.put("since", filter.since());
        parameters.put("until", filter.until());
        return parameters;
    }

    /** An aggregate the job always writes; missing means a broken run, not zero. */
    private static Number number(MapAccessor row, String column) {
        Value value = row.get(column);
        if (value.isNull()) {
            throw new IllegalStateException("The metrics aggregate has no '" + column
                + "': the last metrics run did not finish writing. Run the metrics job again.");
        }
        return value.asNumber();
    }

    private static Double nullableDouble(MapAccessor row, String column) {
        Value value = row.get(column);
        return value.isNull() ? null : value.asDouble();
    }

    private static String[] array(MapAccessor row, String column) {
        return strings(row, column).stream().map(String::intern).toArray(String[]::new);
    }

    private static long[] times(MapAccessor row, String column) {
        Value value = row.get(column);
        return value.isNull() ? new long[0] : value.asList(Value::asLong).stream().mapToLong(Long::longValue).toArray();
    }
}
