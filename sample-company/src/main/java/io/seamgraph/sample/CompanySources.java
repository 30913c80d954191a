package io.seamgraph.sample;

import io.seamgraph.contract.BusinessUnitDefinition;
import io.seamgraph.contract.ChannelDefinition;
import io.seamgraph.contract.ConsentMapping;
import io.seamgraph.contract.Defaults;
import io.seamgraph.contract.RecordKind;
import io.seamgraph.contract.SourceDefinition;
import io.seamgraph.contract.SourcesConfig;
import io.seamgraph.contract.TimestampSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sources YAML describing the generated extracts: how each column maps to the canonical fields. */
final class CompanySources {

    static final String FILE_NAME = "sources.yaml";
    static final String ZONE = TimeAxis.LONDON.getId();

    private static final TimestampSpec CRM_TIME = new TimestampSpec("yyyy-MM-dd HH:mm:ss", ZONE);
    private static final TimestampSpec HELPDESK_TIME = new TimestampSpec("dd/MM/yyyy HH:mm", ZONE);
    private static final TimestampSpec ISO = new TimestampSpec(TimestampSpec.ISO, null);
    private static final TimestampSpec ISO_LONDON = new TimestampSpec(TimestampSpec.ISO, ZONE);
    private static final TimestampSpec EPOCH_MILLIS = new TimestampSpec(TimestampSpec.EPOCH_MILLIS, null);

    /** Quotes are doubled inside quoted values (RFC 4180), which Spark reads with escape set to the quote. */
    static final Map<String, String> CSV_OPTIONS = Map.of("header", "true", "quote", "\"", "escape", "\"",
        "encoding", "UTF-8", "multiLine", "false");
    /**
     * Every JSON value as text, so a value of the wrong type is quarantined by the ingest, not by the reader. (No
     * {@code encoding}: UTF-8 is Spark's default, and naming it sends Spark down a path that needs
     * {@code --add-opens java.base/sun.nio.cs}.)
     */
    static final Map<String, String> JSON_OPTIONS = Map.of("primitivesAsString", "true");

    private CompanySources() {
    }

    static SourcesConfig config() {
        List<BusinessUnitDefinition> units = Company.UNITS.stream()
            .map(u -> new BusinessUnitDefinition(u.key(), u.name(), u.channels())).toList();
        List<ChannelDefinition> channels = Company.CHANNELS.stream()
            .map(c -> new ChannelDefinition(c.key(), c.name())).toList();
        return new SourcesConfig(1, new Defaults("GB", ZONE, 0.05), units, channels, List.of(
            crmContacts(), crmActivities(), espSubscribers(), espSends(), shopAccounts(), shopOrders(),
            shopWebEvents(), helpdeskRequesters(), helpdeskTickets(), billingAccounts(), billingMessages(),
            posMembers(), posVisits()));
    }

    private static SourceDefinition crmContacts() {
        return profile(Extract.CRM_CONTACTS, CRM_TIME, "dd/MM/yyyy", map(
            "recordId", "contact_id", "givenName", "first_name", "familyName", "last_name", "emails", "email",
            "phones", "phone", "addressLine", "address_line", "city", "city", "postcode", "postcode",
            "dateOfBirth", "date_of_birth", "accountIds", "billing_account", "updatedAt", "updated_at"),
            List.of(), null);
    }

    private static SourceDefinition crmActivities() {
        return interaction(Extract.CRM_ACTIVITIES, Company.PHONE, CRM_TIME, map(
            "interactionId", "activity_id", "personId", "contact_id", "timestamp", "activity_date",
            "type", "activity_type", "channel", "channel_code", "direction", "direction", "topic", "subject",
            "outcome", "result", "caseId", "opportunity_id", "text", "notes"),
            Map.of("stage", Company.STAGE_SHOP), Map.of(),
            Map.of("channel", Map.of("call", Company.PHONE, "meeting", Company.STORE),
                "direction", Map.of("IN", "inbound", "OUT", "outbound")));
    }

    private static SourceDefinition espSubscribers() {
        return profile(Extract.ESP_SUBSCRIBERS, ISO, null, map(
            "recordId", "subscriber_id", "emails", "email", "phones", "mobile", "givenName", "first_name",
            "updatedAt", "created_at"),
            List.of(new ConsentMapping(Company.PURPOSE_EMAIL, "consent_email", "consent_email_at"),
                new ConsentMapping(Company.PURPOSE_SMS, "consent_sms", "consent_sms_at")), null);
    }

    private static SourceDefinition espSends() {
        return interaction(Extract.ESP_SENDS, Company.EMAIL, ISO, map(
            "interactionId", "send_id", "personId", "subscriber_id", "timestamp", "sent_at", "channel", "channel",
            "type", "message_type", "campaign", "campaign", "purpose", "purpose", "template", "template_id",
            "brand", "brand", "topic", "topic"),
            Map.of("direction", "outbound", "stage", Company.STAGE_SHOP), Map.of(), Map.of());
    }

    private static SourceDefinition shopAccounts() {
        return profile(Extract.SHOP_ACCOUNTS, ISO, null, map(
            "recordId", "account_id", "accountIds", "account_id", "emails", "email", "phones", "phone",
            "givenName", "first_name", "familyName", "last_name", "addressLine", "address_line", "city", "city",
            "postcode", "postcode", "dateOfBirth", "date_of_birth", "deviceIds", "device_ids",
            "loyaltyIds", "loyalty_card", "updatedAt", "updated_at"),
            List.of(new ConsentMapping(Company.PURPOSE_EMAIL, "newsletter", "newsletter_updated_at")), ";");
    }

    private static SourceDefinition shopOrders() {
        return interaction(Extract.SHOP_ORDERS, Company.WEB, ISO, map(
            "interactionId", "event_id", "personId", "account_id", "caseId", "order_id", "type", "event_type",
            "stage", "stage", "channel", "channel", "direction", "direction", "timestamp", "occurred_at",
            "topic", "topic", "promiseType", "promise_type", "promiseDueAt", "promise_due_at"),
            Map.of(), Map.of(), Map.of());
    }

    private static SourceDefinition shopWebEvents() {
        return interaction(Extract.SHOP_WEB_EVENTS, Company.WEB, EPOCH_MILLIS, map(
            "interactionId", "event_id", "personId", "account_id", "timestamp", "ts", "channel", "channel",
            "type", "event", "text", "page"),
            Map.of("direction", "inbound", "stage", Company.STAGE_SHOP), Map.of("channel", Company.WEB), Map.of());
    }

    private static SourceDefinition helpdeskRequesters() {
        return profile(Extract.HELPDESK_REQUESTERS, HELPDESK_TIME, null, map(
            "recordId", "requester_id", "fullName", "full name", "emails", "email", "phones", "phone",
            "accountIds", "shop_account", "updatedAt", "created"),
            List.of(), null);
    }

    private static SourceDefinition helpdeskTickets() {
        return interaction(Extract.HELPDESK_TICKETS, Company.CHAT, HELPDESK_TIME, map(
            "interactionId", "message_id", "caseId", "ticket_id", "personId", "requester_id", "timestamp", "created",
            "channel", "channel", "direction", "author", "type", "kind", "topic", "topic", "outcome", "status",
            "promiseType", "promise_type", "promiseDueAt", "promise_due", "purpose", "purpose",
            "template", "template", "brand", "brand", "text", "body"),
            Map.of("stage", Company.STAGE_SERVICE), Map.of(),
            Map.of("direction", Map.of("customer", "inbound", "agent", "outbound")));
    }

    private static SourceDefinition billingAccounts() {
        return profile(Extract.BILLING_ACCOUNTS, ISO, null, map(
            "recordId", "account_no", "accountIds", "account_no", "familyName", "surname", "givenName", "forename",
            "addressLine", "address_line", "city", "city", "postcode", "postcode", "emails", "email",
            "phones", "phone", "updatedAt", "updated_at"),
            List.of(), null);
    }

    private static SourceDefinition billingMessages() {
        return interaction(Extract.BILLING_MESSAGES, Company.EMAIL, ISO, map(
            "interactionId", "message_id", "personId", "account_no", "timestamp", "timestamp", "channel", "medium",
            "direction", "dir", "type", "msg_type", "topic", "topic", "outcome", "outcome", "purpose", "purpose",
            "template", "template", "brand", "brand", "caseId", "reference"),
            Map.of("stage", Company.STAGE_SERVICE), Map.of(),
            Map.of("channel", Map.of("EMAIL", Company.EMAIL, "SMS", Company.SMS, "PHONE", Company.PHONE),
                "direction", Map.of("I", "inbound", "O", "outbound")));
    }

    private static SourceDefinition posMembers() {
        return profile(Extract.POS_MEMBERS, ISO_LONDON, null, map(
            "recordId", "card_id", "loyaltyIds", "card_id", "fullName", "name", "phones", "phone", "emails", "email",
            "postcode", "postcode", "updatedAt", "joined"),
            List.of(), null);
    }

    private static SourceDefinition posVisits() {
        return interaction(Extract.POS_VISITS, Company.STORE, ISO_LONDON, map(
            "interactionId", "visit_id", "personId", "card_id", "timestamp", "visited_at", "type", "visit_type",
            "stage", "visit_type", "topic", "topic"),
            Map.of("channel", Company.STORE, "direction", "inbound"), Map.of(),
            Map.of("stage", Map.of(Company.TYPE_PURCHASE, Company.STAGE_BUY, "browse", Company.STAGE_SHOP,
                "return", Company.STAGE_SERVICE)));
    }

    private static SourceDefinition profile(Extract e, TimestampSpec timestamps, String dateFormat,
                                            Map<String, List<String>> mapping, List<ConsentMapping> consents,
                                            String separator) {
        return new SourceDefinition(e.sourceName(), e.system().key(), RecordKind.PROFILE, e.system().unit(), null,
            e.format(), e.location(), readOptions(e), timestamps, dateFormat, null, mapping,
            Map.of("country", "GB"), Map.of(), Map.of(), null, consents, separator, null);
    }

    private static SourceDefinition interaction(Extract e, String channel, TimestampSpec timestamps,
                                                Map<String, List<String>> mapping, Map<String, String> constants,
                                                Map<String, String> defaults,
                                                Map<String, Map<String, String>> valueMaps) {
        return new SourceDefinition(e.sourceName(), e.system().key(), RecordKind.INTERACTION, e.system().unit(),
            channel, e.format(), e.location(), readOptions(e), timestamps, null, null, mapping, constants, defaults,
            valueMaps, e.system().key(), List.of(), null, null);
    }

    private static Map<String, String> readOptions(Extract e) {
        return switch (e.format()) {
            case CSV -> CSV_OPTIONS;
            case JSONL -> JSON_OPTIONS;
            case PARQUET -> Map.of();
            default -> throw new IllegalStateException(e + ": table extracts are csv, jsonl or parquet, not " + e.format());
        };
    }

    /** Field-to-column pairs, each field mapped to one column. */
    private static Map<String, List<String>> map(String... pairs) {
        Map<String, List<String>> mapping = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            mapping.put(pairs[i], List.of(pairs[i + 1]));
        }
        return mapping;
    }
}
