package io.seamgraph.sample;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Puts one silo gap into a journey on purpose. Each injection builds the touches that show the gap and clears the
 * touches that would hide it; {@link GapRules} then confirms the journey shows that gap and no other.
 */
final class Injections {

    /** {@code no_owner} variants from this one on spread the relationship; below it, the last contact goes unanswered. */
    static final int SPREAD_VARIANT = 75;

    private Injections() {
    }

    /** The systems a person must be in for the gap (and its variant) to be injected. */
    static Set<CompanySystem> requiredSystems(GapType gap, int variant) {
        if (gap == null) {
            return EnumSet.noneOf(CompanySystem.class);
        }
        return switch (gap) {
            case REPEAT_CONTACT_AFTER_HANDOFF -> variant < 70 ? EnumSet.of(CompanySystem.HELPDESK, CompanySystem.BILLING)
                : EnumSet.of(CompanySystem.HELPDESK, CompanySystem.CRM);
            case UNRESOLVED_CHANNEL_SWITCH -> variant < 70 ? EnumSet.of(CompanySystem.HELPDESK)
                : EnumSet.of(CompanySystem.HELPDESK, CompanySystem.BILLING);
            case CONSENT_CONFLICT -> variant < 50 ? EnumSet.of(CompanySystem.ESP, CompanySystem.BILLING)
                : variant < 75 ? EnumSet.of(CompanySystem.ESP, CompanySystem.HELPDESK)
                : EnumSet.of(CompanySystem.ESP, CompanySystem.SHOP);
            case CONTACT_PRESSURE, BRAND_INCONSISTENCY -> EnumSet.of(CompanySystem.ESP, CompanySystem.BILLING);
            case SILENCE -> variant < 35 ? EnumSet.of(CompanySystem.SHOP)
                : variant < 60 ? EnumSet.of(CompanySystem.POS) : EnumSet.of(CompanySystem.HELPDESK);
            case NO_OWNER -> variant < 50 ? EnumSet.of(CompanySystem.HELPDESK, CompanySystem.ESP)
                : variant < SPREAD_VARIANT ? EnumSet.of(CompanySystem.BILLING, CompanySystem.ESP)
                : EnumSet.of(CompanySystem.HELPDESK, CompanySystem.BILLING, CompanySystem.CRM);
            case BROKEN_PROMISE -> variant < 40 ? EnumSet.of(CompanySystem.HELPDESK)
                : variant < 70 ? EnumSet.of(CompanySystem.HELPDESK, CompanySystem.BILLING)
                : EnumSet.of(CompanySystem.SHOP);
            case CONFLICTING_DATA -> EnumSet.noneOf(CompanySystem.class);
        };
    }

    /** Consent settings an injection relies on, applied before the background is planned around them. */
    static void prepareConsents(JourneyBuilder j) {
        GapType gap = j.person.gap();
        Consents c = j.consents;
        if (gap == GapType.CONTACT_PRESSURE || gap == GapType.BRAND_INCONSISTENCY || gap == GapType.NO_OWNER
            || gap == GapType.CONSENT_CONFLICT) {
            c.emailGranted = true;
            c.emailWithdrawnAt = Consents.NEVER;
            if (j.person.in(CompanySystem.SHOP)) {
                c.newsletter = true;
            }
        }
        if (gap == GapType.CONSENT_CONFLICT && j.person.variant() < 50) {
            c.smsGranted = true;
            c.smsWithdrawnAt = Consents.NEVER;
        }
    }

    static void inject(JourneyBuilder j) {
        GapType gap = j.person.gap();
        if (gap == null || !gap.inInteractions()) {
            return;
        }
        switch (gap) {
            case REPEAT_CONTACT_AFTER_HANDOFF -> repeatContactAfterHandoff(j);
            case UNRESOLVED_CHANNEL_SWITCH -> unresolvedChannelSwitch(j);
            case CONSENT_CONFLICT -> consentConflict(j);
            case CONTACT_PRESSURE -> contactPressure(j);
            case SILENCE -> silence(j);
            case BRAND_INCONSISTENCY -> brandInconsistency(j);
            case NO_OWNER -> noOwner(j);
            case BROKEN_PROMISE -> brokenPromise(j);
            default -> throw new IllegalStateException("not an interaction gap: " + gap);
        }
    }

    /** Passed from customer service to billing (or sales), "resolved" there, and back about it within a week. */
    private static void repeatContactAfterHandoff(JourneyBuilder j) {
        int group = j.newGroup();
        int day = j.day(2, j.days() - 10);
        String ticket = j.newCase("TCK-", 0x7C3EL);
        boolean toBilling = j.person.variant() < 70;
        String topic = toBilling ? Company.TOPIC_BILLING : Company.TOPIC_PRODUCT;
        long start = j.time(day, 9, 16);
        clear(j, start - 8 * TimeAxis.DAY, start + 9 * TimeAxis.DAY, topic);
        Touch b;
        if (toBilling) {
            j.helpdesk(group, start, j.chance(50) ? Company.CHAT : Company.PHONE, true, "contact", topic,
                Company.TRANSFERRED, ticket);
            b = j.billing(group, start + (5 + j.rng.nextInt(25)) * TimeAxis.MINUTE, Company.PHONE, true,
                "billing_call", topic, Company.RESOLVED, null);
        } else {
            j.helpdesk(group, start, Company.PHONE, true, "contact", topic, Company.TRANSFERRED, ticket);
            b = j.crm(group, start + (30 + j.rng.nextInt(180)) * TimeAxis.MINUTE, Company.PHONE, false, "sales_call",
                topic, "completed", j.newCase("OPP-", 0x5A1EL));
        }
        long back = b.at + (1 + j.rng.nextInt(6)) * TimeAxis.DAY + j.rng.nextInt(4) * TimeAxis.HOUR;
        String again = j.newCase("TCK-", 0x7C3EL);
        int roll = j.rng.nextInt(100);
        if (toBilling && roll < 40) {
            j.billing(group, back, Company.PHONE, true, "billing_call", topic, Company.RESOLVED, null);
        } else if (roll < 75) {
            j.helpdesk(group, back, j.chance(50) ? Company.CHAT : Company.PHONE, true, "contact", topic,
                Company.RESOLVED, again);
        } else {
            j.helpdesk(group, back, Company.EMAIL, true, "contact", topic, null, again);
            j.helpdesk(group, back + (2 + j.rng.nextInt(20)) * TimeAxis.HOUR, Company.EMAIL, false, "reply", topic,
                Company.RESOLVED, again);
        }
    }

    /** Left unresolved in one channel, the customer tries another within a day. */
    private static void unresolvedChannelSwitch(JourneyBuilder j) {
        int group = j.newGroup();
        int day = j.day(2, j.days() - 5);
        boolean viaBilling = j.person.variant() >= 70;
        String topic = viaBilling ? Company.TOPIC_BILLING
            : j.pick(new String[] {Company.TOPIC_DELIVERY, Company.TOPIC_REFUND, Company.TOPIC_ACCOUNT, Company.TOPIC_PRODUCT});
        String ticket = j.newCase("TCK-", 0x7C3EL);
        boolean chatFirst = j.chance(65);
        long first = j.time(day, 8, 19);
        clear(j, first - 2 * TimeAxis.DAY, first + 3 * TimeAxis.DAY, topic);
        j.helpdesk(group, first, chatFirst ? Company.CHAT : Company.PHONE, true, "contact", topic, Company.UNRESOLVED,
            ticket);
        long second = first + (1 + j.rng.nextInt(20)) * TimeAxis.HOUR;
        if (viaBilling) {
            j.billing(group, second, Company.PHONE, true, "billing_call", topic, Company.RESOLVED, null);
        } else {
            j.helpdesk(group, second, chatFirst ? Company.PHONE : Company.CHAT, true, "contact", topic,
                Company.RESOLVED, ticket);
        }
    }

    /** Opted out with one unit, contacted for that purpose by another afterwards. */
    private static void consentConflict(JourneyBuilder j) {
        int variant = j.person.variant();
        Consents c = j.consents;
        if (variant >= 75) {
            // the shop's newsletter flag withdrawn; the marketing platform never heard and keeps sending
            long at = j.time(j.day(3, j.days() - 21), 8, 22);
            c.newsletter = false;
            c.newsletterAt = at;
            boolean sentAfter = j.touches.stream().anyMatch(t -> t.extract == Extract.ESP_SENDS && t.at > at
                && Company.PURPOSE_EMAIL.equals(t.purpose));
            if (!sentAfter) {
                int day = j.axis.dayOf(at) + 2 + j.rng.nextInt(10);
                j.esp(j.newGroup(), j.axis.at(day, 600 + j.rng.nextInt(45)), Company.EMAIL, "newsletter",
                    "newsletter-" + j.axis.start().plusDays(day), Company.PURPOSE_EMAIL, "nl-weekly-v4", "newsletter");
            }
            return;
        }
        long withdrawn = j.time(j.day(3, j.days() - 21), 8, 22);
        long contacted = withdrawn + (2 + j.rng.nextInt(18)) * TimeAxis.DAY + j.rng.nextInt(6) * TimeAxis.HOUR;
        int group = j.newGroup();
        if (variant < 50) {
            boolean email = j.hasEmail(CompanySystem.BILLING) || !j.hasPhone(CompanySystem.BILLING);
            if (email) {
                c.emailWithdrawnAt = withdrawn;
            } else {
                c.smsWithdrawnAt = withdrawn;
            }
            Touch promo = j.billing(group, contacted, email ? Company.EMAIL : Company.SMS, false, "promo", "offer", null,
                null);
            promo.purpose = email ? Company.PURPOSE_EMAIL : Company.PURPOSE_SMS;
            promo.template = email ? "billing-offer-v1" : "billing-offer-sms-v1";
        } else {
            c.emailWithdrawnAt = withdrawn;
            Touch survey = j.helpdesk(group, contacted, Company.EMAIL, false, "offer", "offer", null,
                j.newCase("TCK-", 0x7C3EL));
            survey.purpose = Company.PURPOSE_EMAIL;
            survey.template = "cs-offer-v1";
            survey.text = "As a valued customer, here's 15% off your next order";
        }
        // the marketing platform honours its own opt-out
        j.touches.removeIf(t -> t.extract == Extract.ESP_SENDS && t.at >= withdrawn
            && (Company.PURPOSE_EMAIL.equals(t.purpose) && !c.emailAllowedAt(t.at)
                || Company.PURPOSE_SMS.equals(t.purpose) && !c.smsAllowedAt(t.at)));
    }

    /** Five to seven messages from marketing and billing (and service) within a few hours. */
    private static void contactPressure(JourneyBuilder j) {
        int day = j.day(1, j.days() - 2);
        long at = j.time(day, 8, 10);
        boolean sms = j.hasPhone(CompanySystem.ESP) && j.consents.smsAllowedAt(at);
        int marketing = 2 + j.rng.nextInt(2);
        for (int i = 0; i < marketing; i++) {
            at += (20 + j.rng.nextInt(90)) * TimeAxis.MINUTE;
            if (i == 1 && sms) {
                j.esp(j.newGroup(), at, Company.SMS, "promo", "flash-sale-sms", Company.PURPOSE_SMS, "sms-promo-v1",
                    "offer");
            } else {
                j.esp(j.newGroup(), at, Company.EMAIL, "promo", Background.campaign(day), Company.PURPOSE_EMAIL,
                    "promo-v2", "offer");
            }
        }
        int group = j.newGroup();
        String invoice = j.newCase("INV-", 0x1A5EL);
        boolean billingEmail = j.hasEmail(CompanySystem.BILLING) || !j.hasPhone(CompanySystem.BILLING);
        at += (20 + j.rng.nextInt(60)) * TimeAxis.MINUTE;
        j.billing(group, at, billingEmail ? Company.EMAIL : Company.SMS, false, "invoice", Company.TOPIC_INVOICE, null,
            invoice);
        at += (20 + j.rng.nextInt(60)) * TimeAxis.MINUTE;
        j.billing(group, at, billingEmail ? Company.EMAIL : Company.SMS, false, "payment_reminder",
            Company.TOPIC_PAYMENT, null, invoice);
        at += (20 + j.rng.nextInt(60)) * TimeAxis.MINUTE;
        j.billing(group, at, Company.SMS, false, "payment_reminder", Company.TOPIC_PAYMENT, null, invoice);
        if (j.person.in(CompanySystem.HELPDESK) && j.chance(50)) {
            at += (20 + j.rng.nextInt(60)) * TimeAxis.MINUTE;
            Background.survey(j, j.newGroup(), at, j.newCase("TCK-", 0x7C3EL));
        }
    }

    /** Three weeks and more of nothing: after a purchase, or after a case left unresolved. */
    private static void silence(JourneyBuilder j) {
        int day = j.day(5, j.days() - 25);
        Touch anchor;
        if (j.person.variant() < 60) {
            if (j.person.variant() < 35) {
                int group = j.newGroup();
                long at = j.time(day, 8, 21);
                j.web(group, at - 600, Company.WEB, "product_view", Background.page(j, "product_view"), null);
                anchor = Background.order(j, group, at, Company.WEB, true);
            } else {
                anchor = Background.storeVisit(j, day, "ST-014");
                anchor.type = Company.TYPE_PURCHASE;
                anchor.stage = Company.STAGE_BUY;
                anchor.topic = null;
                anchor.amount = (300 + j.rng.nextInt(15_000)) / 100.0;
            }
        } else {
            anchor = j.helpdesk(j.newGroup(), j.time(day, 9, 18), j.chance(50) ? Company.CHAT : Company.PHONE, true,
                "contact", j.pick(new String[] {Company.TOPIC_REFUND, Company.TOPIC_DELIVERY, Company.TOPIC_ACCOUNT}),
                Company.UNRESOLVED, j.newCase("TCK-", 0x7C3EL));
        }
        long from = anchor.at;
        long to = anchor.at + GapRules.SILENCE + 3 * TimeAxis.DAY;
        j.dropGroups(t -> t.at > from && t.at <= to, Set.of(anchor.group));
    }

    /** One unit's message goes out on an old template without the brand marker the others carry. */
    private static void brandInconsistency(JourneyBuilder j) {
        List<Touch> sorted = j.sorted();
        int roll = j.rng.nextInt(100);
        Extract offExtract = roll < 60 ? Extract.BILLING_MESSAGES : Extract.ESP_SENDS;
        Touch off = sorted.stream().filter(t -> t.extract == offExtract && t.template != null).findFirst().orElse(null);
        if (off == null) {
            long at = j.time(j.day(1, j.days() - 1), 9, 18);
            off = offExtract == Extract.BILLING_MESSAGES
                ? j.billing(j.newGroup(), at, Company.EMAIL, false, "invoice", Company.TOPIC_INVOICE, null,
                    j.newCase("INV-", 0x1A5EL))
                : j.esp(j.newGroup(), at, Company.EMAIL, "promo", "agency-spring", Company.PURPOSE_EMAIL, "promo-v2",
                    "offer");
        }
        off.brand = null;
        off.template = offExtract == Extract.BILLING_MESSAGES ? "invoice-legacy-v1" : "agency-promo-2019";
        Extract onExtract = offExtract == Extract.BILLING_MESSAGES ? Extract.ESP_SENDS : Extract.BILLING_MESSAGES;
        boolean other = sorted.stream().anyMatch(t -> t.extract == onExtract && t.template != null);
        if (!other) {
            long at = j.time(j.day(1, j.days() - 1), 10, 17);
            if (onExtract == Extract.ESP_SENDS) {
                j.esp(j.newGroup(), at, Company.EMAIL, "newsletter", "newsletter-special", Company.PURPOSE_EMAIL,
                    "nl-weekly-v4", "newsletter");
            } else {
                j.billing(j.newGroup(), at, Company.EMAIL, false, "invoice", Company.TOPIC_INVOICE, null,
                    j.newCase("INV-", 0x1A5EL));
            }
        }
    }

    /**
     * No unit owns the customer: either the last thing the customer sent, an e-mail, is never answered by anyone; or
     * (from {@link #SPREAD_VARIANT}) the customer's contacts go to a different unit each time.
     */
    private static void noOwner(JourneyBuilder j) {
        if (j.person.variant() >= SPREAD_VARIANT) {
            spreadRelationship(j);
            return;
        }
        int day = j.day(j.days() - 20, j.days() - 3);
        long at = j.time(day, 8, 20);
        Touch last;
        if (j.person.variant() < 50) {
            String topic = j.pick(new String[] {Company.TOPIC_REFUND, Company.TOPIC_DELIVERY, Company.TOPIC_ACCOUNT});
            last = j.helpdesk(j.newGroup(), at, Company.EMAIL, true, "contact", topic, null,
                j.newCase("TCK-", 0x7C3EL));
        } else {
            last = j.billing(j.newGroup(), at, Company.EMAIL, true, "query", Company.TOPIC_BILLING, null, null);
            last.text = "Please explain the charge on my last invoice";
        }
        j.dropGroups(t -> t.at > at && (t.outbound() || t.conversational()), Set.of(last.group));
        if (j.touches.stream().noneMatch(t -> t.group != last.group && t.at < at && !t.unit().equals(last.unit()))) {
            long earlier = j.time(j.day(0, Math.max(1, day - 3)), 10, 11);
            j.esp(j.newGroup(), earlier, Company.EMAIL, "newsletter", "newsletter-" + j.axis.start()
                .plusDays(j.axis.dayOf(earlier)), Company.PURPOSE_EMAIL, "nl-weekly-v4", "newsletter");
        }
    }

    /**
     * The customer's conversations go round the company: customer service, billing and sales each get one or two of
     * them (never half), each handled there and then, and none gets the next one. Nobody holds the relationship. The customer's
     * other contacts are cleared so the spread is the whole story; the label is this scenario, recorded here.
     */
    private static void spreadRelationship(JourneyBuilder j) {
        j.dropGroups(t -> t.inbound && t.conversational(), Set.of());
        String[] topics = {Company.TOPIC_ACCOUNT, Company.TOPIC_BILLING, Company.TOPIC_PRODUCT, Company.TOPIC_DELIVERY,
            Company.TOPIC_REFUND};
        // three contacts, one per unit; or five, two-two-one: no unit ever has half of them
        int contacts = j.chance(70) ? 3 : 5;
        int gapDays = Math.max(3, (j.days() - 10) / contacts);
        List<Touch> evidence = new java.util.ArrayList<>();
        for (int i = 0; i < contacts; i++) {
            int day = j.day(2 + i * gapDays, 2 + i * gapDays + Math.max(1, gapDays - 2));
            long at = j.time(day, 9, 17);
            String topic = topics[i];
            Touch t = switch (i % 3) {
                case 0 -> j.helpdesk(j.newGroup(), at, j.chance(50) ? Company.CHAT : Company.PHONE, true, "contact",
                    topic, Company.RESOLVED, j.newCase("TCK-", 0x7C3EL));
                case 1 -> j.billing(j.newGroup(), at, Company.PHONE, true, "billing_call", topic, Company.RESOLVED, null);
                default -> j.crm(j.newGroup(), at, Company.PHONE, true, "sales_call", topic, "completed",
                    j.newCase("OPP-", 0x5A1EL));
            };
            evidence.add(t);
        }
        java.util.Set<String> units = new java.util.TreeSet<>();
        evidence.forEach(t -> units.add(t.unit()));
        j.injected.add(new GapRules.Finding(GapType.NO_OWNER, List.copyOf(evidence), units,
            evidence.get(evidence.size() - 1).at));
    }

    /** A callback, refund or delivery promised by a date, and not done by then. */
    private static void brokenPromise(JourneyBuilder j) {
        int variant = j.person.variant();
        int group = j.newGroup();
        if (variant < 40) {
            int day = j.day(2, j.days() - 6);
            Touch call = j.helpdesk(group, j.time(day, 9, 16), Company.PHONE, true, "contact",
                j.pick(new String[] {Company.TOPIC_DELIVERY, Company.TOPIC_ACCOUNT, Company.TOPIC_BILLING}),
                Company.CALLBACK_PROMISED, j.newCase("TCK-", 0x7C3EL));
            call.promiseType = Company.PROMISE_CALLBACK;
            call.promiseDueAt = call.at + 24 * TimeAxis.HOUR;
            j.dropGroups(t -> t.at > call.at && t.at <= call.promiseDueAt && t.outbound()
                && Company.PHONE.equals(t.channel), Set.of(group));
            if (j.chance(60)) {
                j.helpdesk(group, call.promiseDueAt + (1 + j.rng.nextInt(3)) * TimeAxis.DAY, Company.PHONE, false,
                    Company.TYPE_CALLBACK, call.topic, Company.RESOLVED, call.caseId);
            }
        } else if (variant < 70) {
            int day = j.day(2, j.days() - 14);
            Touch chat = j.helpdesk(group, j.time(day, 9, 19), Company.CHAT, true, "contact", Company.TOPIC_REFUND,
                Company.RESOLVED, j.newCase("TCK-", 0x7C3EL));
            chat.promiseType = Company.PROMISE_REFUND;
            chat.promiseDueAt = chat.at + 5 * TimeAxis.DAY;
            j.dropGroups(t -> t.at > chat.at && t.at <= chat.promiseDueAt && Company.TYPE_REFUND.equals(t.type),
                Set.of(group));
            if (j.chance(60)) {
                Background.refund(j, group, chat.promiseDueAt + (2 + j.rng.nextInt(5)) * TimeAxis.DAY);
            }
        } else {
            int day = j.day(2, j.days() - 10);
            Touch order = Background.order(j, group, j.time(day, 8, 22), Company.WEB, false);
            Touch late = j.shopOrderRow(group, order.promiseDueAt + (1 + j.rng.nextInt(3)) * TimeAxis.DAY,
                Company.WEB, false, Company.TYPE_DELIVERY, Company.STAGE_BUY, Company.TOPIC_DELIVERY, order.caseId);
            late.amount = order.amount;
        }
    }

    /** Clears touches on a topic around an injected case, so that it reads as intended. */
    private static void clear(JourneyBuilder j, long from, long to, String topic) {
        j.dropGroups(t -> t.at >= from && t.at <= to && topic.equals(t.topic), Set.of());
    }
}
