package io.seamgraph.api.journey;

import java.util.List;

import io.seamgraph.api.problem.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Journeys", description = "A customer's touchpoints across channels and business units, in time order")
class JourneyController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private final JourneyRepository journeys;

    JourneyController(JourneyRepository journeys) {
        this.journeys = journeys;
    }

    @GetMapping("/api/customers/{id}/journey")
    @Operation(summary = "Read a customer's journey, a page at a time",
        description = """
            The customer's touchpoints in journey order (seq, which follows time), each with what changed since \
            the step before it: gapSeconds, handoff (the business unit changed) and channelSwitch. 'from' is \
            inclusive and 'to' exclusive; a date as 'to' includes that whole UTC day. When more steps remain, \
            nextCursor is set: pass it as 'cursor', with the same from/to, for the next page.""")
    @ApiResponse(responseCode = "200", description = "One page of the journey")
    @ApiResponse(responseCode = "400", description = "from, to, limit or cursor cannot be used; the detail names it")
    @ApiResponse(responseCode = "404", description = "No customer has this id")
    JourneyPage journey(
            @Parameter(description = "the customer id", example = "C-0123456789abcdef") @PathVariable String id,
            @Parameter(description = "first instant or date to include (ISO-8601)", example = "2024-03-01")
            @RequestParam(required = false) String from,
            @Parameter(description = "first instant to leave out, or last date to include (ISO-8601)",
                example = "2024-03-31T00:00:00Z")
            @RequestParam(required = false) String to,
            @Parameter(description = "steps per page, 1 to " + MAX_LIMIT)
            @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit,
            @Parameter(description = "the nextCursor of the previous page") @RequestParam(required = false) String cursor) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiErrors.badParameter("limit", limit + " is out of range.",
                "Send a limit from 1 to " + MAX_LIMIT + ", or leave it out for " + DEFAULT_LIMIT + ".");
        }
        TimeWindow window = TimeWindow.parse(from, to);
        long afterSeq = JourneyCursor.seq(cursor);
        List<JourneyStep> steps = journeys.steps(id, window, afterSeq, limit + 1)
            .orElseThrow(() -> ApiErrors.customerNotFound(id));
        if (steps.size() <= limit) {
            return new JourneyPage(id, steps, null);
        }
        List<JourneyStep> page = steps.subList(0, limit);
        return new JourneyPage(id, List.copyOf(page), JourneyCursor.after(page.get(limit - 1).seq()));
    }
}
