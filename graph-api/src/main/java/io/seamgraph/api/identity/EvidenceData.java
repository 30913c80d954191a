package io.seamgraph.api.identity;

import java.time.Instant;
import java.util.List;

/** What the graph stores about why a customer's records belong together, before masking and wording. */
record EvidenceData(String customerId, Double confidence, List<Member> members, List<Link> links,
        List<CorrectionView> corrections) {

    /** A record of the customer and its HAS_RECORD. */
    record Member(String key, String system, String businessUnit, String rule, List<String> via) {
    }

    /** One MATCHED relationship, leftKey to rightKey. */
    record Link(String leftKey, String rightKey, String rule, List<String> identities, Double weight,
            Double probability, String blockingRule, List<String> comparisons, List<String> levels,
            List<Double> weights) {
    }

    static CorrectionView correction(String id, List<String> records, String decision, String reason, String author,
                                     Instant at) {
        return new CorrectionView(id, records, decision, reason, author, at);
    }
}
