package io.seamgraph.analytics.voice;

/**
 * @param documents        documents read (linked or not)
 * @param inbound          linked inbound documents with a sentiment: what the comparison counts
 * @param gapTypes         GapSentimentStat nodes written (one per silo-gap type found)
 * @param afterGap         documents written within the window after a gap of some type (each counted once per type)
 * @param topicRows        TopicStat nodes written
 */
public record VoiceSummary(String runId, long documents, long inbound, long gapTypes, long afterGap, long topicRows) {
}
