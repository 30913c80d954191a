package io.seamgraph.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reference semantics of the interaction silo gaps, applied to one person's journey. The generator keeps a
 * journey only when these rules find exactly the gap it meant to inject, and writes what they find to
 * {@code truth/silo_gaps.csv}; {@code docs/sample-company.md} states the same rules in prose.
 *
 * <p>"Conversational" means the e-mail, SMS, phone, chat and social channels; web, app and store touches are
 * activity, not conversation. The horizon is the end of the journey window: nothing can be judged after it.
 */
final class GapRules {

    static final long HANDOFF_WINDOW = 24 * TimeAxis.HOUR;
    static final long REPEAT_WINDOW = 7 * TimeAxis.DAY;
    static final long SWITCH_WINDOW = 24 * TimeAxis.HOUR;
    static final long PRESSURE_WINDOW = 24 * TimeAxis.HOUR;
    static final int PRESSURE_LIMIT = 4;
    static final long SILENCE = 21 * TimeAxis.DAY;
    static final long ANSWER_TIME = 48 * TimeAxis.HOUR;

    /** A consent flag as one system records it. */
    record Consent(String system, String unit, String purpose, boolean granted, long at) {
    }

    /** One gap instance: the touches that show it, the units involved and when it became visible. */
    record Finding(GapType type, List<Touch> evidence, Set<String> units, long at) {
    }

    private GapRules() {
    }

    /** All gap instances in a journey; {@code touches} must be sorted by time. */
    static List<Finding> find(List<Touch> touches, List<Consent> consents, long horizon) {
        List<Finding> found = new ArrayList<>();
        repeatContactAfterHandoff(touches, found);
        unresolvedChannelSwitch(touches, found);
        consentConflict(touches, consents, found);
        contactPressure(touches, found);
        silence(touches, horizon, found);
        brandInconsistency(touches, found);
        noOwner(touches, horizon, found);
        brokenPromise(touches, horizon, found);
        return found;
    }

    /**
     * A conversational touch marked {@code transferred}; the next conversational touch on the same topic is by another
     * unit within 24 hours; and the person comes back (inbound, same topic) within 7 days after that.
     */
    static void repeatContactAfterHandoff(List<Touch> touches, List<Finding> found) {
        for (int i = 0; i < touches.size(); i++) {
            Touch a = touches.get(i);
            if (!a.conversational() || !Company.TRANSFERRED.equals(a.outcome) || a.topic == null) {
                continue;
            }
            Touch b = null;
            int j = i + 1;
            for (; j < touches.size(); j++) {
                Touch t = touches.get(j);
                if (t.conversational() && a.topic.equals(t.topic)) {
                    b = t;
                    break;
                }
            }
            if (b == null || b.unit().equals(a.unit()) || b.at - a.at > HANDOFF_WINDOW) {
                continue;
            }
            for (int k = j + 1; k < touches.size(); k++) {
                Touch c = touches.get(k);
                if (c.at - b.at > REPEAT_WINDOW) {
                    break;
                }
                if (c.inbound && c.conversational() && a.topic.equals(c.topic) && c.at > b.at) {
                    found.add(finding(GapType.REPEAT_CONTACT_AFTER_HANDOFF, List.of(a, b, c), c.at));
                    break;
                }
            }
        }
    }

    /** An inbound conversational touch left {@code unresolved}, then within 24 hours inbound on another channel, same topic. */
    static void unresolvedChannelSwitch(List<Touch> touches, List<Finding> found) {
        for (int i = 0; i < touches.size(); i++) {
            Touch a = touches.get(i);
            if (!a.inbound || !a.conversational() || !Company.UNRESOLVED.equals(a.outcome) || a.topic == null) {
                continue;
            }
            for (int j = i + 1; j < touches.size(); j++) {
                Touch b = touches.get(j);
                if (b.at - a.at > SWITCH_WINDOW) {
                    break;
                }
                if (b.inbound && b.conversational() && a.topic.equals(b.topic) && !a.channel.equals(b.channel)
                    && b.at > a.at) {
                    found.add(finding(GapType.UNRESOLVED_CHANNEL_SWITCH, List.of(a, b), b.at));
                    break;
                }
            }
        }
    }

    /**
     * A purpose withdrawn in one system (flag false with a timestamp, not granted again later anywhere), and an outbound
     * touch for that purpose after it by a unit other than the one that recorded the withdrawal.
     */
    static void consentConflict(List<Touch> touches, List<Consent> consents, List<Finding> found) {
        for (Consent withdrawal : consents) {
            if (withdrawal.granted() || withdrawal.at() == Touch.NONE) {
                continue;
            }
            boolean grantedAgain = consents.stream().anyMatch(c -> c.granted() && c.purpose().equals(withdrawal.purpose())
                && c.at() != Touch.NONE && c.at() > withdrawal.at());
            if (grantedAgain) {
                continue;
            }
            List<Touch> violations = touches.stream()
                .filter(t -> t.outbound() && withdrawal.purpose().equals(t.purpose) && t.at > withdrawal.at()
                    && !t.unit().equals(withdrawal.unit()))
                .toList();
            if (!violations.isEmpty()) {
                Set<String> units = new TreeSet<>();
                units.add(withdrawal.unit());
                violations.forEach(t -> units.add(t.unit()));
                found.add(new Finding(GapType.CONSENT_CONFLICT, violations, units, violations.get(0).at));
            }
        }
    }

    /** More than four outbound touches from more than one unit within 24 hours (one finding per burst). */
    static void contactPressure(List<Touch> touches, List<Finding> found) {
        List<Touch> outbound = touches.stream().filter(Touch::outbound).toList();
        int i = 0;
        while (i < outbound.size()) {
            int j = i;
            while (j + 1 < outbound.size() && outbound.get(j + 1).at - outbound.get(i).at < PRESSURE_WINDOW) {
                j++;
            }
            List<Touch> burst = outbound.subList(i, j + 1);
            long units = burst.stream().map(Touch::unit).distinct().count();
            if (burst.size() > PRESSURE_LIMIT && units > 1) {
                found.add(finding(GapType.CONTACT_PRESSURE, List.copyOf(burst), burst.get(0).at));
                i = j + 1;
            } else {
                i++;
            }
        }
    }

    /**
     * Nothing for three weeks after a purchase (an order or a store purchase; the order's own delivery and refund rows do
     * not count), or nothing at all for three weeks after a conversational touch left {@code unresolved}. Only
     * judged when the three weeks end inside the window.
     */
    static void silence(List<Touch> touches, long horizon, List<Finding> found) {
        for (int i = 0; i < touches.size(); i++) {
            Touch p = touches.get(i);
            boolean purchase = p.inbound && (Company.TYPE_ORDER.equals(p.type) || Company.TYPE_PURCHASE.equals(p.type));
            boolean openCase = p.conversational() && Company.UNRESOLVED.equals(p.outcome);
            if ((!purchase && !openCase) || p.at + SILENCE > horizon) {
                continue;
            }
            boolean heard = false;
            for (int j = i + 1; j < touches.size(); j++) {
                Touch t = touches.get(j);
                if (t.at > p.at + SILENCE) {
                    break;
                }
                if (t.at <= p.at) {
                    continue;
                }
                if (purchase && p.caseId != null && p.caseId.equals(t.caseId)) {
                    continue;
                }
                heard = true;
                break;
            }
            if (!heard) {
                found.add(finding(GapType.SILENCE, List.of(p), p.at));
            }
        }
    }

    /**
     * Templated outbound messages from at least two units, not all carrying the same brand marker: the evidence is
     * every message off the most common marker (a missing marker counts as a marker of its own) and one on it.
     */
    static void brandInconsistency(List<Touch> touches, List<Finding> found) {
        List<Touch> templated = touches.stream().filter(t -> t.outbound() && t.template != null).toList();
        if (templated.stream().map(Touch::unit).distinct().count() < 2) {
            return;
        }
        Map<String, Integer> counts = new HashMap<>();
        templated.forEach(t -> counts.merge(Objects.toString(t.brand, ""), 1, Integer::sum));
        if (counts.size() < 2) {
            return;
        }
        String common = counts.entrySet().stream()
            .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
            .orElseThrow().getKey();
        List<Touch> off = templated.stream().filter(t -> !Objects.toString(t.brand, "").equals(common)).toList();
        Set<String> offUnits = new TreeSet<>();
        off.forEach(t -> offUnits.add(t.unit()));
        Touch on = templated.stream().filter(t -> Objects.toString(t.brand, "").equals(common)
            && (offUnits.size() > 1 || !offUnits.contains(t.unit()))).findFirst().orElse(null);
        if (on == null) {
            return;
        }
        List<Touch> evidence = new ArrayList<>(off);
        evidence.add(on);
        found.add(finding(GapType.BRAND_INCONSISTENCY, evidence, off.get(0).at));
    }

    /**
     * A person active with at least two units whose last inbound conversational touch has no outcome (nobody handled
     * it) and no outbound touch from any unit after it, judged 48 hours after it.
     */
    static void noOwner(List<Touch> touches, long horizon, List<Finding> found) {
        Touch last = null;
        for (Touch t : touches) {
            if (t.inbound && t.conversational()) {
                last = t;
            }
        }
        if (last == null || (last.outcome != null && !last.outcome.isBlank()) || last.at + ANSWER_TIME > horizon) {
            return;
        }
        long units = touches.stream().map(Touch::unit).distinct().count();
        Touch l = last;
        boolean answered = touches.stream().anyMatch(t -> t.outbound() && t.at > l.at);
        if (units >= 2 && !answered) {
            Set<String> all = new TreeSet<>();
            touches.forEach(t -> all.add(t.unit()));
            found.add(new Finding(GapType.NO_OWNER, List.of(last), all, last.at));
        }
    }

    /**
     * A promise (type and due time) whose due time passed inside the window with no matching touch after it and by then:
     * a delivery row of the same order, a refund row, or an outbound phone call for a callback. Evidence: the promise
     * and the late fulfilment, if any.
     */
    static void brokenPromise(List<Touch> touches, long horizon, List<Finding> found) {
        for (Touch p : touches) {
            if (!p.hasPromise() || p.promiseDueAt > horizon) {
                continue;
            }
            Touch kept = null;
            Touch late = null;
            for (Touch f : touches) {
                if (f.at <= p.at || !fulfils(p, f)) {
                    continue;
                }
                if (f.at <= p.promiseDueAt) {
                    kept = f;
                    break;
                }
                if (late == null) {
                    late = f;
                }
            }
            if (kept == null) {
                List<Touch> evidence = late == null ? List.of(p) : List.of(p, late);
                found.add(finding(GapType.BROKEN_PROMISE, evidence, p.promiseDueAt));
            }
        }
    }

    static boolean fulfils(Touch promise, Touch f) {
        return switch (promise.promiseType) {
            case Company.PROMISE_DELIVERY -> Company.TYPE_DELIVERY.equals(f.type) && Objects.equals(promise.caseId, f.caseId);
            case Company.PROMISE_REFUND -> Company.TYPE_REFUND.equals(f.type);
            case Company.PROMISE_CALLBACK -> f.outbound() && Company.PHONE.equals(f.channel);
            default -> false;
        };
    }

    private static Finding finding(GapType type, List<Touch> evidence, long at) {
        Set<String> units = new TreeSet<>();
        evidence.forEach(t -> units.add(t.unit()));
        return new Finding(type, evidence, units, at);
    }

    /** The distinct gap types among findings, in declaration order. */
    static Set<GapType> types(List<Finding> findings) {
        Set<GapType> types = new LinkedHashSet<>();
        findings.forEach(f -> types.add(f.type()));
        return types;
    }
}
