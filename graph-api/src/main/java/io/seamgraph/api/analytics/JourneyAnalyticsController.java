package io.seamgraph.api.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.seamgraph.api.analytics.AnalyticsRepository.PositionedLink;
import io.seamgraph.api.analytics.Views.FlowLink;
import io.seamgraph.api.analytics.Views.FlowNode;
import io.seamgraph.api.analytics.Views.FlowsView;
import io.seamgraph.api.analytics.Views.FunnelView;
import io.seamgraph.api.analytics.Views.PathsView;
import io.seamgraph.api.problem.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/journeys")
@Tag(name = "Journey analytics", description = "Paths, Sankey flows and funnels over every customer's journey, "
    + "as the metrics job precomputed them (docs/metrics.md)")
class JourneyAnalyticsController {

    static final int DEFAULT_K = 10;
    static final int MAX_K = 100;
    static final int MAX_FUNNEL_STEPS = 10;

    private final AnalyticsRepository repository;
    private final AnalyticsCache cache;

    JourneyAnalyticsController(AnalyticsRepository repository, AnalyticsCache cache) {
        this.repository = repository;
        this.cache = cache;
    }

    @GetMapping("/paths")
    @Operation(summary = "Top-k paths from or to a step",
        description = """
            The most common paths at a level (unit, channel or stage; consecutive repeats collapsed): with 'from', \
            the steps from the first time each customer reached that step; with 'to', the steps that led to the \
            first time; with neither, the first steps of every journey. Paths are at most as long as the metrics \
            job counted (5 steps by default). Filters: one of unit, channel or stage (the journey touched it), \
            segment, and since/until as UTC months YYYY-MM (inclusive; the month the anchor step was reached). \
            weightedCustomers sums the customers' identity confidence.""")
    @ApiResponse(responseCode = "200", description = "The paths, most customers first")
    @ApiResponse(responseCode = "400", description = "A parameter cannot be used; the detail names it")
    @ApiResponse(responseCode = "404", description = "The metrics job has not run on this graph")
    PathsView paths(
            @Parameter(description = "unit, channel or stage", example = "unit") @RequestParam(required = false) String level,
            @Parameter(description = "paths from the first time this step was reached", example = "sales")
            @RequestParam(required = false) String from,
            @Parameter(description = "paths leading to the first time this step was reached")
            @RequestParam(required = false) String to,
            @Parameter(description = "how many paths, 1 to " + MAX_K) @RequestParam(defaultValue = "" + DEFAULT_K) int k,
            @Parameter(description = "only journeys that touched this business unit") @RequestParam(required = false) String unit,
            @Parameter(description = "only journeys that touched this channel") @RequestParam(required = false) String channel,
            @Parameter(description = "only journeys that touched this stage") @RequestParam(required = false) String stage,
            @Parameter(description = "only customers of this segment (docs/metrics.md)") @RequestParam(required = false) String segment,
            @Parameter(description = "first UTC month, YYYY-MM", example = "2026-01") @RequestParam(required = false) String since,
            @Parameter(description = "last UTC month, YYYY-MM", example = "2026-03") @RequestParam(required = false) String until) {
        JourneyLevel parsedLevel = JourneyLevel.parse("level", level);
        if (from != null && to != null) {
            throw ApiErrors.badParameter("to", "'from' and 'to' cannot be combined.",
                "Send from=STEP for the paths after a step, to=STEP for the paths before it, or neither.");
        }
        if (k < 1 || k > MAX_K) {
            throw ApiErrors.badParameter("k", k + " is out of range.", "Send k from 1 to " + MAX_K + ", or leave it out for " + DEFAULT_K + ".");
        }
        String anchor = from != null ? step("from", from) : to != null ? step("to", to) : JourneyFilter.ANY;
        String direction = from != null ? "from" : to != null ? "to" : "start";
        JourneyFilter filter = JourneyFilter.parse(unit, channel, stage, segment, since, until);
        AnalyticsCache.Loaded loaded = current();
        return new PathsView(parsedLevel.key(), direction, anchor, JourneyPaths.top(loaded.funnels().index().journeys(),
            parsedLevel, direction, anchor, filter, k, loaded.snapshot().maxPathSteps()));
    }

    @GetMapping("/flows")
    @Operation(summary = "Sankey flows between journey steps",
        description = """
            Nodes are (position, step) pairs, id 'position:step', over the first steps of every journey (5 by \
            default); links count the customers who went from one to the next, and weightedCount sums their \
            identity confidence. Same filters as the paths; since/until select the month the journey began.""")
    @ApiResponse(responseCode = "200", description = "Nodes and links")
    @ApiResponse(responseCode = "400", description = "A parameter cannot be used; the detail names it")
    @ApiResponse(responseCode = "404", description = "The metrics job has not run on this graph")
    FlowsView flows(
            @Parameter(description = "unit, channel or stage", example = "unit") @RequestParam(required = false) String level,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String stage, @RequestParam(required = false) String segment,
            @Parameter(description = "first UTC month, YYYY-MM") @RequestParam(required = false) String since,
            @Parameter(description = "last UTC month, YYYY-MM") @RequestParam(required = false) String until) {
        JourneyLevel parsedLevel = JourneyLevel.parse("level", level);
        JourneyFilter filter = JourneyFilter.parse(unit, channel, stage, segment, since, until);
        List<PositionedLink> rows = repository.flows(current().snapshot().runId(), parsedLevel, filter);
        Map<String, FlowNode> nodes = new LinkedHashMap<>();
        List<FlowLink> links = new ArrayList<>();
        for (PositionedLink row : rows) {
            FlowNode source = nodes.computeIfAbsent(row.stepIndex() + ":" + row.link().source(),
                id -> new FlowNode(id, row.link().source(), row.stepIndex()));
            FlowNode target = nodes.computeIfAbsent((row.stepIndex() + 1) + ":" + row.link().target(),
                id -> new FlowNode(id, row.link().target(), row.stepIndex() + 1));
            links.add(new FlowLink(source.id(), target.id(), row.link().count(), row.link().weightedCount()));
        }
        List<FlowNode> ordered = nodes.values().stream()
            .sorted(java.util.Comparator.comparingInt(FlowNode::step).thenComparing(FlowNode::name)).toList();
        return new FlowsView(parsedLevel.key(), ordered, List.copyOf(links));
    }

    @GetMapping("/funnel")
    @Operation(summary = "An ordered funnel with conversion, drop-off and time between steps",
        description = """
            For each step: the customers who reached it after reaching the previous one (the first occurrence \
            after it), weighted by identity confidence; conversion from the previous step (for the first step, \
            from every journey in scope) and drop-off (1 - conversion); median and 90th percentile of the hours \
            since the previous step. Journeys span weeks: the whole journey counts. Filters: one of unit, channel \
            or stage, and segment.""")
    @ApiResponse(responseCode = "200", description = "One entry per step, in order")
    @ApiResponse(responseCode = "400", description = "A parameter cannot be used; the detail names it")
    @ApiResponse(responseCode = "404", description = "The metrics job has not run on this graph")
    FunnelView funnel(
            @Parameter(description = "unit, channel or stage", example = "stage") @RequestParam(required = false) String level,
            @Parameter(description = "the steps in order, comma-separated, 1 to " + MAX_FUNNEL_STEPS, example = "shop,buy,service")
            @RequestParam(required = false) String steps,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String stage, @RequestParam(required = false) String segment) {
        JourneyLevel parsedLevel = JourneyLevel.parse("level", level);
        if (steps == null || steps.isBlank()) {
            throw ApiErrors.badParameter("steps", "it is required but missing.",
                "Send the funnel's steps in order, comma-separated, e.g. steps=shop,buy,service.");
        }
        List<String> parsedSteps = Arrays.stream(steps.split(",", -1)).map(String::strip).toList();
        if (parsedSteps.stream().anyMatch(String::isEmpty) || parsedSteps.size() > MAX_FUNNEL_STEPS) {
            throw ApiErrors.badParameter("steps", "it must list 1 to " + MAX_FUNNEL_STEPS + " non-empty steps.",
                "Send them comma-separated, e.g. steps=shop,buy,service.");
        }
        JourneyFilter filter = JourneyFilter.parse(unit, channel, stage, segment, null, null);
        FunnelIndex.Result result = current().funnels().index().funnel(parsedLevel, parsedSteps, filter);
        return new FunnelView(parsedLevel.key(), result.inScope(), result.steps());
    }

    private AnalyticsCache.Loaded current() {
        return cache.current().orElseThrow(ApiErrors::metricsNotComputed);
    }

    private static String step(String parameter, String value) {
        if (value.isBlank()) {
            throw ApiErrors.badParameter(parameter, "it is empty.", "Send a step, e.g. " + parameter + "=sales.");
        }
        return value.strip();
    }
}
