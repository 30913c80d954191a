package io.seamgraph.api.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.seamgraph.api.security.Masking;

/**
 * Turns stored evidence into the answer: masks identity values when the caller may not see them (before any sentence
 * is written, so no sentence can leak one), orders each record's links strongest first and each waterfall by
 * absolute weight, and words it.
 */
final class EvidenceAssembler {

    private EvidenceAssembler() {
    }

    static CustomerEvidence assemble(EvidenceData data, boolean mask) {
        List<CustomerEvidence.RecordEvidence> records = new ArrayList<>();
        boolean alone = data.members().size() == 1;
        for (EvidenceData.Member member : data.members()) {
            List<CustomerEvidence.LinkEvidence> links = data.links().stream()
                .filter(l -> l.leftKey().equals(member.key()) || l.rightKey().equals(member.key()))
                .map(l -> link(l, l.leftKey().equals(member.key()) ? l.rightKey() : l.leftKey(), mask))
                .sorted(STRONGEST_FIRST)
                .toList();
            List<CorrectionView> corrections = data.corrections().stream()
                .filter(c -> c.records().contains(member.key())).toList();
            List<String> via = mask ? member.via().stream().map(Masking::identityKey).toList() : member.via();
            records.add(new CustomerEvidence.RecordEvidence(member.key(), member.system(), member.businessUnit(),
                member.rule(), via, explain(member, links, corrections, alone), links, corrections));
        }
        return new CustomerEvidence(data.customerId(), data.confidence() == null ? 1.0 : data.confidence(), mask, records);
    }

    /** Certain evidence (a shared identifier) first, then by probability, then by the other record's key. */
    private static final Comparator<CustomerEvidence.LinkEvidence> STRONGEST_FIRST = Comparator
        .comparing((CustomerEvidence.LinkEvidence l) -> !"shared-identifier".equals(l.rule()))
        .thenComparing(l -> l.probability() == null ? 0.0 : l.probability(), Comparator.reverseOrder())
        .thenComparing(CustomerEvidence.LinkEvidence::record);

    private static CustomerEvidence.LinkEvidence link(EvidenceData.Link l, String other, boolean mask) {
        List<String> identities = mask ? l.identities().stream().map(Masking::identityKey).toList() : l.identities();
        List<CustomerEvidence.Contribution> contributions = IntStream.range(0, l.comparisons().size())
            .mapToObj(i -> new CustomerEvidence.Contribution(l.comparisons().get(i),
                i < l.levels().size() ? l.levels().get(i) : null, l.weights().get(i)))
            .sorted(Comparator.comparing((CustomerEvidence.Contribution c) -> Math.abs(c.weight())).reversed())
            .toList();
        String explanation = identities.isEmpty()
            ? matched(other, l.probability(), contributions)
            : "shares " + identityPhrase(identities) + " with " + other;
        return new CustomerEvidence.LinkEvidence(other, l.rule(), identities, l.weight(), l.probability(),
            l.blockingRule(), contributions, explanation);
    }

    private static String explain(EvidenceData.Member member, List<CustomerEvidence.LinkEvidence> links,
                                  List<CorrectionView> corrections, boolean alone) {
        String record = "Record " + member.key();
        if ("correction".equals(member.rule()) || links.isEmpty()) {
            for (CorrectionView c : corrections) {
                if ("same".equals(c.decision())) {
                    String others = c.records().stream().filter(k -> !k.equals(member.key()))
                        .collect(Collectors.joining(", "));
                    return record + " joined because " + c.author() + " declared it the same person as " + others
                        + " (" + c.reason() + ")";
                }
            }
        }
        if (!links.isEmpty()) {
            return record + " joined because it " + links.get(0).explanation();
        }
        return alone ? record + " is this customer's only record"
            : record + " has no stored evidence linking it to the customer's other records";
    }

    /** "matched shop:9 with probability 0.998: family name exact (+8.1), postcode different (-3.2)" */
    static String matched(String other, Double probability, List<CustomerEvidence.Contribution> contributions) {
        String parts = contributions.stream().filter(c -> !"prior".equals(c.comparison()))
            .map(c -> words(c.comparison()) + (c.level() == null ? "" : " " + c.level())
                + String.format(Locale.ROOT, " (%+.1f)", c.weight()))
            .collect(Collectors.joining(", "));
        return "matched " + other + " with probability " + probability(probability) + (parts.isEmpty() ? "" : ": " + parts);
    }

    private static String probability(Double p) {
        if (p == null) {
            return "unknown";
        }
        String shown = String.format(Locale.ROOT, "%.3f", p);
        return shown.equals("1.000") && p < 1.0 ? "above 0.999" : shown;
    }

    /** "e-mail a@b.com and phone +447700900123" */
    static String identityPhrase(List<String> identityKeys) {
        List<String> phrases = identityKeys.stream().map(key -> {
            int colon = key.indexOf(':');
            String kind = colon < 0 ? "identifier" : key.substring(0, colon);
            String value = colon < 0 ? key : key.substring(colon + 1);
            return kindWord(kind) + " " + value;
        }).toList();
        if (phrases.size() == 1) {
            return phrases.get(0);
        }
        return String.join(", ", phrases.subList(0, phrases.size() - 1)) + " and " + phrases.get(phrases.size() - 1);
    }

    private static String kindWord(String kind) {
        return switch (kind) {
            case "email" -> "e-mail";
            case "loyalty" -> "loyalty card";
            default -> kind;
        };
    }

    /** familyName becomes "family name"; date_of_birth "date of birth". */
    static String words(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
