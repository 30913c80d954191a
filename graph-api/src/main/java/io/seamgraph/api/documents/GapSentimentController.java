package io.seamgraph.api.documents;

import io.seamgraph.api.documents.VoiceViews.GapSentimentSummary;
import io.seamgraph.api.documents.VoiceViews.VoiceRun;
import io.seamgraph.api.problem.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Voice of the customer")
class GapSentimentController {

    private final VoiceRepository voice;

    GapSentimentController(VoiceRepository voice) {
        this.voice = voice;
    }

    @GetMapping("/api/silo-gaps/sentiment")
    @Operation(summary = "A silo gap's cost in the customer's words, per gap type",
        description = """
            For each silo-gap type found: the documents the same customers wrote (inbound, linked) from a gap's \
            moment to windowDays after it, their negative share and mean sentiment score; the same for the baseline, \
            customers without that type of gap writing over the same period (first gap to windowDays after the \
            last); the differences (after minus baseline) and the lift (negative share over the baseline's). A \
            share, mean or comparison without documents to measure is null. Read from what the gap-sentiment job \
            precomputed.""")
    @ApiResponse(responseCode = "200", description = "One entry per silo-gap type found")
    @ApiResponse(responseCode = "404", description = "The gap-sentiment job has not run on this graph")
    GapSentimentSummary sentiment() {
        VoiceRun run = voice.run().orElseThrow(ApiErrors::voiceNotComputed);
        return new GapSentimentSummary(run.windowDays(), run.computedAt(), voice.gapSentiment(run.runId()));
    }
}
