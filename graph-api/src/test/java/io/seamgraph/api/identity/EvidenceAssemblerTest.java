package io.seamgraph.api.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class EvidenceAssemblerTest {

    private static final EvidenceData.Link SHARED = new EvidenceData.Link("crm:123", "shop:9", "shared-identifier",
        List.of("email:a@b.com", "phone:+447700900123"), null, 1.0, null, List.of(), List.of(), List.of());
    private static final EvidenceData.Link SCORED = new EvidenceData.Link("crm:123", "web:4", "probabilistic", List.of(),
        8.7, 0.998, "postcode", List.of("prior", "familyName", "dateOfBirth", "postcode"),
        List.of("prior", "exact", "exact", "differs"), List.of(-3.1, 8.1, 6.9, -3.2));

    private static EvidenceData data(List<EvidenceData.Link> links, List<CorrectionView> corrections) {
        return new EvidenceData("C-1", 0.9, List.of(
            new EvidenceData.Member("crm:123", "crm", "sales", "shared-identifier", List.of("email:a@b.com")),
            new EvidenceData.Member("shop:9", "shop", "ecommerce", "shared-identifier", List.of("email:a@b.com")),
            new EvidenceData.Member("web:4", "web", "marketing", "probabilistic", List.of()),
            new EvidenceData.Member("pos:1", "pos", "stores", "correction", List.of())), links, corrections);
    }

    private static CustomerEvidence.RecordEvidence record(CustomerEvidence evidence, String key) {
        return evidence.records().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void a_shared_identifier_is_explained_by_the_identities_both_records_carry() {
        CustomerEvidence evidence = EvidenceAssembler.assemble(data(List.of(SHARED), List.of()), false);
        assertThat(record(evidence, "shop:9").explanation()).isEqualTo(
            "Record shop:9 joined because it shares e-mail a@b.com and phone +447700900123 with crm:123");
    }

    @Test
    void a_scored_match_is_explained_by_its_comparisons_and_its_waterfall_adds_up_to_the_weight() {
        CustomerEvidence evidence = EvidenceAssembler.assemble(data(List.of(SCORED), List.of()), false);
        CustomerEvidence.LinkEvidence link = record(evidence, "web:4").links().get(0);

        assertThat(record(evidence, "web:4").explanation()).isEqualTo("Record web:4 joined because it matched crm:123 "
            + "with probability 0.998: family name exact (+8.1), date of birth exact (+6.9), postcode differs (-3.2)");
        assertThat(link.contributions()).extracting(CustomerEvidence.Contribution::comparison)
            .containsExactly("familyName", "dateOfBirth", "postcode", "prior");
        assertThat(link.contributions().stream().mapToDouble(CustomerEvidence.Contribution::weight).sum())
            .isCloseTo(link.weight(), within(1e-9));
    }

    @Test
    void shared_identifiers_come_before_scored_matches_and_masking_reaches_the_sentences() {
        CustomerEvidence evidence = EvidenceAssembler.assemble(data(List.of(SCORED, SHARED), List.of()), true);
        CustomerEvidence.RecordEvidence crm = record(evidence, "crm:123");

        assertThat(crm.links()).extracting(CustomerEvidence.LinkEvidence::record).containsExactly("shop:9", "web:4");
        assertThat(crm.explanation()).isEqualTo(
            "Record crm:123 joined because it shares e-mail a***@b.com and phone ***123 with shop:9");
        assertThat(crm.via()).containsExactly("email:a***@b.com");
        assertThat(evidence.toString()).doesNotContain("a@b.com", "900123");
        assertThat(evidence.personalDataMasked()).isTrue();
    }

    @Test
    void a_record_only_a_correction_joined_names_its_author_and_reason() {
        CorrectionView same = new CorrectionView("K-1", List.of("pos:1", "shop:9"), "same", "same card", "bob",
            Instant.parse("2024-03-01T00:00:00Z"));
        CustomerEvidence evidence = EvidenceAssembler.assemble(data(List.of(), List.of(same)), false);

        assertThat(record(evidence, "pos:1").explanation())
            .isEqualTo("Record pos:1 joined because bob declared it the same person as shop:9 (same card)");
        assertThat(record(evidence, "crm:123").explanation())
            .isEqualTo("Record crm:123 has no stored evidence linking it to the customer's other records");
        assertThat(record(evidence, "shop:9").corrections()).containsExactly(same);
    }
}
