package io.seamgraph.api.journey;

import java.time.Instant;

/**
 * One touchpoint of a customer's journey, with what its incoming {@code NEXT} says about the step before it.
 *
 * @param seq           the 0-based position in the journey (time order)
 * @param key           the touchpoint key, {@code source:interactionId}
 * @param at            when it happened
 * @param channel       the channel key, e.g. {@code email}
 * @param businessUnit  the business unit that owns it
 * @param direction     {@code inbound} or {@code outbound}
 * @param type          the interaction type
 * @param stage         {@code shop}, {@code buy} or {@code service}
 * @param topic         what it was about
 * @param outcome       how it ended
 * @param caseId        the service case it belongs to
 * @param campaign      the campaign that sent it
 * @param template      the message template
 * @param brand         the brand
 * @param gapSeconds    seconds since the previous step; {@code null} for the first step
 * @param handoff       whether the business unit changed from the previous step; {@code null} for the first step
 * @param channelSwitch whether the channel changed from the previous step; {@code null} for the first step
 * @param promiseType   a promise made at this step (e.g. {@code callback}), from the source or found in its text
 * @param promiseDueAt  when that promise falls due
 * @param documentKey   the document this step is (chats, calls, e-mails, letters read as text); null otherwise
 * @param documentType  {@code chat}, {@code call}, {@code email}, {@code letter}...
 * @param sentiment     the document's sentiment: {@code negative}, {@code neutral} or {@code positive}
 * @param sentimentScore the document's P(positive) - P(negative), -1 to 1
 */
record JourneyStep(long seq, String key, Instant at, String channel, String businessUnit, String direction,
        String type, String stage, String topic, String outcome, String caseId, String campaign, String template,
        String brand, Long gapSeconds, Boolean handoff, Boolean channelSwitch, String promiseType, Instant promiseDueAt,
        String documentKey, String documentType, String sentiment, Double sentimentScore) {
}
