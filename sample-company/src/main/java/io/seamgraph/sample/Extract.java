package io.seamgraph.sample;

import io.seamgraph.contract.RecordKind;
import io.seamgraph.contract.SourceFormat;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every file the generator writes for the source systems: where it goes, its format and its columns in order.
 * Rows are written positionally, in the column order declared here.
 */
enum Extract {
    CRM_CONTACTS("crm_contacts", CompanySystem.CRM, RecordKind.PROFILE, SourceFormat.CSV, "crm/contacts.csv",
        s("contact_id"), s("first_name"), s("last_name"), s("email"), s("phone"), s("address_line"), s("city"),
        s("postcode"), s("date_of_birth"), s("billing_account"), s("updated_at")),
    CRM_ACTIVITIES("crm_activities", CompanySystem.CRM, RecordKind.INTERACTION, SourceFormat.CSV, "crm/activities.csv",
        s("activity_id"), s("contact_id"), s("activity_date"), s("activity_type"), s("channel_code"), s("direction"),
        s("subject"), s("result"), s("opportunity_id"), s("notes")),
    ESP_SUBSCRIBERS("esp_subscribers", CompanySystem.ESP, RecordKind.PROFILE, SourceFormat.JSONL,
        "marketing/subscribers.jsonl",
        s("subscriber_id"), s("email"), s("mobile"), s("first_name"), b("consent_email"), s("consent_email_at"),
        b("consent_sms"), s("consent_sms_at"), s("created_at")),
    ESP_SENDS("esp_sends", CompanySystem.ESP, RecordKind.INTERACTION, SourceFormat.JSONL, "marketing/sends.jsonl",
        s("send_id"), s("subscriber_id"), s("sent_at"), s("channel"), s("message_type"), s("campaign"), s("purpose"),
        s("template_id"), s("brand"), s("topic")),
    SHOP_ACCOUNTS("shop_accounts", CompanySystem.SHOP, RecordKind.PROFILE, SourceFormat.PARQUET,
        "shop/accounts.parquet",
        s("account_id"), s("email"), s("phone"), s("first_name"), s("last_name"), s("address_line"), s("city"),
        s("postcode"), s("date_of_birth"), s("device_ids"), s("loyalty_card"), s("newsletter"),
        s("newsletter_updated_at"), s("created_at"), s("updated_at")),
    SHOP_ORDERS("shop_orders", CompanySystem.SHOP, RecordKind.INTERACTION, SourceFormat.PARQUET, "shop/orders.parquet",
        s("event_id"), s("account_id"), s("order_id"), s("event_type"), s("stage"), s("channel"), s("direction"),
        s("occurred_at"), s("topic"), d("amount_gbp"), s("promise_type"), s("promise_due_at")),
    SHOP_WEB_EVENTS("shop_web_events", CompanySystem.SHOP, RecordKind.INTERACTION, SourceFormat.JSONL,
        "shop/web_events.jsonl",
        s("event_id"), s("account_id"), l("ts"), s("channel"), s("event"), s("page"), s("device_id")),
    HELPDESK_REQUESTERS("helpdesk_requesters", CompanySystem.HELPDESK, RecordKind.PROFILE, SourceFormat.CSV,
        "support/requesters.csv",
        s("requester_id"), s("full name"), s("email"), s("phone"), s("shop_account"), s("created")),
    HELPDESK_TICKETS("helpdesk_tickets", CompanySystem.HELPDESK, RecordKind.INTERACTION, SourceFormat.CSV,
        "support/tickets.csv",
        s("message_id"), s("ticket_id"), s("requester_id"), s("created"), s("channel"), s("author"), s("kind"),
        s("topic"), s("status"), s("promise_type"), s("promise_due"), s("purpose"), s("template"), s("brand"),
        s("body")),
    BILLING_ACCOUNTS("billing_accounts", CompanySystem.BILLING, RecordKind.PROFILE, SourceFormat.CSV,
        "billing/accounts.csv",
        s("account_no"), s("surname"), s("forename"), s("address_line"), s("city"), s("postcode"), s("email"),
        s("phone"), s("updated_at")),
    BILLING_MESSAGES("billing_messages", CompanySystem.BILLING, RecordKind.INTERACTION, SourceFormat.CSV,
        "billing/messages.csv",
        s("message_id"), s("account_no"), s("timestamp"), s("medium"), s("dir"), s("msg_type"), s("topic"),
        s("outcome"), s("purpose"), s("template"), s("brand"), s("reference")),
    POS_MEMBERS("pos_members", CompanySystem.POS, RecordKind.PROFILE, SourceFormat.JSONL,
        "stores/loyalty_members.jsonl",
        s("card_id"), s("name"), s("phone"), s("email"), s("postcode"), s("joined")),
    POS_VISITS("pos_visits", CompanySystem.POS, RecordKind.INTERACTION, SourceFormat.JSONL, "stores/visits.jsonl",
        s("visit_id"), s("card_id"), s("store_id"), s("visited_at"), s("visit_type"), s("topic"), d("basket_gbp"));

    enum ColType { STRING, LONG, DOUBLE, BOOLEAN }

    record Col(String name, ColType type) {
    }

    private final String sourceName;
    private final CompanySystem system;
    private final RecordKind kind;
    private final SourceFormat format;
    private final String location;
    private final List<Col> columns;

    Extract(String sourceName, CompanySystem system, RecordKind kind, SourceFormat format, String location,
            Col... columns) {
        this.sourceName = sourceName;
        this.system = system;
        this.kind = kind;
        this.format = format;
        this.location = location;
        this.columns = List.of(columns);
    }

    /** The source's name in the sources YAML and in the truth files. */
    String sourceName() {
        return sourceName;
    }

    CompanySystem system() {
        return system;
    }

    RecordKind kind() {
        return kind;
    }

    SourceFormat format() {
        return format;
    }

    /** Path relative to the output folder (and to the sources YAML). */
    String location() {
        return location;
    }

    List<Col> columns() {
        return columns;
    }

    /** Position of a column; fails for a name the extract does not have. */
    int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(sourceName + " has no column " + column);
    }

    String[] columnNames() {
        return columns.stream().map(Col::name).toArray(String[]::new);
    }

    private static final Map<CompanySystem, Extract> PROFILES = new EnumMap<>(CompanySystem.class);

    static {
        Arrays.stream(values()).filter(e -> e.kind == RecordKind.PROFILE).forEach(e -> PROFILES.put(e.system, e));
    }

    /** The profile extract of a system. */
    static Extract profileOf(CompanySystem system) {
        return PROFILES.get(system);
    }

    private static Col s(String name) {
        return new Col(name, ColType.STRING);
    }

    private static Col l(String name) {
        return new Col(name, ColType.LONG);
    }

    private static Col d(String name) {
        return new Col(name, ColType.DOUBLE);
    }

    private static Col b(String name) {
        return new Col(name, ColType.BOOLEAN);
    }
}
