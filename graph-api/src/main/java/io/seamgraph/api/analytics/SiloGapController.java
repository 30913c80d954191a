package io.seamgraph.api.analytics;

import java.util.List;

import io.seamgraph.api.analytics.Views.GapSummaryView;
import io.seamgraph.api.analytics.Views.SiloGapPage;
import io.seamgraph.api.analytics.Views.SiloGapView;
import io.seamgraph.api.problem.ApiErrors;
import io.seamgraph.api.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/silo-gaps")
@Tag(name = "Silo gaps", description = "Where customers felt the seams between business units, as the gaps job found them")
class SiloGapController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final AnalyticsRepository repository;
    private final AnalyticsCache cache;

    SiloGapController(AnalyticsRepository repository, AnalyticsCache cache) {
        this.repository = repository;
        this.cache = cache;
    }

    @GetMapping
    @Operation(summary = "List silo gaps, a page at a time",
        description = """
            Silo gaps in key order, each with its type, customer, severity (0 to 1), when it happened, the units \
            involved, a one-line summary and its evidence touchpoints (keys, in time order). Filters: type, unit \
            (involved), customerId, minSeverity. When more remain, 'next' is set: pass it as 'cursor' with the same \
            filters. Callers without ADMIN see e-mails, phone numbers and dates in the summary masked.""")
    @ApiResponse(responseCode = "200", description = "One page of silo gaps")
    @ApiResponse(responseCode = "400", description = "A parameter cannot be used; the detail names it")
    SiloGapPage list(
            @Parameter(description = "a silo-gap type", example = "silence") @RequestParam(required = false) String type,
            @Parameter(description = "a business unit the gap involves") @RequestParam(required = false) String unit,
            @Parameter(description = "one customer's gaps") @RequestParam(required = false) String customerId,
            @Parameter(description = "only gaps at least this severe, 0 to 1") @RequestParam(required = false) Double minSeverity,
            @Parameter(description = "gaps per page, 1 to " + MAX_LIMIT) @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit,
            @Parameter(description = "the 'next' of the previous page") @RequestParam(required = false) String cursor,
            Authentication caller) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiErrors.badParameter("limit", limit + " is out of range.",
                "Send a limit from 1 to " + MAX_LIMIT + ", or leave it out for " + DEFAULT_LIMIT + ".");
        }
        if (minSeverity != null && (minSeverity.isNaN() || minSeverity < 0 || minSeverity > 1)) {
            throw ApiErrors.badParameter("minSeverity", minSeverity + " is out of range.", "Send a severity from 0 to 1.");
        }
        List<SiloGapView> found = repository.siloGaps(blankToNull(type), blankToNull(unit), blankToNull(customerId),
            minSeverity, GapCursor.key(cursor), limit + 1);
        List<SiloGapView> page = found.size() > limit ? found.subList(0, limit) : found;
        String next = found.size() > limit ? GapCursor.after(page.get(limit - 1).key()) : null;
        boolean masked = !Roles.seesPersonalData(caller);
        List<SiloGapView> shown = masked ? page.stream().map(g -> new SiloGapView(g.key(), g.type(), g.customerId(),
            g.severity(), g.at(), g.units(), GapText.masked(g.summary()), g.evidence())).toList() : List.copyOf(page);
        return new SiloGapPage(shown, next, masked);
    }

    @GetMapping("/summary")
    @Operation(summary = "Silo gaps per type",
        description = """
            For each type found: how many gaps, per 1,000 customers, their mean severity and how many customers \
            have one, as of the last metrics run.""")
    @ApiResponse(responseCode = "200", description = "One entry per type found")
    @ApiResponse(responseCode = "404", description = "The metrics job has not run on this graph")
    GapSummaryView summary() {
        return cache.current().orElseThrow(ApiErrors::metricsNotComputed).gapSummary();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
