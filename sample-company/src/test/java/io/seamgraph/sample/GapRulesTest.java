package io.seamgraph.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapRulesTest {

    private static final long H = TimeAxis.HOUR;
    private static final long D = TimeAxis.DAY;
    private static final long HORIZON = 90 * D;

    private final List<Touch> journey = new ArrayList<>();
    private final List<GapRules.Consent> consents = new ArrayList<>();

    @Test
    void a_transfer_followed_by_the_same_topic_within_a_week_is_a_repeat_contact_after_handoff() {
        Touch a = add(Extract.HELPDESK_TICKETS, 10 * D, "chat", true, "billing_query", "transferred");
        Touch b = add(Extract.BILLING_MESSAGES, 10 * D + H / 4, "phone", true, "billing_query", "resolved");
        Touch c = add(Extract.HELPDESK_TICKETS, 14 * D, "phone", true, "billing_query", "resolved");

        assertThat(found()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(GapType.REPEAT_CONTACT_AFTER_HANDOFF);
            assertThat(f.evidence()).containsExactly(a, b, c);
            assertThat(f.units()).containsExactly("billing", "customer_service");
        });
    }

    @Test
    void a_transfer_that_settles_the_matter_is_no_gap() {
        add(Extract.HELPDESK_TICKETS, 10 * D, "chat", true, "billing_query", "transferred");
        add(Extract.BILLING_MESSAGES, 10 * D + H / 4, "phone", true, "billing_query", "resolved");
        add(Extract.HELPDESK_TICKETS, 18 * D, "phone", true, "billing_query", "resolved");

        assertThat(found()).isEmpty();
    }

    @Test
    void another_channel_within_a_day_after_an_unresolved_contact_is_a_channel_switch() {
        add(Extract.HELPDESK_TICKETS, 10 * D, "chat", true, "delivery", "unresolved");
        add(Extract.HELPDESK_TICKETS, 10 * D + 5 * H, "phone", true, "delivery", "resolved");

        assertThat(types()).containsExactly(GapType.UNRESOLVED_CHANNEL_SWITCH);
    }

    @Test
    void an_unresolved_contact_answered_by_an_agent_is_no_gap() {
        add(Extract.HELPDESK_TICKETS, 10 * D, "chat", true, "delivery", "unresolved");
        add(Extract.HELPDESK_TICKETS, 10 * D + 5 * H, "email", false, "delivery", "resolved");

        assertThat(found()).isEmpty();
    }

    @Test
    void a_send_for_a_withdrawn_purpose_by_another_unit_is_a_consent_conflict() {
        consents.add(new GapRules.Consent("esp", "marketing", "marketing_email", false, 5 * D));
        Touch promo = add(Extract.BILLING_MESSAGES, 9 * D, "email", false, "offer", null);
        promo.purpose = "marketing_email";

        assertThat(found()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(GapType.CONSENT_CONFLICT);
            assertThat(f.units()).containsExactly("billing", "marketing");
        });
    }

    @Test
    void a_withdrawal_granted_again_later_elsewhere_is_no_consent_conflict() {
        consents.add(new GapRules.Consent("shop", "ecommerce", "marketing_email", false, 5 * D));
        consents.add(new GapRules.Consent("esp", "marketing", "marketing_email", true, 7 * D));
        add(Extract.ESP_SENDS, 9 * D, "email", false, "newsletter", null).purpose = "marketing_email";

        assertThat(found()).isEmpty();
    }

    @Test
    void five_outbound_messages_from_two_units_in_a_day_are_contact_pressure_and_four_are_not() {
        for (int i = 0; i < 4; i++) {
            add(i < 2 ? Extract.ESP_SENDS : Extract.BILLING_MESSAGES, 20 * D + i * H, "email", false, "offer", null);
        }
        assertThat(found()).isEmpty();

        add(Extract.BILLING_MESSAGES, 20 * D + 23 * H, "sms", false, "payment", null);
        assertThat(types()).containsExactly(GapType.CONTACT_PRESSURE);
    }

    @Test
    void three_quiet_weeks_after_a_purchase_are_silence_unless_the_window_ends_first() {
        Touch order = add(Extract.SHOP_ORDERS, 10 * D, "web", true, "order", null);
        order.type = Company.TYPE_ORDER;
        order.caseId = "ORD-1";
        Touch delivery = add(Extract.SHOP_ORDERS, 12 * D, "web", false, "delivery", null);
        delivery.type = Company.TYPE_DELIVERY;
        delivery.caseId = "ORD-1";
        add(Extract.SHOP_WEB_EVENTS, 40 * D, "web", true, null, null);

        assertThat(types()).containsExactly(GapType.SILENCE);
        assertThat(GapRules.find(journey, consents, 25 * D)).isEmpty();
    }

    @Test
    void templated_messages_of_one_unit_without_the_brand_marker_are_a_brand_inconsistency() {
        Touch newsletter = add(Extract.ESP_SENDS, 5 * D, "email", false, "newsletter", null);
        newsletter.template = "nl-weekly-v4";
        newsletter.brand = Company.BRAND;
        Touch invoice = add(Extract.BILLING_MESSAGES, 6 * D, "email", false, "invoice", null);
        invoice.template = "invoice-legacy-v1";

        assertThat(found()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(GapType.BRAND_INCONSISTENCY);
            assertThat(f.evidence()).containsExactly(invoice, newsletter);
        });
    }

    @Test
    void a_last_inbound_e_mail_nobody_answers_is_no_owner_once_two_units_know_the_person() {
        add(Extract.ESP_SENDS, 5 * D, "email", false, "newsletter", null);
        add(Extract.HELPDESK_TICKETS, 80 * D, "email", true, "refund", null);
        assertThat(types()).containsExactly(GapType.NO_OWNER);

        add(Extract.HELPDESK_TICKETS, 81 * D, "email", false, "refund", "resolved");
        assertThat(found()).isEmpty();
    }

    @Test
    void a_callback_not_made_by_its_due_time_is_a_broken_promise_and_one_made_in_time_is_not() {
        Touch call = add(Extract.HELPDESK_TICKETS, 30 * D, "phone", true, "delivery", "callback_promised");
        call.promiseType = Company.PROMISE_CALLBACK;
        call.promiseDueAt = call.at + 24 * H;
        Touch late = add(Extract.HELPDESK_TICKETS, 33 * D, "phone", false, "delivery", "resolved");

        assertThat(found()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(GapType.BROKEN_PROMISE);
            assertThat(f.evidence()).containsExactly(call, late);
            assertThat(f.at()).isEqualTo(call.promiseDueAt);
        });

        late.at = 30 * D + 3 * H;
        assertThat(found()).isEmpty();
    }

    private Touch add(Extract extract, long at, String channel, boolean inbound, String topic, String outcome) {
        Touch t = new Touch(extract, journey.size(), at);
        t.seq = journey.size();
        t.id = extract.sourceName() + "-" + journey.size();
        t.channel = channel;
        t.inbound = inbound;
        t.topic = topic;
        t.outcome = outcome;
        journey.add(t);
        return t;
    }

    private List<GapRules.Finding> found() {
        journey.sort(JourneyBuilder.BY_TIME);
        return GapRules.find(journey, consents, HORIZON);
    }

    private List<GapType> types() {
        return found().stream().map(GapRules.Finding::type).toList();
    }
}
