package io.seamgraph.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes what customers and agents said, under {@code documents/}: reviews and social posts (JSON Lines), chat
 * transcripts (one JSON file each), call transcripts (text), customer-service e-mails ({@code .eml}) and the billing
 * mailbox ({@code archive.mbox}), plus a few documents by nobody and a few broken files; and
 * {@code truth/documents.csv} with each document's true person, sentiment, topic and promise, and the key of the
 * touchpoint it transcribes (empty for reviews, posts and letters).
 *
 * <p>Documents follow the person's journey: a chat, call or e-mail transcribes a support or billing touch the extracts
 * already hold (same time, channel and case), so it adds words, not events, and cannot create or hide a silo gap; a
 * promise in an agent's words is the promise that touch carries. Reviews follow orders, and after an injected gap the
 * person's words turn negative and about the gap. Everything comes from a random stream of its own, so the extracts
 * and the other truth files are the same with or without documents.
 */
final class DocumentWriter implements Closeable {

    static final String FOLDER = "documents";
    static final String TRUTH_FILE = "documents.csv";
    static final String OWN_DOMAIN = "example-company.co.uk";
    static final String HELP_ADDRESS = "help@" + OWN_DOMAIN;
    static final String BILLING_ADDRESS = "billing@" + OWN_DOMAIN;
    static final long STREAM_DOCUMENTS = 900;
    /** Documents per person at most (ids are keyed on person index x 64 + k). */
    static final int MAX_PER_PERSON = 60;
    static final int LETTER_MAX_BYTES = 100_000;

    static final String NEGATIVE = "negative";
    static final String NEUTRAL = "neutral";
    static final String POSITIVE = "positive";

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final DateTimeFormatter MBOX_DATE = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy",
        Locale.ROOT);
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Path folder;
    private final long seed;
    private final long customers;
    private final TimeAxis axis;
    private final JsonlSink reviews;
    private final JsonlSink social;
    private final CsvSink truth;
    private final Writer mbox;
    private long documents;

    DocumentWriter(Path out, long seed, long customers, TimeAxis axis) {
        this.folder = out.resolve(FOLDER);
        this.seed = seed;
        this.customers = customers;
        this.axis = axis;
        reviews = new JsonlSink(folder.resolve("reviews.jsonl"), new String[] {"review_id", "handle",
            "reviewer_email", "stars", "posted_at", "title", "body"});
        social = new JsonlSink(folder.resolve("social.jsonl"), new String[] {"post_id", "handle", "posted_at",
            "text"});
        truth = new CsvSink(out.resolve(TruthWriter.FOLDER).resolve(TRUTH_FILE), new String[] {"documentKey",
            "personId", "sentiment", "topic", "promiseType", "promiseDueAt", "touchpointKey"});
        try {
            Files.createDirectories(folder.resolve("chats"));
            Files.createDirectories(folder.resolve("calls"));
            Files.createDirectories(folder.resolve("emails"));
            Files.createDirectories(folder.resolve("letters"));
            mbox = new BufferedWriter(Files.newBufferedWriter(folder.resolve("emails").resolve("archive.mbox"),
                StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the documents folder " + folder, e);
        }
    }

    /** The person as an author: the contact details a document can carry, none shared with another person. */
    private record Author(String personId, String name, String given, String email, String phone, String handle,
                          String account) {
    }

    /** One person's documents; {@code k} numbers them for their ids. */
    private final class PersonDocs {
        final Person person;
        final Author author;
        final SplittableRandom rng;
        final DocumentTexts texts;
        final long gapAt;
        final List<Touch> touches;
        int k;

        PersonDocs(Person person, Author author, List<Touch> touches, long gapAt) {
            this.person = person;
            this.author = author;
            this.touches = touches;
            this.gapAt = gapAt;
            this.rng = new SplittableRandom(Ids.streamSeed(seed, STREAM_DOCUMENTS, person.index()));
            this.texts = new DocumentTexts(rng);
        }

        boolean chance(int percent) {
            return rng.nextInt(100) < percent;
        }

        /** Negative, neutral or positive with the given percentages (positive takes the rest). */
        String pick3(int negative, int neutral) {
            int r = rng.nextInt(100);
            return r < negative ? NEGATIVE : r < negative + neutral ? NEUTRAL : POSITIVE;
        }

        boolean full() {
            return k >= MAX_PER_PERSON;
        }

        String nextId(String prefix) {
            return prefix + code(person.index() * 64 + k++, seed);
        }

        boolean afterGap(long at) {
            return gapAt != Touch.NONE && at >= gapAt;
        }
    }

    void write(Person p, Profiles.PersonProfiles profiles, Journeys.Journey journey) {
        PersonDocs d = new PersonDocs(p, author(p, profiles), journey.touches(), gapTime(p, journey));
        for (Touch t : journey.touches()) {
            if (d.full()) {
                break;
            }
            if (t.extract == Extract.HELPDESK_TICKETS && t.conversational()) {
                helpdesk(d, t);
            } else if (t.extract == Extract.BILLING_MESSAGES && (Company.EMAIL.equals(t.channel)
                || Company.PHONE.equals(t.channel))) {
                billing(d, t);
            } else if (t.extract == Extract.SHOP_ORDERS && Company.TYPE_ORDER.equals(t.type) && d.chance(12)) {
                review(d, t);
            }
        }
        if (d.gapAt != Touch.NONE && d.chance(45)) {
            long at = d.gapAt + (2 + d.rng.nextInt(30)) * TimeAxis.HOUR;
            socialPost(d, at, sentiment(d, true, false), gapTopic(d, p.gap()));
        } else if (d.chance(3)) {
            long at = axis.at(d.rng.nextInt(axis.days()), 8 * 60 + d.rng.nextInt(14 * 60));
            String sentiment = d.pick3(30, 30);
            socialPost(d, at, sentiment, POSITIVE.equals(sentiment) && d.chance(60) ? "praise" : anyTopic(d));
        }
    }

    // ---- the kinds of document

    private void helpdesk(PersonDocs d, Touch t) {
        boolean after = d.afterGap(t.at);
        if (t.inbound && d.chance(after ? 90 : 40)) {
            String sentiment = sentiment(d, after, !Company.RESOLVED.equals(t.outcome));
            String topic = after && d.chance(40) ? gapTopic(d, d.person.gap()) : topic(t.topic);
            switch (t.channel) {
                case Company.CHAT -> chat(d, t, sentiment, topic);
                case Company.PHONE -> call(d, t, sentiment, topic);
                case Company.EMAIL -> email(d, t, sentiment, topic, false);
                default -> { }
            }
        } else if (!t.inbound && Company.EMAIL.equals(t.channel) && "reply".equals(t.type) && d.chance(40)) {
            email(d, t, NEUTRAL, topic(t.topic), false);
        }
    }

    private void billing(PersonDocs d, Touch t) {
        boolean after = d.afterGap(t.at);
        if (t.inbound && d.chance(after ? 90 : 30)) {
            String sentiment = sentiment(d, after, false);
            String topic = after && d.chance(40) ? gapTopic(d, d.person.gap()) : topic(t.topic);
            if (Company.PHONE.equals(t.channel)) {
                call(d, t, sentiment, topic);
            } else {
                email(d, t, sentiment, topic, true);
            }
        } else if (!t.inbound && Company.EMAIL.equals(t.channel) && "reply".equals(t.type) && d.chance(40)) {
            email(d, t, NEUTRAL, topic(t.topic), true);
        }
    }

    private void chat(PersonDocs d, Touch t, String sentiment, String topic) {
        String id = d.nextId("CHT-");
        String agent = d.texts.agent();
        List<String[]> turns = new ArrayList<>();
        long at = t.at;
        turns.add(new String[] {"agent", TimeAxis.isoUtc(at), d.texts.agentOpening(agent)});
        turns.add(new String[] {"customer", TimeAxis.isoUtc(at += 40), d.texts.message(topic, sentiment, order(d, t))});
        turns.add(new String[] {"agent", TimeAxis.isoUtc(at += 60), d.texts.agentMiddle(topic)});
        String promise = null;
        if (t.hasPromise()) {
            promise = DocumentTexts.promise(t.promiseType, t.promiseDueAt - t.at);
            turns.add(new String[] {"agent", TimeAxis.isoUtc(at += 90), promise});
        }
        turns.add(new String[] {"agent", TimeAxis.isoUtc(at += 30), d.texts.agentClose()});
        turns.add(new String[] {"customer", TimeAxis.isoUtc(at + 20), d.texts.customerClose(sentiment)});
        Path file = folder.resolve("chats").resolve(id + ".json");
        try (JsonGenerator json = JSON.createGenerator(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("id", id);
            json.writeStringField("startedAt", TimeAxis.isoUtc(t.at));
            json.writeStringField("caseId", t.caseId);
            json.writeObjectFieldStart("customer");
            if (d.author.email() != null) {
                json.writeStringField("email", d.author.email());
            } else if (d.author.phone() != null) {
                json.writeStringField("phone", d.author.phone());
            }
            json.writeStringField("name", d.author.name());
            json.writeEndObject();
            json.writeArrayFieldStart("turns");
            for (String[] turn : turns) {
                json.writeStartObject();
                json.writeStringField("speaker", turn[0]);
                json.writeStringField("at", turn[1]);
                json.writeStringField("text", turn[2]);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        truth("support_chats:" + id, d.author.personId(), sentiment, topic, t, promise != null);
    }

    private void call(PersonDocs d, Touch t, String sentiment, String topic) {
        String id = d.nextId("CALL-");
        String agent = d.texts.agent();
        StringBuilder b = new StringBuilder();
        b.append("Caller: ").append(d.author.phone() == null ? "withheld" : d.author.phone()).append('\n');
        b.append("Started: ").append(TimeAxis.isoUtc(t.at)).append('\n');
        b.append("Queue: ").append(t.unit()).append("\n\n");
        b.append("Agent: ").append(d.texts.agentOpening(agent)).append('\n');
        b.append("Customer: ").append(d.texts.message(topic, sentiment, order(d, t))).append('\n');
        if (d.author.phone() == null && d.author.email() != null) {
            b.append("Agent: Can I take an email address to find your account?\n");
            b.append("Customer: It's ").append(d.author.email()).append('\n');
        }
        b.append("Agent: ").append(d.texts.agentMiddle(topic)).append('\n');
        boolean promised = t.hasPromise();
        if (promised) {
            b.append("Agent: ").append(DocumentTexts.promise(t.promiseType, t.promiseDueAt - t.at)).append('\n');
        }
        b.append("Customer: ").append(d.texts.customerClose(sentiment)).append('\n');
        String name = id + ".txt";
        Path file = folder.resolve("calls").resolve(name);
        try {
            Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
            // A text document's time is its file's modification time (sources: kind document, format text).
            Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(t.at)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        truth("support_calls:" + name, d.author.personId(), sentiment, topic, t, promised);
    }

    private void email(PersonDocs d, Touch t, String sentiment, String topic, boolean billing) {
        if (d.author.email() == null) {
            return;
        }
        String code = d.nextId("");
        String company = billing ? BILLING_ADDRESS : HELP_ADDRESS;
        String messageId = t.inbound ? code.toLowerCase(Locale.ROOT) + "@mail." + domain(d.author.email())
            : code.toLowerCase(Locale.ROOT) + "@" + OWN_DOMAIN;
        String from = t.inbound ? d.author.name() + " <" + d.author.email() + ">"
            : DocumentTexts.BRAND + (billing ? " Billing" : " Customer Services") + " <" + company + ">";
        String to = t.inbound ? company : d.author.name() + " <" + d.author.email() + ">";
        String subject = (t.caseId == null ? "" : "[" + t.caseId + "] ")
            + (t.inbound ? topic.replace('_', ' ') : "Re: your " + topic.replace('_', ' '));
        String body;
        if (t.inbound) {
            String message = d.texts.message(topic, sentiment, order(d, t));
            if (billing && d.author.account() != null && d.chance(50)) {
                message = message + " My account number is " + d.author.account() + ".";
            }
            body = d.texts.email(message, d.author.given());
        } else {
            body = d.texts.replyBody(topic, d.texts.agent());
        }
        ZonedDateTime date = Instant.ofEpochSecond(t.at).atZone(TimeAxis.LONDON);
        String message = "Message-ID: <" + messageId + ">\n"
            + "Date: " + RFC_1123.format(date) + "\n"
            + "From: " + from + "\n"
            + "To: " + to + "\n"
            + "Subject: " + subject + "\n"
            + "MIME-Version: 1.0\n"
            + "Content-Type: text/plain; charset=UTF-8\n"
            + "Content-Transfer-Encoding: 8bit\n"
            + "\n" + body;
        String source;
        try {
            if (billing) {
                String sender = t.inbound ? d.author.email() : company;
                mbox.write("From " + sender + " " + MBOX_DATE.format(date.withZoneSameInstant(java.time.ZoneOffset.UTC))
                    + "\n");
                mbox.write(message.replaceAll("(?m)^From ", ">From "));
                mbox.write("\n");
                source = "billing_mailbox";
            } else {
                Files.writeString(folder.resolve("emails").resolve(code + ".eml"), message, StandardCharsets.UTF_8);
                source = "support_emails";
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write an e-mail under " + folder, e);
        }
        truth(source + ":" + messageId, d.author.personId(), sentiment, topic, t, false);
    }

    private void review(PersonDocs d, Touch order) {
        boolean refunded = d.touches.stream().anyMatch(t -> Company.TYPE_REFUND.equals(t.type)
            && order.caseId.equals(t.caseId));
        long at = order.at + (2 + d.rng.nextInt(6)) * TimeAxis.DAY + d.rng.nextInt(12) * TimeAxis.HOUR;
        if (at >= axis.endEpoch()) {
            return;
        }
        boolean after = d.afterGap(at);
        String sentiment = after ? sentiment(d, true, false) : refunded ? d.pick3(45, 35) : d.pick3(20, 15);
        String topic = refunded ? "refund" : d.chance(60) ? "product_question" : d.chance(75) ? "delivery" : "order";
        String id = d.nextId("RV-");
        int stars = switch (sentiment) {
            case NEGATIVE -> 1 + d.rng.nextInt(2);
            case NEUTRAL -> 3;
            default -> 4 + d.rng.nextInt(2);
        };
        String email = d.chance(75) ? d.author.email() : null;
        String body = d.texts.message(topic, sentiment, d.chance(50) ? order.caseId : null);
        if (email == null && !body.contains(order.caseId) && d.chance(85)) {
            // A review site asks unverified reviewers for their order number.
            body = body + " (Order " + order.caseId + ")";
        }
        reviews.write(id, d.author.handle(), email, (long) stars,
            TimeAxis.isoUtc(at), d.texts.reviewTitle(sentiment), body);
        truth("product_reviews:" + id, d.author.personId(), sentiment, topic, null, false);
    }

    private void socialPost(PersonDocs d, long at, String sentiment, String topic) {
        if (at >= axis.endEpoch() || d.full()) {
            return;
        }
        String id = d.nextId("SP-");
        String order = latestOrder(d, at);
        String text = "@AcmeHome " + d.texts.message(topic, sentiment, order);
        if (order == null || !text.contains(order)) {
            if (d.author.account() != null && d.chance(70)) {
                text = text + " (account " + d.author.account() + ")";
            } else if (d.author.email() != null && d.chance(80)) {
                text = text + " DM me or email " + d.author.email();
            }
        }
        if (d.chance(30)) {
            text = text + (NEGATIVE.equals(sentiment) ? " #fail" : " #customerservice");
        }
        social.write(id, d.author.handle(), TimeAxis.isoUtc(at), text);
        truth("social_posts:" + id, d.author.personId(), sentiment, topic, null, false);
    }

    // ---- choices

    private String sentiment(PersonDocs d, boolean afterGap, boolean unsettled) {
        if (afterGap) {
            return d.pick3(80, 15);
        }
        return unsettled ? d.pick3(55, 35) : d.pick3(30, 45);
    }

    private static String topic(String touchTopic) {
        if (touchTopic == null) {
            return "complaint";
        }
        return DocumentTexts.knows(touchTopic) ? touchTopic : "product_question";
    }

    private static String anyTopic(PersonDocs d) {
        return d.texts.pick(new String[] {"delivery", "refund", "product_question", "order", "complaint",
            "account_access", "payment"});
    }

    /** What a person says after the gap they were given: the words for what went wrong. */
    private static String gapTopic(PersonDocs d, GapType gap) {
        return switch (gap) {
            case REPEAT_CONTACT_AFTER_HANDOFF, UNRESOLVED_CHANNEL_SWITCH, NO_OWNER, SILENCE -> "complaint";
            case CONSENT_CONFLICT, CONTACT_PRESSURE -> "marketing_preferences";
            case BRAND_INCONSISTENCY -> "invoice";
            case CONFLICTING_DATA -> "account_access";
            case BROKEN_PROMISE -> d.chance(50) ? "complaint" : d.chance(50) ? "refund" : "delivery";
        };
    }

    private String order(PersonDocs d, Touch t) {
        if (t.caseId != null && t.caseId.startsWith("ORD-")) {
            return t.caseId;
        }
        return latestOrder(d, t.at);
    }

    private static String latestOrder(PersonDocs d, long before) {
        String order = null;
        for (Touch t : d.touches) {
            if (t.at <= before && Company.TYPE_ORDER.equals(t.type) && t.caseId != null) {
                order = t.caseId;
            }
        }
        return order;
    }

    private long gapTime(Person p, Journeys.Journey journey) {
        if (p.gap() == null) {
            return Touch.NONE;
        }
        if (p.gap() == GapType.CONFLICTING_DATA) {
            return axis.at(axis.days() / 3, 9 * 60);
        }
        return journey.findings().stream().filter(f -> f.type() == p.gap()).mapToLong(GapRules.Finding::at).min()
            .orElse(Touch.NONE);
    }

    private static Author author(Person p, Profiles.PersonProfiles profiles) {
        String email = null;
        String phone = null;
        String account = null;
        for (ProfileRecord r : profiles.records()) {
            if (email == null && r.email != null && !r.placeholderEmail && !r.householdEmail
                && CompanyWriter.identity("email", r.email) != null) {
                email = r.email.trim().toLowerCase(Locale.ROOT);
            }
            if (phone == null && r.phone != null && !r.placeholderPhone
                && CompanyWriter.identity("phone", r.phone) != null) {
                phone = Profiles.e164(r.phone);
            }
            if (account == null && r.ordinal == 0 && (r.system == CompanySystem.SHOP || r.system == CompanySystem.BILLING)) {
                account = r.recordId;
            }
        }
        String given = p.given().name();
        String handle = "@" + given.toLowerCase(Locale.ROOT) + "_" + p.family().toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z]", "") + Math.floorMod(p.index() * 7919 + 13, 997);
        return new Author(p.id(), given + " " + p.family(), given, email, phone, handle, account);
    }

    private static String domain(String email) {
        return email.substring(email.indexOf('@') + 1);
    }

    private static String code(long x, long seed) {
        return Ids.base36(Ids.scramble40(x, seed ^ 0xD0C5L), 8).toUpperCase(Locale.ROOT);
    }

    /** {@code t}: the touch the document transcribes (its Touchpoint key is the truth of attachment), or null. */
    private void truth(String key, String personId, String sentiment, String topic, Touch t, boolean promised) {
        truth.write(key, personId, sentiment, topic, promised ? t.promiseType : null,
            promised ? TimeAxis.isoUtc(t.promiseDueAt) : null, t == null ? null : t.extract.sourceName() + ":" + t.id);
        documents++;
    }

    long documents() {
        return documents;
    }

    // ---- documents by nobody, and files that cannot be read

    private void nobody() {
        long count = Math.max(3, customers / 250);
        for (long i = 0; i < count; i++) {
            long index = customers + i;
            SplittableRandom rng = new SplittableRandom(Ids.streamSeed(seed, STREAM_DOCUMENTS + 1, i));
            DocumentTexts texts = new DocumentTexts(rng);
            String handle = "@" + texts.pick(new String[] {"anon", "just_a_shopper", "nightowl", "bargainhunter",
                "throwaway"}) + rng.nextInt(10_000);
            String sentiment = texts.pick(new String[] {NEGATIVE, NEGATIVE, NEUTRAL, POSITIVE});
            String topic = texts.pick(new String[] {"delivery", "product_question", "complaint", "refund", "praise"});
            if ("praise".equals(topic)) {
                sentiment = POSITIVE;
            }
            long at = axis.at(rng.nextInt(axis.days()), 8 * 60 + rng.nextInt(14 * 60));
            String id = code(index * 64, seed);
            String text = texts.message(topic, sentiment, null);
            if (i % 2 == 0) {
                social.write("SP-" + id, handle, TimeAxis.isoUtc(at), "@AcmeHome " + text);
                truth.write("social_posts:SP-" + id, null, sentiment, topic, null, null, null);
            } else {
                int stars = NEGATIVE.equals(sentiment) ? 1 : NEUTRAL.equals(sentiment) ? 3 : 5;
                reviews.write("RV-" + id, handle, null, (long) stars, TimeAxis.isoUtc(at), texts.reviewTitle(sentiment),
                    text);
                truth.write("product_reviews:RV-" + id, null, sentiment, topic, null, null, null);
            }
            documents++;
        }
    }

    /**
     * A letter with no way to tell who wrote it (parsed, kept unlinked), and files ingest must quarantine: a chat
     * transcript that is not JSON, a PDF that is not a PDF, and a scan over the letters source's size limit.
     */
    private void broken() throws IOException {
        Path letters = folder.resolve("letters");
        Files.writeString(letters.resolve("letter-0001.html"), "<html><body><p>Dear Sir or Madam,</p>"
            + "<p>I am writing to complain about the state of the Leeds store last Saturday. Nobody was on the tills for "
            + "twenty minutes and the manager did not seem to care.</p><p>A disappointed customer</p></body></html>\n",
            StandardCharsets.UTF_8);
        truth.write("customer_letters:letter-0001.html", null, NEGATIVE, "complaint", null, null, null);
        documents++;
        Files.write(letters.resolve("scan-0002.pdf"), ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\n"
            + "this is not the rest of a PDF file\n").getBytes(StandardCharsets.US_ASCII));
        StringBuilder big = new StringBuilder();
        while (big.length() <= LETTER_MAX_BYTES + 1000) {
            big.append("Scanned page of a long letter, repeated well past the size limit of the letters source.\n");
        }
        Files.writeString(letters.resolve("scan-0003.txt"), big, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("chats").resolve("CHT-BROKEN01.json"),
            "{\"id\": \"CHT-BROKEN01\", \"startedAt\": \"2026-01-10T10:00:00Z\", \"turns\": [{\"speaker\": \"cust",
            StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            nobody();
            broken();
            mbox.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the documents in " + folder, e);
        }
        reviews.close();
        social.close();
        truth.close();
    }
}
