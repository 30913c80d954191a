package io.seamgraph.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document sources ({@code kind: document}) of the generated company, as plain YAML maps: the source contract
 * gains that kind in another change, so until then they are written next to the typed sources only on request
 * ({@code generate --documents}).
 */
final class DocumentSources {

    static final String REVIEW_CHANNEL = "review";
    static final String LETTER_CHANNEL = "letter";

    private DocumentSources() {
    }

    /** Channels the document sources use that the company's units do not declare otherwise: channel key -> name. */
    static Map<String, String> extraChannels() {
        Map<String, String> channels = new LinkedHashMap<>();
        channels.put(REVIEW_CHANNEL, "Review site");
        channels.put(LETTER_CHANNEL, "Letter (post)");
        return channels;
    }

    /** Unit key -> channels it gains with the documents. */
    static Map<String, List<String>> extraUnitChannels() {
        return Map.of(Company.ECOMMERCE, List.of(REVIEW_CHANNEL), Company.CUSTOMER_SERVICE, List.of(LETTER_CHANNEL));
    }

    static List<Map<String, Object>> sources() {
        Map<String, Object> patterns = new LinkedHashMap<>();
        patterns.put("order", "ORD-[A-Z0-9]{8}");
        patterns.put("account", "\\b(?:BA|A)\\d{8}\\b");
        return List.of(
            source("product_reviews", "review_site", Company.ECOMMERCE, REVIEW_CHANNEL, "review", "jsonl",
                "documents/reviews.jsonl", map("documentId", "review_id", "text", "body", "subject", "title",
                    "authorHandle", "handle", "authorEmail", "reviewer_email", "rating", "stars",
                    "timestamp", "posted_at"), patterns),
            source("social_posts", "social_listening", Company.MARKETING, Company.SOCIAL, "social", "jsonl",
                "documents/social.jsonl", map("documentId", "post_id", "text", "text", "authorHandle", "handle",
                    "timestamp", "posted_at"), patterns),
            source("support_chats", "chat_platform", Company.CUSTOMER_SERVICE, Company.CHAT, "chat", "json",
                "documents/chats/*.json", null, patterns),   // a JSON transcript names its own fields (docs/documents.md)
            source("support_calls", "telephony", Company.CUSTOMER_SERVICE, Company.PHONE, "call", "text",
                "documents/calls/*.txt", null, patterns),
            withDomains(source("support_emails", "mail", Company.CUSTOMER_SERVICE, Company.EMAIL, "email", "eml",
                "documents/emails/*.eml", null, patterns)),
            withDomains(source("billing_mailbox", "mail", Company.BILLING, Company.EMAIL, "email", "mbox",
                "documents/emails/archive.mbox", null, patterns)),
            withMaxBytes(source("customer_letters", "scanning", Company.CUSTOMER_SERVICE, LETTER_CHANNEL, "letter",
                "tika", "documents/letters/*", null, patterns)));
    }

    private static Map<String, Object> source(String name, String system, String unit, String channel, String type,
                                              String format, String location, Map<String, Object> mapping,
                                              Map<String, Object> patterns) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("system", system);
        s.put("kind", "document");
        s.put("businessUnit", unit);
        s.put("channel", channel);
        s.put("documentType", type);
        s.put("format", format);
        s.put("location", location);
        if (mapping != null) {
            s.put("mapping", mapping);
        }
        s.put("identifierPatterns", patterns);
        return s;
    }

    private static Map<String, Object> withDomains(Map<String, Object> source) {
        source.put("ownDomains", List.of(DocumentWriter.OWN_DOMAIN));
        source.put("brandMarkers", List.of(DocumentTexts.BRAND));
        return source;
    }

    private static Map<String, Object> withMaxBytes(Map<String, Object> source) {
        source.put("maxBytes", DocumentWriter.LETTER_MAX_BYTES);
        return source;
    }

    private static Map<String, Object> map(String... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
