package io.seamgraph.api.documents;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON shapes of the topic and gap-sentiment endpoints (docs/api.md), as records. */
final class VoiceViews {

    private VoiceViews() {
    }

    /**
     * @param negativeShare negative / documents; null without documents
     * @param meanScore     mean sentimentScore of the documents that have one; null when none has
     */
    record SentimentView(long documents, long negative, long neutral, long positive,
            @Schema(nullable = true) Double negativeShare, @Schema(nullable = true) Double meanScore) {
    }

    /** One topic: its totals, then the same per business unit and per channel (keys in order). */
    record TopicView(String topic, @Schema(nullable = true) String name, long documents, long negative, long neutral,
            long positive, @Schema(nullable = true) Double negativeShare, @Schema(nullable = true) Double meanScore,
            Map<String, SentimentView> byUnit, Map<String, SentimentView> byChannel) {
    }

    /** @param since first month counted ({@code yyyy-MM}), null: from the first; until likewise, inclusive */
    record TopicsView(Instant computedAt, @Schema(nullable = true) String since, @Schema(nullable = true) String until,
            List<TopicView> topics) {
    }

    /**
     * One silo-gap type: its gaps, what the same customers wrote within the window after them, and the baseline
     * (customers without that type, same period). Shares and means are null without documents to measure.
     *
     * @param lift negativeShare / baselineNegativeShare; null when the baseline has no negative document
     */
    record GapSentimentView(String type, long gaps, long gapCustomers, long documents, long customers,
            @Schema(nullable = true) Double negativeShare, @Schema(nullable = true) Double meanScore,
            long baselineDocuments, long baselineCustomers, @Schema(nullable = true) Double baselineNegativeShare,
            @Schema(nullable = true) Double baselineMeanScore, @Schema(nullable = true) Double negativeShareDifference,
            @Schema(nullable = true) Double meanScoreDifference, @Schema(nullable = true) Double lift) {
    }

    record GapSentimentSummary(int windowDays, Instant computedAt, List<GapSentimentView> types) {
    }

    /** The run the statistics come from. */
    record VoiceRun(String runId, Instant computedAt, int windowDays) {
    }

    /** A row of {@code api/topics-stats}: one topic in one unit and channel. */
    record TopicRow(String topic, String name, String unit, String channel, long documents, long negative,
            long neutral, long positive, long scored, double scoreSum) {
    }
}
