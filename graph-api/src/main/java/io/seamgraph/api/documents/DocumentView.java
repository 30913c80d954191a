package io.seamgraph.api.documents;

import java.time.Instant;
import java.util.List;

import io.seamgraph.api.security.Masking;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One document a customer is linked to (docs/graph-model.md, Document).
 *
 * @param key             {@code source:documentId}
 * @param documentType    {@code review}, {@code social}, {@code chat}, {@code call}, {@code email}, {@code letter} or
 *                        {@code other}
 * @param subject         personal data: left out when masked
 * @param text            personal data: left out when masked
 * @param authorHandle    masked as an identity value: {@code ***ith}
 * @param authorEmail     masked: {@code j***@example.com}
 * @param authorPhone     masked: {@code ***123}
 * @param language        ISO 639-3, e.g. {@code eng}
 * @param sentimentScore  P(positive) - P(negative), -1 to 1
 * @param topic           the taxonomy key; {@code topicName} its name
 * @param promisePhrase   the words of the promise: left out when masked, as they quote the text
 * @param linkMethod      how the link step tied the document to the customer, e.g. {@code author-email}
 * @param touchpointKey   the journey touchpoint an interaction document became (chat, call, e-mail, letter)
 */
record DocumentView(String key, String source, String system, String documentType, String channel, String businessUnit,
        Instant at, String direction, @Schema(nullable = true) String subject, @Schema(nullable = true) String text,
        Double rating, String authorHandle, String authorEmail, String authorPhone, String language, Long sentences,
        Long tokens, String sentiment, Double sentimentScore, String topic, String topicName, Double topicConfidence,
        List<String> brandMarkers, String promiseType, Instant promiseDueAt,
        @Schema(nullable = true) String promisePhrase, String linkMethod, String touchpointKey) {

    /**
     * As a caller without ADMIN sees it. Free text can name people and places that no pattern finds, so it is left
     * out, as the street address is; the author's identifiers are masked as on the customer endpoints.
     */
    DocumentView masked() {
        return new DocumentView(key, source, system, documentType, channel, businessUnit, at, direction, null, null,
            rating, Masking.identityValue("handle", authorHandle), Masking.email(authorEmail),
            Masking.phone(authorPhone), language, sentences, tokens, sentiment, sentimentScore, topic, topicName,
            topicConfidence, brandMarkers, promiseType, promiseDueAt, null, linkMethod, touchpointKey);
    }
}
