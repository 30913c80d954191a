package io.seamgraph.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Ordinary customer life, kept clear of the silo-gap patterns: browsing and orders that are delivered before the
 * promised date, store visits, weekly newsletters within consent, monthly invoices, support cases that are answered,
 * transfers that resolve the matter, and kept callbacks and refunds.
 */
final class Background {

    private static final String[] WEB_EVENTS = {"page_view", "search", "product_view", "product_view", "add_to_cart"};
    private static final String[] SEARCHES = {"trainers", "kettle", "sofa", "winter+coat", "headphones", "desk+lamp",
        "gift+ideas", "rain+jacket", "coffee+machine", "bed+linen"};
    static final String[] PROMO_CAMPAIGNS = {"winter-sale", "spring-preview", "double-points", "new-season"};
    private static final String[] SALES_TOPICS = {"renewal", "upgrade", Company.TOPIC_PRODUCT};
    private static final String[] CASE_TOPICS = {
        Company.TOPIC_DELIVERY, Company.TOPIC_DELIVERY, Company.TOPIC_REFUND, Company.TOPIC_PRODUCT,
        Company.TOPIC_PRODUCT, Company.TOPIC_ACCOUNT, Company.TOPIC_BILLING, "complaint"};

    private Background() {
    }

    /** Everything a person does in the window; consents must be settled first (see {@link #consents}). */
    static void activities(JourneyBuilder j) {
        Person p = j.person;
        int activity = j.chance(30) ? 1 : j.chance(70) ? 2 : 3;
        double weeks = j.days() / 7.0;
        if (p.in(CompanySystem.SHOP)) {
            int episodes = poisson(j, 0.18 * weeks * activity, 8);
            for (int e = 0; e < episodes; e++) {
                shoppingTrip(j, j.day(0, j.days()), j.chance(55));
            }
        }
        if (p.in(CompanySystem.POS)) {
            String home = "ST-" + Ids.digits(1 + Math.floorMod(p.household().index() * 31, 120), 3);
            int visits = poisson(j, 0.15 * weeks * activity, 8);
            for (int v = 0; v < visits; v++) {
                storeVisit(j, j.day(0, j.days()), home);
            }
        }
        if (p.in(CompanySystem.ESP)) {
            marketing(j);
        }
        if (p.in(CompanySystem.BILLING)) {
            billing(j);
        }
        if (p.in(CompanySystem.HELPDESK)) {
            supportCases(j, poisson(j, 0.12 * weeks, 3));
        }
        if (p.in(CompanySystem.CRM)) {
            int count = poisson(j, 0.08 * weeks, 3);
            for (int a = 0; a < count; a++) {
                salesActivity(j, j.day(0, j.days() - 1));
            }
        }
    }

    /** Sign-up consents, and (for some) a withdrawal during the window. */
    static void consents(JourneyBuilder j) {
        Consents c = j.consents;
        ProfileRecord esp = j.record(CompanySystem.ESP);
        ProfileRecord shop = j.record(CompanySystem.SHOP);
        c.emailGranted = j.chance(80);
        c.smsGranted = j.chance(45);
        if (esp != null) {
            c.espSince = esp.createdAt;
            if (c.emailGranted && j.chance(10)) {
                c.emailWithdrawnAt = j.time(j.day(0, j.days()), 8, 22);
            }
            if (c.smsGranted && j.chance(8)) {
                c.smsWithdrawnAt = j.time(j.day(0, j.days()), 8, 22);
            }
        }
        if (shop != null) {
            c.newsletter = c.emailGranted;
            c.newsletterAt = shop.createdAt;
        }
    }

    /** Browsing sessions over a day or three, ending (sometimes) in an order that is delivered before it was promised. */
    static Touch shoppingTrip(JourneyBuilder j, int startDay, boolean buys) {
        int group = j.newGroup();
        List<String> devices = j.person.devices();
        int sessions = 1 + j.rng.nextInt(3);
        int day = startDay;
        Touch last = null;
        String channel = Company.WEB;
        String device = null;
        for (int s = 0; s < sessions && day < j.days(); s++) {
            boolean app = !devices.isEmpty() && j.chance(55);
            channel = app ? Company.APP : Company.WEB;
            device = app ? devices.get(j.rng.nextInt(devices.size())) : null;
            long at = j.time(day, 7, 23);
            int events = 2 + j.rng.nextInt(5);
            for (int e = 0; e < events; e++) {
                String event = e == 0 ? "page_view" : j.pick(WEB_EVENTS);
                last = j.web(group, at, channel, event, page(j, event), device);
                at += 20 + j.rng.nextInt(300);
            }
            day += j.rng.nextInt(2);
        }
        if (!buys || last == null || j.axis.dayOf(last.at) > j.days() - 7) {
            return null;
        }
        return order(j, group, last.at + 60 + j.rng.nextInt(600), channel, true);
    }

    /** An order with a delivery promise; delivered in time when {@code keep}, otherwise left to the caller. */
    static Touch order(JourneyBuilder j, int group, long at, String channel, boolean keep) {
        String orderId = j.newCase("ORD-", 0x0DE5L);
        Touch order = j.shopOrderRow(group, at, channel, true, Company.TYPE_ORDER, Company.STAGE_BUY,
            Company.TOPIC_ORDER, orderId);
        order.amount = (800 + j.rng.nextInt(24_000)) / 100.0;
        order.promiseType = Company.PROMISE_DELIVERY;
        order.promiseDueAt = order.at + (3 + j.rng.nextInt(2)) * TimeAxis.DAY;
        if (keep) {
            int orderDay = j.axis.dayOf(at);
            long delivered = j.time(orderDay + 1 + j.rng.nextInt(2), 8, 18);
            Touch delivery = j.shopOrderRow(group, delivered, channel, false, Company.TYPE_DELIVERY, Company.STAGE_BUY,
                Company.TOPIC_DELIVERY, orderId);
            delivery.amount = order.amount;
            if (j.chance(4)) {
                long refunded = delivered + (3 + j.rng.nextInt(8)) * TimeAxis.DAY;
                if (refunded < j.axis.endEpoch() - TimeAxis.HOUR) {
                    Touch refund = j.shopOrderRow(group, refunded, channel, false, Company.TYPE_REFUND,
                        Company.STAGE_SERVICE, Company.TOPIC_REFUND, orderId);
                    refund.amount = order.amount;
                }
            }
        }
        return order;
    }

    static Touch storeVisit(JourneyBuilder j, int day, String store) {
        int group = j.newGroup();
        long at = j.time(day, 9, 19);
        int roll = j.rng.nextInt(100);
        if (roll < 60) {
            Touch t = j.visit(group, at, Company.TYPE_PURCHASE, Company.STAGE_BUY, null, store);
            t.amount = (300 + j.rng.nextInt(15_000)) / 100.0;
            return t;
        }
        if (roll < 90) {
            return j.visit(group, at, "browse", Company.STAGE_SHOP, null, store);
        }
        return j.visit(group, at, "return", Company.STAGE_SERVICE, Company.TOPIC_REFUND, store);
    }

    /**
     * Weekly newsletters, monthly offers and the odd SMS, each only while the person's consent for it holds, and now and
     * then a direct message on social media (no e-mail or SMS purpose, so no consent applies).
     */
    static void marketing(JourneyBuilder j) {
        Consents c = j.consents;
        boolean email = j.record(CompanySystem.ESP).email != null;
        boolean sms = j.hasPhone(CompanySystem.ESP);
        int weekday = j.rng.nextBoolean() ? 1 : 3;
        for (int week = 0; week * 7 + weekday < j.days(); week++) {
            int day = week * 7 + weekday;
            long at = j.axis.at(day, 600 + j.rng.nextInt(45));
            if (email && c.emailAllowedAt(at) && j.chance(80)) {
                LocalDate date = j.axis.start().plusDays(day);
                j.esp(j.newGroup(), at, Company.EMAIL, "newsletter", "newsletter-" + date, Company.PURPOSE_EMAIL,
                    "nl-weekly-v4", "newsletter");
            }
        }
        for (int block = 0; block * 28 < j.days(); block++) {
            int from = block * 28;
            int to = Math.min(j.days(), from + 28);
            String campaign = campaign(from);
            if (email && j.chance(50)) {
                long at = j.time(j.day(from, to), 11, 19);
                if (c.emailAllowedAt(at)) {
                    j.esp(j.newGroup(), at, Company.EMAIL, "promo", campaign, Company.PURPOSE_EMAIL, "promo-v2", "offer");
                }
            }
            if (sms && j.chance(35)) {
                long at = j.time(j.day(from, to), 12, 18);
                if (c.smsAllowedAt(at)) {
                    j.esp(j.newGroup(), at, Company.SMS, "promo", "flash-sale-sms", Company.PURPOSE_SMS, "sms-promo-v1",
                        "offer");
                }
            }
            if (j.chance(10)) {
                // A direct message to a follower on the brand's social account: not an e-mail or SMS purpose.
                j.esp(j.newGroup(), j.time(j.day(from, to), 12, 20), Company.SOCIAL, "social_dm", campaign, null,
                    "social-dm-v1", "offer");
            }
        }
    }

    /** The offer marketing runs in the four weeks a day of the window falls in. */
    static String campaign(int day) {
        return PROMO_CAMPAIGNS[(day / 28) % PROMO_CAMPAIGNS.length];
    }

    /**
     * Monthly invoices (with a reminder for a few), the occasional billing call or e-mail (answered), and for a few
     * customers who agreed to marketing e-mail a paperless offer from billing.
     */
    static void billing(JourneyBuilder j) {
        boolean email = j.hasEmail(CompanySystem.BILLING);
        boolean sms = j.hasPhone(CompanySystem.BILLING);
        int billingDay = 1 + j.rng.nextInt(28);
        for (int day = 0; day < j.days(); day++) {
            if (j.axis.start().plusDays(day).getDayOfMonth() != billingDay || (!email && !sms)) {
                continue;
            }
            int group = j.newGroup();
            String invoice = j.newCase("INV-", 0x1A5EL);
            long at = j.axis.at(day, 390 + j.rng.nextInt(40));
            j.billing(group, at, email ? Company.EMAIL : Company.SMS, false, "invoice", Company.TOPIC_INVOICE, null,
                invoice);
            if (j.chance(15)) {
                int reminderDay = day + 10 + j.rng.nextInt(5);
                if (reminderDay < j.days()) {
                    j.billing(group, j.time(reminderDay, 9, 11), sms ? Company.SMS : Company.EMAIL, false,
                        "payment_reminder", Company.TOPIC_PAYMENT, null, invoice);
                }
            }
        }
        for (int block = 0; block * 28 < j.days(); block++) {
            int to = Math.min(j.days() - 3, block * 28 + 28);
            if (j.chance(6)) {
                j.billing(j.newGroup(), j.time(j.day(block * 28, to), 9, 17), Company.PHONE, true, "billing_call",
                    Company.TOPIC_BILLING, Company.RESOLVED, null);
            }
            if ((email || sms) && j.chance(5)) {
                long at = j.time(j.day(block * 28, to), 9, 18);
                boolean byEmail = email && j.consents.emailAllowedAt(at)
                    && (j.consents.newsletter || !j.person.in(CompanySystem.SHOP));
                if (byEmail || sms && j.consents.smsAllowedAt(at)) {
                    Touch offer = j.billing(j.newGroup(), at, byEmail ? Company.EMAIL : Company.SMS, false, "promo",
                        "offer", null, null);
                    offer.purpose = byEmail ? Company.PURPOSE_EMAIL : Company.PURPOSE_SMS;
                    offer.template = byEmail ? "billing-offer-v1" : "billing-offer-sms-v1";
                }
            }
            if (j.chance(4)) {
                int group = j.newGroup();
                Touch query = j.billing(group, j.time(j.day(block * 28, to), 7, 22), Company.EMAIL, true, "query",
                    Company.TOPIC_BILLING, null, null);
                query.text = "Please explain the charge on my last invoice";
                j.billing(group, query.at + (4 + j.rng.nextInt(26)) * TimeAxis.HOUR, Company.EMAIL, false, "reply",
                    Company.TOPIC_BILLING, Company.RESOLVED, null);
            }
        }
    }

    /**
     * Support cases at least ten days apart. Most cases of a person who ordered are about an order: a question on its
     * delivery or a refund a few days after it, naming the order in the message.
     */
    static void supportCases(JourneyBuilder j, int count) {
        List<Touch> orders = j.touches.stream().filter(t -> Company.TYPE_ORDER.equals(t.type)).toList();
        List<Integer> days = new ArrayList<>();
        for (int tries = 0; days.size() < count && tries < count * 6; tries++) {
            Touch order = !orders.isEmpty() && j.chance(60) ? orders.get(j.rng.nextInt(orders.size())) : null;
            int day = order == null ? j.day(1, j.days() - 4) : j.axis.dayOf(order.at) + 1 + j.rng.nextInt(5);
            if (day < j.days() - 4 && days.stream().allMatch(d -> Math.abs(d - day) >= 10)) {
                days.add(day);
                String topic = order == null ? j.pick(CASE_TOPICS)
                    : j.chance(65) ? Company.TOPIC_DELIVERY : Company.TOPIC_REFUND;
                supportCase(j, day, topic, order == null ? null : order.caseId);
            }
        }
    }

    /** One support case, answered: resolved on the first contact, by reply, by a kept callback or refund, or by a transfer. */
    static void supportCase(JourneyBuilder j, int day, String topic, String orderId) {
        Person p = j.person;
        int group = j.newGroup();
        String ticket = j.newCase("TCK-", 0x7C3EL);
        long at = j.time(day, 8, 20);
        int firstTouch = j.touches.size();
        int roll = j.rng.nextInt(100);
        if (roll < 30) {
            j.helpdesk(group, at, Company.CHAT, true, "contact", topic, Company.RESOLVED, ticket);
        } else if (roll < 48) {
            j.helpdesk(group, at, Company.PHONE, true, "contact", topic, Company.RESOLVED, ticket);
        } else if (roll < 72) {
            j.helpdesk(group, at, Company.EMAIL, true, "contact", topic, null, ticket);
            long reply = at + (2 + j.rng.nextInt(24)) * TimeAxis.HOUR;
            if (j.chance(15)) {
                j.helpdesk(group, reply, Company.EMAIL, false, "reply", topic, Company.ESCALATED, ticket);
                reply += (20 + j.rng.nextInt(28)) * TimeAxis.HOUR;
            }
            j.helpdesk(group, reply, Company.EMAIL, false, "reply", topic, Company.RESOLVED, ticket);
        } else if (roll < 82) {
            Touch call = j.helpdesk(group, j.time(day, 9, 16), Company.PHONE, true, "contact", topic,
                Company.CALLBACK_PROMISED, ticket);
            call.promiseType = Company.PROMISE_CALLBACK;
            call.promiseDueAt = call.at + 24 * TimeAxis.HOUR;
            j.helpdesk(group, call.at + (120 + j.rng.nextInt(180)) * TimeAxis.MINUTE, Company.PHONE, false,
                Company.TYPE_CALLBACK, topic, Company.RESOLVED, ticket);
        } else if (roll < 89 && day <= j.days() - 6 && (p.in(CompanySystem.BILLING) || p.in(CompanySystem.SHOP))) {
            Touch chat = j.helpdesk(group, at, Company.CHAT, true, "contact", Company.TOPIC_REFUND, Company.RESOLVED,
                ticket);
            chat.promiseType = Company.PROMISE_REFUND;
            chat.promiseDueAt = chat.at + 5 * TimeAxis.DAY;
            refund(j, group, at + (1 + j.rng.nextInt(3)) * TimeAxis.DAY + j.rng.nextInt(6) * TimeAxis.HOUR);
        } else if (roll < 95 && p.in(CompanySystem.BILLING)) {
            long start = j.time(day, 9, 17);
            j.helpdesk(group, start, j.chance(50) ? Company.CHAT : Company.PHONE, true, "contact", Company.TOPIC_BILLING,
                Company.TRANSFERRED, ticket);
            j.billing(group, start + (5 + j.rng.nextInt(25)) * TimeAxis.MINUTE, Company.PHONE, true, "billing_call",
                Company.TOPIC_BILLING, Company.RESOLVED, null);
        } else if (roll < 95 && p.in(CompanySystem.CRM)) {
            long start = j.time(day, 9, 15);
            j.helpdesk(group, start, Company.PHONE, true, "contact", Company.TOPIC_PRODUCT, Company.TRANSFERRED, ticket);
            j.crm(group, start + (30 + j.rng.nextInt(180)) * TimeAxis.MINUTE, Company.PHONE, false, "sales_call",
                Company.TOPIC_PRODUCT, "completed", null);
        } else {
            j.helpdesk(group, at, j.chance(60) ? Company.CHAT : Company.PHONE, true, "contact", topic,
                Company.UNRESOLVED, ticket);
            j.helpdesk(group, at + (4 + j.rng.nextInt(26)) * TimeAxis.HOUR, Company.EMAIL, false, "reply", topic,
                Company.RESOLVED, ticket);
        }
        if (orderId != null) {
            Touch first = j.touches.get(firstTouch);
            if (first.extract == Extract.HELPDESK_TICKETS && first.inbound && topic.equals(first.topic)) {
                first.text = "Order " + orderId + ": " + first.text;
            }
        }
        long last = j.touches.subList(firstTouch, j.touches.size()).stream().mapToLong(t -> t.at).max().orElse(at);
        int followUpDay = j.axis.dayOf(last) + 1 + j.rng.nextInt(2);
        if (followUpDay >= j.days()) {
            return;
        }
        long followUp = j.time(followUpDay, 10, 18);
        if (j.chance(15)) {
            survey(j, group, followUp, ticket);
        } else if (j.chance(8) && j.consents.emailAllowedAt(followUp)
            && (j.consents.newsletter || !p.in(CompanySystem.SHOP))) {
            Touch offer = j.helpdesk(group, followUp, Company.EMAIL, false, "offer", "offer", null, ticket);
            offer.purpose = Company.PURPOSE_EMAIL;
            offer.template = "cs-offer-v1";
            offer.text = "Sorry again, here's 15% off your next order";
        }
    }

    /** The satisfaction survey customer service sends after a case. */
    static Touch survey(JourneyBuilder j, int group, long at, String ticket) {
        Touch survey = j.helpdesk(group, at, Company.EMAIL, false, "survey", "feedback", null, ticket);
        survey.template = "cs-survey-v1";
        survey.text = "How did we do? Two minutes, five questions";
        return survey;
    }

    /** A refund row: from billing when the person has a billing account, otherwise from the shop. */
    static Touch refund(JourneyBuilder j, int group, long at) {
        if (j.person.in(CompanySystem.BILLING)) {
            return j.billing(group, at, j.hasPhone(CompanySystem.BILLING) && !j.hasEmail(CompanySystem.BILLING)
                ? Company.SMS : Company.EMAIL, false, Company.TYPE_REFUND, Company.TOPIC_REFUND, Company.RESOLVED,
                j.newCase("RF-", 0x4EF0L));
        }
        Touch t = j.shopOrderRow(group, at, Company.WEB, false, Company.TYPE_REFUND, Company.STAGE_SERVICE,
            Company.TOPIC_REFUND, j.newCase("ORD-", 0x0DE5L));
        t.amount = (500 + j.rng.nextInt(9_000)) / 100.0;
        return t;
    }

    static void salesActivity(JourneyBuilder j, int day) {
        int group = j.newGroup();
        String opportunity = j.newCase("OPP-", 0x5A1EL);
        if (j.chance(70)) {
            int roll = j.rng.nextInt(100);
            String outcome = roll < 50 ? "completed" : roll < 80 ? "no_answer" : "follow_up_booked";
            j.crm(group, j.time(day, 9, 18), Company.PHONE, false, "sales_call", j.pick(SALES_TOPICS), outcome,
                opportunity);
        } else {
            j.crm(group, j.time(day, 10, 18), Company.STORE, true, "meeting", Company.TOPIC_PRODUCT, "completed",
                opportunity);
        }
    }

    /**
     * Makes sure every purchase is followed, within three weeks, by something else: a review request, a visit to
     * the shop or store, or an invoice. Without it, quiet customers would look like the {@code silence} gap.
     */
    static void followUpPurchases(JourneyBuilder j) {
        List<Touch> sorted = j.sorted();
        List<Touch> purchases = new ArrayList<>();
        for (Touch t : sorted) {
            if (t.inbound && (Company.TYPE_ORDER.equals(t.type) || Company.TYPE_PURCHASE.equals(t.type))) {
                purchases.add(t);
            }
        }
        for (Touch p : purchases) {
            if (p.at + GapRules.SILENCE > j.axis.endEpoch()) {
                continue;
            }
            boolean heard = sorted.stream().anyMatch(t -> t.at > p.at && t.at <= p.at + GapRules.SILENCE
                && (p.caseId == null || !p.caseId.equals(t.caseId)));
            if (heard) {
                continue;
            }
            int day = j.axis.dayOf(p.at) + 4 + j.rng.nextInt(14);
            long at = j.time(day, 10, 19);
            if (j.person.in(CompanySystem.ESP) && j.record(CompanySystem.ESP).email != null) {
                j.esp(j.newGroup(), at, Company.EMAIL, "review_request", "post-purchase", Company.PURPOSE_SERVICE,
                    "review-request-v2", "review");
            } else if (j.person.in(CompanySystem.SHOP)) {
                int group = j.newGroup();
                j.web(group, at, Company.WEB, "page_view", "/", null);
                j.web(group, at + 90, Company.WEB, "product_view", page(j, "product_view"), null);
            } else {
                j.visit(j.newGroup(), at, "browse", Company.STAGE_SHOP, null, "ST-001");
            }
        }
    }

    static String page(JourneyBuilder j, String event) {
        return switch (event) {
            case "search" -> "/search?q=" + j.pick(SEARCHES);
            case "product_view" -> "/p/SKU-" + Ids.digits(10_000 + j.rng.nextInt(90_000), 5);
            case "add_to_cart" -> "/cart";
            default -> j.chance(50) ? "/" : "/c/" + j.pick(new String[] {"home", "fashion", "tech", "garden"});
        };
    }

    static int poisson(JourneyBuilder j, double mean, int cap) {
        double l = Math.exp(-mean);
        int k = 0;
        double prod = j.rng.nextDouble();
        while (prod > l && k < cap) {
            k++;
            prod *= j.rng.nextDouble();
        }
        return k;
    }
}
