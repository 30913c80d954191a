package io.seamgraph.analytics.gaps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every parameter of the journey enrichment and the nine detectors, with the defaults {@code docs/silo-gaps.md}
 * documents. A YAML file (see {@code examples/silo-gaps.yaml}) may set any subset; what it leaves out keeps its default.
 *
 * @param asOf the instant (ISO-8601, e.g. {@code 2026-03-30T00:00:00Z}) the run judges from: nothing after it is
 *             known, so a gap that needs time to show (silence, no owner, a promise due) is judged only when that time
 *             ends before it. Null: the latest touchpoint in the graph.
 */
public record GapConfig(String asOf, Vocabulary vocabulary, Enrichment enrichment,
                        RepeatContact repeatContactAfterHandoff, ChannelSwitch unresolvedChannelSwitch,
                        ConsentConflict consentConflict, ContactPressure contactPressure, Silence silence,
                        Brand brandInconsistency, ConflictingData conflictingData, NoOwner noOwner,
                        BrokenPromise brokenPromise) implements Serializable {

    static final long HOUR = 3_600_000L;
    static final long DAY = 24 * HOUR;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    private static final ObjectMapper JSON = new ObjectMapper();

    public GapConfig {
        if (asOf != null) {
            try {
                Instant.parse(asOf);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("silo-gap config: asOf must be an ISO-8601 instant such as "
                    + "2026-03-30T00:00:00Z, found '" + asOf + "'", e);
            }
        }
        vocabulary = vocabulary == null ? new Vocabulary(null, null, null, null) : vocabulary;
        enrichment = enrichment == null ? new Enrichment(null, null, null, null, null) : enrichment;
        repeatContactAfterHandoff = repeatContactAfterHandoff == null ? new RepeatContact(null, null) : repeatContactAfterHandoff;
        unresolvedChannelSwitch = unresolvedChannelSwitch == null ? new ChannelSwitch(null) : unresolvedChannelSwitch;
        consentConflict = consentConflict == null ? new ConsentConflict(null) : consentConflict;
        contactPressure = contactPressure == null ? new ContactPressure(null, null, null) : contactPressure;
        silence = silence == null ? new Silence(null) : silence;
        brandInconsistency = brandInconsistency == null ? new Brand(null) : brandInconsistency;
        conflictingData = conflictingData == null ? new ConflictingData(null, null) : conflictingData;
        noOwner = noOwner == null ? new NoOwner(null, null, null, null) : noOwner;
        brokenPromise = brokenPromise == null ? new BrokenPromise(null) : brokenPromise;
    }

    public static GapConfig defaults() {
        return new GapConfig(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The judging instant in epoch milliseconds, or null when it is to be the latest touchpoint. */
    public Long asOfMillis() {
        return asOf == null ? null : Instant.parse(asOf).toEpochMilli();
    }

    public GapConfig withAsOf(String instant) {
        return new GapConfig(instant, vocabulary, enrichment, repeatContactAfterHandoff, unresolvedChannelSwitch,
            consentConflict, contactPressure, silence, brandInconsistency, conflictingData, noOwner, brokenPromise);
    }

    /** Reads a YAML file; an unknown key or a bad value is an error naming the file and the key. */
    public static GapConfig load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("silo-gap config " + file + ": file not found");
        }
        try {
            GapConfig config = YAML.readValue(file.toFile(), GapConfig.class);
            return config == null ? defaults() : config;
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("silo-gap config " + file + ": unknown key '" + e.getPropertyName()
                + "' at " + e.getPathReference() + " (known keys: " + e.getKnownPropertyIds() + ")", e);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("silo-gap config " + file + ": " + e.getOriginalMessage() + " at "
                + e.getLocation(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("silo-gap config " + file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The parameters one detector used, as JSON (kept on each SiloGap as {@code params}). */
    public String paramsJson(GapType type) {
        Object params = switch (type) {
            case REPEAT_CONTACT_AFTER_HANDOFF -> List.of(repeatContactAfterHandoff, vocabulary);
            case UNRESOLVED_CHANNEL_SWITCH -> List.of(unresolvedChannelSwitch, vocabulary);
            case CONSENT_CONFLICT -> consentConflict;
            case CONTACT_PRESSURE -> contactPressure;
            case SILENCE -> List.of(silence, vocabulary);
            case BRAND_INCONSISTENCY -> brandInconsistency;
            case CONFLICTING_DATA -> conflictingData;
            case NO_OWNER -> List.of(noOwner, vocabulary);
            case BROKEN_PROMISE -> brokenPromise;
        };
        try {
            return JSON.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the parameters of " + type.key(), e);
        }
    }

    static long positive(Double value, double fallback, String name) {
        double v = value == null ? fallback : value;
        if (!(v > 0)) {
            throw new IllegalArgumentException("silo-gap config: " + name + " must be positive, found " + v);
        }
        return Math.round(v);
    }

    static int atLeast(Integer value, int fallback, int min, String name) {
        int v = value == null ? fallback : value;
        if (v < min) {
            throw new IllegalArgumentException("silo-gap config: " + name + " must be at least " + min + ", found " + v);
        }
        return v;
    }

    /**
     * The canonical values the detectors give meaning to. Sources map their own codes to these in the sources YAML.
     *
     * @param conversationalChannels channels where the company and the customer talk (web, app, store are activity)
     * @param transferredOutcomes    outcomes saying the contact was passed to someone else
     * @param unresolvedOutcomes     outcomes saying the matter is still open
     * @param purchaseTypes          touchpoint types that are a purchase (inbound)
     */
    public record Vocabulary(List<String> conversationalChannels, List<String> transferredOutcomes,
                             List<String> unresolvedOutcomes, List<String> purchaseTypes) implements Serializable {
        public Vocabulary {
            // Not List.copyOf: its contains(null) throws, and a touchpoint's outcome or type is often absent.
            conversationalChannels = values(conversationalChannels, List.of("email", "sms", "phone", "chat", "social"));
            transferredOutcomes = values(transferredOutcomes, List.of("transferred"));
            unresolvedOutcomes = values(unresolvedOutcomes, List.of("unresolved"));
            purchaseTypes = values(purchaseTypes, List.of("order", "purchase"));
        }

        private static List<String> values(List<String> given, List<String> fallback) {
            return java.util.Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNullElse(given, fallback)));
        }
    }

    /**
     * How the journey is enriched before detection.
     *
     * @param episodeWindowDays a touchpoint joins an episode when it shares its case, topic or campaign and comes
     *                          within this many days of the episode's latest touchpoint
     * @param sessionGapMinutes otherwise it joins the episode of the customer's latest touchpoint on the same channel
     *                          when that came at most this many minutes before (a session: web and app events carry no
     *                          case or topic); a touchpoint with no case, topic or campaign at all also joins the
     *                          episode of the customer's latest touchpoint on any channel within this gap
     * @param stageByType       stage of a touchpoint without one, by its type (tried first)
     * @param stageByTopic      ... by its topic (tried second)
     * @param stageByChannel    ... by its channel (tried last); no match leaves the stage unknown
     */
    public record Enrichment(Double episodeWindowDays, Double sessionGapMinutes, Map<String, String> stageByType,
                             Map<String, String> stageByTopic, Map<String, String> stageByChannel) implements Serializable {
        public Enrichment {
            episodeWindowDays = (double) positive(episodeWindowDays, 7, "enrichment.episodeWindowDays");
            sessionGapMinutes = (double) positive(sessionGapMinutes, 30, "enrichment.sessionGapMinutes");
            stageByType = stages(stageByType, Map.ofEntries(
                Map.entry("product_view", "shop"), Map.entry("page_view", "shop"), Map.entry("search", "shop"),
                Map.entry("visit", "shop"), Map.entry("newsletter", "shop"), Map.entry("promo", "shop"),
                Map.entry("offer", "shop"), Map.entry("sales_call", "shop"), Map.entry("meeting", "shop"),
                Map.entry("cart", "buy"), Map.entry("checkout", "buy"), Map.entry("order", "buy"),
                Map.entry("purchase", "buy"), Map.entry("payment", "buy"), Map.entry("invoice", "buy"),
                Map.entry("delivery", "buy"), Map.entry("contact", "service"), Map.entry("complaint", "service"),
                Map.entry("callback", "service"), Map.entry("refund", "service"), Map.entry("return", "service"),
                Map.entry("reply", "service"), Map.entry("survey", "service"), Map.entry("payment_reminder", "service"),
                Map.entry("billing_call", "service"), Map.entry("query", "service")), "stageByType");
            stageByTopic = stages(stageByTopic, Map.of("product_question", "shop", "offer", "shop", "order", "buy",
                "invoice", "buy", "payment", "buy", "delivery", "service", "refund", "service", "billing_query", "service",
                "account_access", "service"), "stageByTopic");
            stageByChannel = stages(stageByChannel, Map.of("web", "shop", "app", "shop", "store", "shop",
                "chat", "service"), "stageByChannel");
        }

        private static Map<String, String> stages(Map<String, String> given, Map<String, String> fallback, String name) {
            Map<String, String> map = Map.copyOf(Objects.requireNonNullElse(given, fallback));
            map.forEach((k, stage) -> {
                if (!List.of("shop", "buy", "service").contains(stage)) {
                    throw new IllegalArgumentException("silo-gap config: enrichment." + name + "." + k
                        + " must be shop, buy or service, found '" + stage + "'");
                }
            });
            return map;
        }

        public long episodeWindowMillis() {
            return Math.round(episodeWindowDays * DAY);
        }

        public long sessionGapMillis() {
            return Math.round(sessionGapMinutes * 60_000L);
        }
    }

    /**
     * @param handoffWindowHours the next contact on the topic, by another unit, within this many hours is the hand-off
     * @param repeatWindowDays   the customer coming back on the topic within this many days of it is the gap
     */
    public record RepeatContact(Double handoffWindowHours, Double repeatWindowDays) implements Serializable {
        public RepeatContact {
            handoffWindowHours = (double) positive(handoffWindowHours, 24, "repeatContactAfterHandoff.handoffWindowHours");
            repeatWindowDays = (double) positive(repeatWindowDays, 7, "repeatContactAfterHandoff.repeatWindowDays");
        }
    }

    /** @param switchWindowHours another channel within this many hours of an unresolved contact is the gap */
    public record ChannelSwitch(Double switchWindowHours) implements Serializable {
        public ChannelSwitch {
            switchWindowHours = (double) positive(switchWindowHours, 24, "unresolvedChannelSwitch.switchWindowHours");
        }
    }

    /** @param severityPerExtraContact severity added per contact after the first (base 0.6) */
    public record ConsentConflict(Double severityPerExtraContact) implements Serializable {
        public ConsentConflict {
            severityPerExtraContact = severityPerExtraContact == null ? 0.1 : severityPerExtraContact;
        }
    }

    /**
     * @param windowHours  the window outbound messages are counted in
     * @param maxMessages  more outbound messages than this in the window is pressure
     * @param minUnits     ... when they come from at least this many units
     */
    public record ContactPressure(Double windowHours, Integer maxMessages, Integer minUnits) implements Serializable {
        public ContactPressure {
            windowHours = (double) positive(windowHours, 24, "contactPressure.windowHours");
            maxMessages = atLeast(maxMessages, 4, 1, "contactPressure.maxMessages");
            minUnits = atLeast(minUnits, 2, 1, "contactPressure.minUnits");
        }
    }

    /** @param silenceDays no touchpoint at all for this many days after a purchase or an unresolved contact */
    public record Silence(Double silenceDays) implements Serializable {
        public Silence {
            silenceDays = (double) positive(silenceDays, 21, "silence.silenceDays");
        }
    }

    /** @param minUnits templated outbound messages from at least this many units before brands are compared */
    public record Brand(Integer minUnits) implements Serializable {
        public Brand {
            minUnits = atLeast(minUnits, 2, 2, "brandInconsistency.minUnits");
        }
    }

    /**
     * @param nameTypoDistance  family names this many edits apart (or fewer) are the same name mistyped
     * @param sameGivenInitial  compare only records whose given names start alike: records that differ in given name
     *                          and date of birth more likely are two people (an identity question, not a data one)
     */
    public record ConflictingData(Integer nameTypoDistance, Boolean sameGivenInitial) implements Serializable {
        public ConflictingData {
            nameTypoDistance = atLeast(nameTypoDistance, 2, 0, "conflictingData.nameTypoDistance");
            sameGivenInitial = sameGivenInitial == null || sameGivenInitial;
        }
    }

    /**
     * @param answerHours an inbound contact nobody answered within this many hours has no owner
     * @param minUnits    ... for a customer active with at least this many units
     * @param ownerShare  a unit that received at least this share of the customer's inbound conversations owns the
     *                    relationship
     * @param minContacts the customer's inbound conversations needed before ownership is judged
     */
    public record NoOwner(Double answerHours, Integer minUnits, Double ownerShare, Integer minContacts)
            implements Serializable {
        public NoOwner {
            answerHours = (double) positive(answerHours, 48, "noOwner.answerHours");
            minUnits = atLeast(minUnits, 2, 1, "noOwner.minUnits");
            ownerShare = ownerShare == null ? 0.5 : ownerShare;
            if (!(ownerShare > 0 && ownerShare <= 1)) {
                throw new IllegalArgumentException("silo-gap config: noOwner.ownerShare must be in (0, 1], found "
                    + ownerShare);
            }
            minContacts = atLeast(minContacts, 3, 2, "noOwner.minContacts");
        }
    }

    /**
     * What keeps a promise of each {@code promiseType}: a touchpoint after it with the given type, direction and/or
     * channel (each optional), on the same case when {@code sameCase}. A promise type not listed is kept by any
     * outbound touchpoint on the same case.
     */
    public record BrokenPromise(Map<String, Fulfilment> fulfilment) implements Serializable {
        public BrokenPromise {
            fulfilment = Map.copyOf(Objects.requireNonNullElse(fulfilment, Map.of(
                "delivery", new Fulfilment("delivery", null, null, true),
                "refund", new Fulfilment("refund", null, null, false),
                "callback", new Fulfilment(null, "outbound", "phone", false))));
        }

        public Fulfilment fulfilmentOf(String promiseType) {
            return fulfilment.getOrDefault(promiseType, new Fulfilment(null, "outbound", null, true));
        }
    }

    public record Fulfilment(String type, String direction, String channel, Boolean sameCase) implements Serializable {
        public Fulfilment {
            sameCase = sameCase != null && sameCase;
            List<String> none = new ArrayList<>();
            if (type == null && direction == null && channel == null && !sameCase) {
                none.add("a fulfilment needs at least one of type, direction, channel, sameCase");
            }
            if (!none.isEmpty()) {
                throw new IllegalArgumentException("silo-gap config: brokenPromise.fulfilment: " + none.get(0));
            }
        }
    }
}
