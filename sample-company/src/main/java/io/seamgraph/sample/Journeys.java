package io.seamgraph.sample;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plans each person's journey: ordinary life, then the injected gap, then a check with {@link GapRules}. A journey that
 * shows a gap it should not (or misses the one injected) is planned again from the next random stream, up to a limit;
 * the truth files always label what the rules find in the journey finally written.
 */
final class Journeys {

    static final long STREAM_JOURNEY = 100;
    static final int ATTEMPTS = 12;

    /** Ids above this ordinal are left for the generator's dirty rows. */
    static final int MAX_TOUCHES_PER_EXTRACT = 1000;

    private static final Map<Extract, String> PREFIX = new EnumMap<>(Map.of(
        Extract.CRM_ACTIVITIES, "ACT-", Extract.ESP_SENDS, "snd_", Extract.SHOP_ORDERS, "OE-",
        Extract.SHOP_WEB_EVENTS, "ev_", Extract.HELPDESK_TICKETS, "MSG-", Extract.BILLING_MESSAGES, "BM-",
        Extract.POS_VISITS, "VIS-"));

    /** A planned journey, sorted by time, with interaction ids assigned. */
    record Journey(List<Touch> touches, Consents consents, List<GapRules.Finding> findings, int attempts,
                   boolean asPlanned) {
    }

    private final long seed;
    private final TimeAxis axis;

    Journeys(long seed, TimeAxis axis) {
        this.seed = seed;
        this.axis = axis;
    }

    Journey plan(Person person, Profiles.PersonProfiles profiles) {
        Set<GapType> wanted = person.gap() == null ? Set.of() : Set.of(person.gap());
        Journey last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            SplittableRandom rng = new SplittableRandom(Ids.streamSeed(seed, STREAM_JOURNEY + attempt, person.index()));
            JourneyBuilder j = new JourneyBuilder(person, profiles, axis, rng, seed);
            Background.consents(j);
            Injections.prepareConsents(j);
            Background.activities(j);
            Background.followUpPurchases(j);
            Injections.inject(j);
            if (person.gap() != GapType.SILENCE && person.gap() != GapType.NO_OWNER) {
                Background.followUpPurchases(j);
            }
            long start = axis.startEpoch();
            long end = axis.endEpoch();
            j.dropGroups(t -> t.at < start || t.at >= end, Set.of());
            List<Touch> sorted = j.sorted();
            List<GapRules.Finding> findings = new java.util.ArrayList<>(GapRules.find(sorted, j.consents.facts(person), end));
            // an injected label stands only if the journey still holds all its evidence
            j.injected.stream().filter(f -> sorted.containsAll(f.evidence())).forEach(findings::add);
            boolean asPlanned = GapRules.types(findings).equals(wanted);
            last = new Journey(sorted, j.consents, findings, attempt + 1, asPlanned);
            if (asPlanned) {
                break;
            }
        }
        assignIds(person, last.touches());
        return last;
    }

    private void assignIds(Person person, List<Touch> touches) {
        Map<Extract, Integer> counters = new EnumMap<>(Extract.class);
        for (Touch t : touches) {
            int k = counters.merge(t.extract, 1, Integer::sum) - 1;
            if (k >= MAX_TOUCHES_PER_EXTRACT) {
                throw new IllegalStateException(person.id() + " has more than " + MAX_TOUCHES_PER_EXTRACT
                    + " touches in " + t.extract.sourceName());
            }
            t.id = interactionId(t.extract, person.index(), k, seed);
        }
    }

    /** The id of the {@code k}-th touch of a person in an extract (k from 1000 up is used for dirty rows). */
    static String interactionId(Extract extract, long personIndex, int k, long seed) {
        long x = personIndex * 1024 + k;
        return PREFIX.get(extract) + Ids.base36(Ids.scramble40(x, seed ^ (extract.ordinal() * 0x9E37L)), 8);
    }
}
