package io.seamgraph.api.identity;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why each of a customer's records belongs to it.
 *
 * @param customerId         the customer
 * @param confidence         how sure resolve is of the whole customer, 0 to 1 (1 when only identifiers and
 *                           corrections joined it)
 * @param personalDataMasked whether identity values are masked for the caller
 * @param records            its records, by key
 */
record CustomerEvidence(String customerId, double confidence, boolean personalDataMasked, List<RecordEvidence> records) {

    /**
     * @param key          {@code system:recordId}
     * @param rule         how resolve linked it: {@code shared-identifier}, {@code correction}, {@code singleton}, or
     *                     the probabilistic engine's rule
     * @param via          the identity keys it shares with the customer's other records
     * @param explanation  one sentence: why it belongs
     * @param links        the evidence to the customer's other records, strongest first
     * @param corrections  corrections that name it
     */
    record RecordEvidence(String key, String system, String businessUnit, String rule, List<String> via,
            String explanation, List<LinkEvidence> links, List<CorrectionView> corrections) {
    }

    /**
     * @param record        the other record
     * @param rule          {@code shared-identifier} or {@code probabilistic}
     * @param identities    the identity keys both carry (shared-identifier)
     * @param weight        total match weight (probabilistic); the contributions add up to it
     * @param probability   match probability (1 for a shared identifier)
     * @param blockingRule  the blocking rule that made the pair a candidate (probabilistic)
     * @param contributions each comparison's part of the weight, the prior included, by absolute weight
     * @param explanation   the link in one sentence
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LinkEvidence(String record, String rule, List<String> identities, Double weight, Double probability,
            String blockingRule, List<Contribution> contributions, String explanation) {
    }

    record Contribution(String comparison, String level, double weight) {
    }
}
