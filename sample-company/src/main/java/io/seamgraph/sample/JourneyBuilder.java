package io.seamgraph.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** One attempt at a person's journey: the touches planned so far and the helpers that create them. */
final class JourneyBuilder {

    static final Comparator<Touch> BY_TIME = Comparator.<Touch>comparingLong(t -> t.at).thenComparingInt(t -> t.seq);

    private static final String[] DELIVERY_TEXT = {
        "Parcel not arrived, tracking says \"out for delivery\" since Monday", "Where is my order? It was due yesterday",
        "Courier left a card but I was in all day", "Order arrived with one item missing"};
    private static final String[] REFUND_TEXT = {
        "Returned the jacket, still no refund", "Refund for damaged item, photos attached",
        "Item arrived broken, I'd like my money back", "Sent the parcel back two weeks ago, any news?"};
    private static final String[] BILLING_TEXT = {
        "Charged twice for my last order, please check", "Why is my bill higher this month?",
        "Direct debit failed, how do I pay?", "Invoice shows an item I returned"};
    private static final String[] PRODUCT_TEXT = {
        "Does the \"Trail 2\" come in a size 9?", "Is this kettle OK for induction hobs, or gas only?",
        "When will the blue one be back in stock?", "Can I get the sofa in another fabric?"};
    private static final String[] ACCOUNT_TEXT = {
        "Can't log in, reset link never arrives", "Locked out of the app after an update",
        "Please change my e-mail address on the account", "Two accounts, can you merge them?"};
    private static final String[] COMPLAINT_TEXT = {
        "Staff in store were unhelpful, very disappointed", "Third time I've had to chase this",
        "Your chat closed on me twice"};
    private static final String[] REPLY_TEXT = {
        "Thanks for getting in touch, we've looked into this for you",
        "Sorry for the wait, here's what we found", "Thanks, that's now sorted on our side"};

    final Person person;
    final Profiles.PersonProfiles profiles;
    final TimeAxis axis;
    final SplittableRandom rng;
    final long seed;
    final Consents consents = new Consents();
    final List<Touch> touches = new ArrayList<>();
    /**
     * Gaps an injection built whose label comes from the injection itself, not from a rule over the journey (the
     * spread relationship of {@code no_owner}): kept only when all their evidence is in the final journey.
     */
    final List<GapRules.Finding> injected = new ArrayList<>();
    private final Set<CompanySystem> duplicated = EnumSet.noneOf(CompanySystem.class);
    private final ProfileRecord[] primary = new ProfileRecord[CompanySystem.values().length];
    private int groups;
    private int seq;
    private int cases;

    JourneyBuilder(Person person, Profiles.PersonProfiles profiles, TimeAxis axis, SplittableRandom rng, long seed) {
        this.person = person;
        this.profiles = profiles;
        this.axis = axis;
        this.rng = rng;
        this.seed = seed;
        for (ProfileRecord r : profiles.records()) {
            if (r.ordinal > 0) {
                duplicated.add(r.system);
            } else {
                primary[r.system.ordinal()] = r;
            }
        }
    }

    int days() {
        return axis.days();
    }

    int newGroup() {
        return groups++;
    }

    /** A random instant on a day between two local hours. */
    long time(int day, int fromHour, int toHour) {
        return axis.at(day, fromHour * 60 + rng.nextInt((toHour - fromHour) * 60));
    }

    int day(int from, int toExclusive) {
        return toExclusive <= from ? from : from + rng.nextInt(toExclusive - from);
    }

    boolean chance(int percent) {
        return rng.nextInt(100) < percent;
    }

    <T> T pick(T[] values) {
        return values[rng.nextInt(values.length)];
    }

    String newCase(String prefix, long key) {
        long x = person.index() * 256 + cases++;
        return prefix + Ids.base36(Ids.scramble40(x, seed ^ key), 8).toUpperCase(java.util.Locale.ROOT);
    }

    /** The person's record in a system, for the contact details the system can use. */
    ProfileRecord record(CompanySystem system) {
        return primary[system.ordinal()];
    }

    boolean hasEmail(CompanySystem system) {
        ProfileRecord r = record(system);
        return r != null && r.email != null && !r.placeholderEmail;
    }

    boolean hasPhone(CompanySystem system) {
        ProfileRecord r = record(system);
        return r != null && r.phone != null && !r.placeholderPhone;
    }

    /** Adds a touch; all but web events are on whole minutes, as most extracts write no seconds. */
    Touch add(Extract extract, int group, long at) {
        long when = extract == Extract.SHOP_WEB_EVENTS ? at : at - Math.floorMod(at, TimeAxis.MINUTE);
        Touch t = new Touch(extract, group, when);
        t.seq = seq++;
        if (duplicated.contains(extract.system()) && rng.nextInt(100) < 25) {
            t.recordOrdinal = 1;
        }
        touches.add(t);
        return t;
    }

    // ---- touches by extract

    Touch helpdesk(int group, long at, String channel, boolean inbound, String kind, String topic, String outcome,
                   String ticket) {
        Touch t = add(Extract.HELPDESK_TICKETS, group, at);
        t.channel = channel;
        t.inbound = inbound;
        t.type = kind;
        t.stage = Company.STAGE_SERVICE;
        t.topic = topic;
        t.outcome = outcome;
        t.caseId = ticket;
        t.text = inbound ? customerText(topic) : pick(REPLY_TEXT);
        if (!inbound && !Company.PHONE.equals(channel) && !Company.CHAT.equals(channel)) {
            t.template = "cs-reply-v3";
            t.brand = Company.BRAND;
            t.purpose = Company.PURPOSE_SERVICE;
        }
        return t;
    }

    Touch billing(int group, long at, String channel, boolean inbound, String type, String topic, String outcome,
                  String reference) {
        Touch t = add(Extract.BILLING_MESSAGES, group, at);
        t.channel = channel;
        t.inbound = inbound;
        t.type = type;
        t.stage = Company.STAGE_SERVICE;
        t.topic = topic;
        t.outcome = outcome;
        t.caseId = reference;
        if (!inbound && !Company.PHONE.equals(channel)) {
            t.purpose = Company.PURPOSE_SERVICE;
            t.template = switch (type) {
                case "invoice" -> Company.SMS.equals(channel) ? "invoice-sms-v2" : "invoice-v5";
                case "payment_reminder" -> "reminder-v3";
                case Company.TYPE_REFUND -> "refund-confirmation-v2";
                case "reply" -> "billing-reply-v1";
                default -> "billing-notice-v1";
            };
            t.brand = Company.BRAND;
        }
        return t;
    }

    Touch esp(int group, long at, String channel, String type, String campaign, String purpose, String template,
              String topic) {
        Touch t = add(Extract.ESP_SENDS, group, at);
        t.channel = channel;
        t.inbound = false;
        t.type = type;
        t.stage = Company.STAGE_SHOP;
        t.campaign = campaign;
        t.purpose = purpose;
        t.template = template;
        t.brand = Company.BRAND;
        t.topic = topic;
        return t;
    }

    Touch crm(int group, long at, String channel, boolean inbound, String type, String topic, String outcome,
              String opportunity) {
        Touch t = add(Extract.CRM_ACTIVITIES, group, at);
        t.channel = channel;
        t.inbound = inbound;
        t.type = type;
        t.stage = Company.STAGE_SHOP;
        t.topic = topic;
        t.outcome = outcome;
        t.caseId = opportunity;
        t.text = switch (outcome) {
            case "no_answer" -> "Left voicemail, will try again";
            case "follow_up_booked" -> "Interested, booked a follow-up next week";
            case Company.TRANSFERRED -> "Passed to another team";
            default -> inbound ? "Met in store, went through the options" : "Discussed options, customer happy";
        };
        return t;
    }

    Touch shopOrderRow(int group, long at, String channel, boolean inbound, String type, String stage, String topic,
                       String order) {
        Touch t = add(Extract.SHOP_ORDERS, group, at);
        t.channel = channel;
        t.inbound = inbound;
        t.type = type;
        t.stage = stage;
        t.topic = topic;
        t.caseId = order;
        return t;
    }

    Touch web(int group, long at, String channel, String event, String page, String device) {
        Touch t = add(Extract.SHOP_WEB_EVENTS, group, at);
        t.channel = channel;
        t.inbound = true;
        t.type = event;
        t.stage = Company.STAGE_SHOP;
        t.page = page;
        t.device = device;
        return t;
    }

    Touch visit(int group, long at, String type, String stage, String topic, String store) {
        Touch t = add(Extract.POS_VISITS, group, at);
        t.channel = Company.STORE;
        t.inbound = true;
        t.type = type;
        t.stage = stage;
        t.topic = topic;
        t.store = store;
        return t;
    }

    private String customerText(String topic) {
        String[] texts = switch (topic) {
            case Company.TOPIC_DELIVERY -> DELIVERY_TEXT;
            case Company.TOPIC_REFUND -> REFUND_TEXT;
            case Company.TOPIC_BILLING -> BILLING_TEXT;
            case Company.TOPIC_PRODUCT -> PRODUCT_TEXT;
            case Company.TOPIC_ACCOUNT -> ACCOUNT_TEXT;
            default -> COMPLAINT_TEXT;
        };
        return pick(texts);
    }

    // ---- whole-journey edits

    List<Touch> sorted() {
        List<Touch> copy = new ArrayList<>(touches);
        copy.sort(BY_TIME);
        return copy;
    }

    /** Removes every group that has a touch matching the predicate, except the groups kept. */
    void dropGroups(java.util.function.Predicate<Touch> hit, Set<Integer> keep) {
        Set<Integer> doomed = new HashSet<>();
        for (Touch t : touches) {
            if (!keep.contains(t.group) && hit.test(t)) {
                doomed.add(t.group);
            }
        }
        if (!doomed.isEmpty()) {
            touches.removeIf(t -> doomed.contains(t.group));
        }
    }
}
