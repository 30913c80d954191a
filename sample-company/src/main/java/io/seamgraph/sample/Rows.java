package io.seamgraph.sample;

/** Turns profile records and touches into extract rows, in each system's own formats and codes. */
final class Rows {

    private Rows() {
    }

    static Object[] profile(ProfileRecord r, Consents consents) {
        return switch (r.system) {
            case CRM -> new Object[] {r.recordId, r.givenName, r.familyName, r.email, r.phone, r.addressLine, r.city,
                r.postcode, r.dateOfBirth == null ? null : TimeAxis.ukDate(r.dateOfBirth), r.accountRef,
                TimeAxis.sqlLondon(r.updatedAt)};
            case ESP -> new Object[] {r.recordId, r.email, r.phone, r.givenName, consents.emailFlag(),
                TimeAxis.isoLondonOffset(Math.max(consents.emailFlagAt(), r.createdAt)), consents.smsFlag(),
                TimeAxis.isoLondonOffset(Math.max(consents.smsFlagAt(), r.createdAt)), TimeAxis.isoLondonOffset(r.createdAt)};
            case SHOP -> new Object[] {r.recordId, r.email, r.phone, r.givenName, r.familyName, r.addressLine, r.city,
                r.postcode, r.dateOfBirth == null ? null : TimeAxis.isoDate(r.dateOfBirth), r.devices, r.loyaltyRef,
                consents.newsletter ? "yes" : "no", TimeAxis.isoUtc(Math.max(consents.newsletterAt, r.createdAt)),
                TimeAxis.isoUtc(r.createdAt), TimeAxis.isoUtc(r.updatedAt)};
            case HELPDESK -> new Object[] {r.recordId, r.fullName, r.email, r.phone, r.accountRef,
                TimeAxis.ukShort(r.createdAt)};
            case BILLING -> new Object[] {r.recordId, r.familyName, r.givenName, r.addressLine, r.city, r.postcode,
                r.email, r.phone, TimeAxis.isoUtc(r.updatedAt)};
            case POS -> new Object[] {r.recordId, r.fullName, r.phone, r.email, r.postcode,
                TimeAxis.isoLondonLocal(r.createdAt)};
        };
    }

    /** The column holding the record's timestamp (the one a dirty row spoils). */
    static int profileTimestampColumn(Extract extract) {
        return extract.indexOf(switch (extract) {
            case CRM_CONTACTS, SHOP_ACCOUNTS, BILLING_ACCOUNTS -> "updated_at";
            case ESP_SUBSCRIBERS -> "created_at";
            case HELPDESK_REQUESTERS -> "created";
            case POS_MEMBERS -> "joined";
            default -> throw new IllegalArgumentException(extract + " is not a profile extract");
        });
    }

    static int emailColumn(Extract extract) {
        return extract.indexOf("email");
    }

    static int phoneColumn(Extract extract) {
        return extract.indexOf(extract == Extract.ESP_SUBSCRIBERS ? "mobile" : "phone");
    }

    static Object[] interaction(Touch t, String personRef) {
        return switch (t.extract) {
            case CRM_ACTIVITIES -> new Object[] {t.id, personRef, TimeAxis.sqlLondon(t.at), t.type,
                Company.STORE.equals(t.channel) ? "meeting" : "call", t.inbound ? "IN" : "OUT", t.topic, t.outcome,
                t.caseId, t.text};
            case ESP_SENDS -> new Object[] {t.id, personRef, TimeAxis.isoLondonOffset(t.at), t.channel, t.type,
                t.campaign, t.purpose, t.template, t.brand, t.topic};
            case SHOP_ORDERS -> new Object[] {t.id, personRef, t.caseId, t.type, t.stage, t.channel,
                t.inbound ? "inbound" : "outbound", TimeAxis.isoUtc(t.at), t.topic, t.amount == 0 ? null : t.amount,
                t.promiseType, t.hasPromise() ? TimeAxis.isoUtc(t.promiseDueAt) : null};
            case SHOP_WEB_EVENTS -> new Object[] {t.id, personRef, t.at * 1000 + Math.floorMod(t.id.hashCode(), 1000),
                Company.WEB.equals(t.channel) && Math.floorMod(t.id.hashCode(), 20) == 0 ? null : t.channel,
                t.type, t.page, t.device};
            case HELPDESK_TICKETS -> new Object[] {t.id, t.caseId, personRef, TimeAxis.ukShort(t.at), t.channel,
                t.inbound ? "customer" : "agent", t.type, t.topic, t.outcome, t.promiseType,
                t.hasPromise() ? TimeAxis.ukShort(t.promiseDueAt) : null, t.purpose, t.template, t.brand, t.text};
            case BILLING_MESSAGES -> new Object[] {t.id, personRef, TimeAxis.isoUtc(t.at), medium(t.channel),
                t.inbound ? "I" : "O", t.type, t.topic, t.outcome, t.purpose, t.template, t.brand, t.caseId};
            case POS_VISITS -> new Object[] {t.id, personRef, t.store, TimeAxis.isoLondonLocal(t.at), t.type, t.topic,
                t.amount == 0 ? null : t.amount};
            default -> throw new IllegalArgumentException(t.extract + " is not an interaction extract");
        };
    }

    static int interactionTimestampColumn(Extract extract) {
        return extract.indexOf(switch (extract) {
            case CRM_ACTIVITIES -> "activity_date";
            case ESP_SENDS -> "sent_at";
            case SHOP_ORDERS -> "occurred_at";
            case SHOP_WEB_EVENTS -> "ts";
            case HELPDESK_TICKETS -> "created";
            case BILLING_MESSAGES -> "timestamp";
            case POS_VISITS -> "visited_at";
            default -> throw new IllegalArgumentException(extract + " is not an interaction extract");
        });
    }

    static int personColumn(Extract extract) {
        return extract.indexOf(switch (extract) {
            case CRM_ACTIVITIES -> "contact_id";
            case ESP_SENDS -> "subscriber_id";
            case SHOP_ORDERS, SHOP_WEB_EVENTS -> "account_id";
            case HELPDESK_TICKETS -> "requester_id";
            case BILLING_MESSAGES -> "account_no";
            case POS_VISITS -> "card_id";
            default -> throw new IllegalArgumentException(extract + " is not an interaction extract");
        });
    }

    private static String medium(String channel) {
        return switch (channel) {
            case Company.EMAIL -> "EMAIL";
            case Company.SMS -> "SMS";
            default -> "PHONE";
        };
    }
}
