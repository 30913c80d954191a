package io.seamgraph.api.analytics;

import io.seamgraph.api.analytics.Views.HandoffsView;
import io.seamgraph.api.analytics.Views.MetricsView;
import io.seamgraph.api.problem.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Metrics", description = "Headline continuity metrics and the hand-off matrix (docs/metrics.md)")
class MetricsController {

    private final AnalyticsCache cache;

    MetricsController(AnalyticsCache cache) {
        this.cache = cache;
    }

    @GetMapping("/api/metrics")
    @Operation(summary = "Headline metrics",
        description = """
            Customers, identities per customer, the share of customers seen by two or more business units, the \
            continuity index (0 to 100), silo gaps per 1,000 customers by type, the silo score per unit and the \
            weekly series (ISO weeks, UTC), as of the last metrics run (computedAt).""")
    @ApiResponse(responseCode = "200", description = "The metrics")
    @ApiResponse(responseCode = "404", description = "The metrics job has not run on this graph")
    MetricsView metrics() {
        return current().metrics();
    }

    @GetMapping("/api/business-units/handoffs")
    @Operation(summary = "The hand-off matrix between business units",
        description = """
            For each pair of units: how often a journey passed from one to the other (volume), the share of those \
            hand-offs followed by an inbound contact on the same topic within the repeat window (7 days by \
            default), and the median hours to the customer's next touchpoint.""")
    @ApiResponse(responseCode = "200", description = "The units and the non-empty cells")
    @ApiResponse(responseCode = "404", description = "The metrics job has not run on this graph")
    HandoffsView handoffs() {
        return current().handoffs();
    }

    private AnalyticsCache.Loaded current() {
        return cache.current().orElseThrow(ApiErrors::metricsNotComputed);
    }
}
