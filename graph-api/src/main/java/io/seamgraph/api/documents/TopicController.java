package io.seamgraph.api.documents;

import io.seamgraph.api.documents.VoiceViews.TopicsView;
import io.seamgraph.api.documents.VoiceViews.VoiceRun;
import io.seamgraph.api.problem.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Voice of the customer", description = "Topics, sentiment, and what customers wrote after silo gaps")
class TopicController {

    private final VoiceRepository voice;

    TopicController(VoiceRepository voice) {
        this.voice = voice;
    }

    @GetMapping("/api/topics")
    @Operation(summary = "Volume and sentiment per topic, by business unit and channel",
        description = """
            For each topic of the taxonomy found in the documents (linked or not), with most documents first: how \
            many, how many negative, neutral and positive, the negative share and the mean sentiment score; the same \
            per business unit (byUnit) and per channel (byChannel). Filters: since and until (UTC months yyyy-MM, \
            inclusive), unit, channel, direction (inbound: what customers wrote; outbound: what the company sent). \
            Read from what the gap-sentiment job precomputed.""")
    @ApiResponse(responseCode = "200", description = "The topics, possibly none")
    @ApiResponse(responseCode = "400", description = "A parameter cannot be used; the detail names it")
    @ApiResponse(responseCode = "404", description = "The gap-sentiment job has not run on this graph")
    TopicsView topics(
            @Parameter(description = "first UTC month counted", example = "2024-01") @RequestParam(required = false) String since,
            @Parameter(description = "last UTC month counted", example = "2024-06") @RequestParam(required = false) String until,
            @Parameter(description = "a business unit the documents are addressed to") @RequestParam(required = false) String unit,
            @Parameter(description = "a channel", example = "review") @RequestParam(required = false) String channel,
            @Parameter(description = "inbound or outbound") @RequestParam(required = false) String direction) {
        TopicFilter filter = TopicFilter.of(since, until, unit, channel, direction);
        VoiceRun run = voice.run().orElseThrow(ApiErrors::voiceNotComputed);
        return new TopicsView(run.computedAt(), filter.since(), filter.until(),
            TopicTally.of(voice.topics(run.runId(), filter)));
    }
}
