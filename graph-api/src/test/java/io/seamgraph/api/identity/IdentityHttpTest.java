package io.seamgraph.api.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import io.seamgraph.api.HttpTestSupport;
import io.seamgraph.testsupport.CypherFixtures;
import io.seamgraph.testsupport.Neo4jServerExtension;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Evidence, golden record, aliases and corrections over HTTP, on the shared fixture plus fixtures/identity.cypher. */
class IdentityHttpTest extends HttpTestSupport {

    private static final String ALIAS = "C-00000000000000aa";

    @BeforeAll
    static void loadIdentity() {
        try (CypherFixtures graph = CypherFixtures.connect(Neo4jServerExtension.boltUri())) {
            graph.load("fixtures/identity.cypher");
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> json(String user, String uri, Object... variables) {
        return get(user, uri, variables).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> record(Map<String, Object> evidence, String key) {
        return ((List<Map<String, Object>>) evidence.get("records")).stream().filter(r -> r.get("key").equals(key))
            .findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_evidence_explains_each_record_and_its_waterfall_adds_up_to_the_stored_weight() {
        Map<String, Object> evidence = json(ADMIN, "/api/customers/{id}/evidence", JO);

        assertThat(evidence.get("confidence")).isEqualTo(0.97);
        assertThat(evidence.get("personalDataMasked")).isEqualTo(false);
        assertThat(record(evidence, "crm:1001").get("explanation"))
            .isEqualTo("Record crm:1001 joined because it shares e-mail jo.smith@example.com with esp:E-77");
        assertThat(record(evidence, "helpdesk:H-5").get("explanation"))
            .isEqualTo("Record helpdesk:H-5 joined because it shares phone +447700900123 with crm:1001");

        List<Map<String, Object>> links = (List<Map<String, Object>>) record(evidence, "esp:E-77").get("links");
        assertThat(links).extracting(l -> l.get("record")).containsExactly("crm:1001", "helpdesk:H-5");
        Map<String, Object> scored = links.get(1);
        assertThat(scored.get("rule")).isEqualTo("probabilistic");
        assertThat(scored.get("probability")).isEqualTo(0.998);
        List<Map<String, Object>> contributions = (List<Map<String, Object>>) scored.get("contributions");
        assertThat(contributions).extracting(c -> c.get("comparison"))
            .containsExactly("familyName", "givenName", "prior", "postcode");
        assertThat(contributions.stream().mapToDouble(c -> ((Number) c.get("weight")).doubleValue()).sum())
            .isCloseTo(((Number) scored.get("weight")).doubleValue(), within(1e-9));
        assertThat(scored.get("explanation")).isEqualTo("matched helpdesk:H-5 with probability 0.998: family name "
            + "exact (+8.1), given name jaro-winkler >= 0.88 (+5.7), postcode missing (+0.0)");
    }

    @Test
    void an_analyst_sees_the_evidence_with_identity_values_masked() {
        String body = get(ANALYST, "/api/customers/{id}/evidence", JO).expectStatus().isOk()
            .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).doesNotContain("jo.smith", "900123").contains("\"personalDataMasked\":true")
            .contains("Record crm:1001 joined because it shares e-mail j***@example.com with esp:E-77");
    }

    @Test
    void a_record_joined_by_a_correction_says_who_declared_it_and_why() {
        Map<String, Object> evidence = json(ADMIN, "/api/customers/{id}/evidence", SAM);
        // Sam's records share a loyalty card but the fixture holds no MATCHED for them: the correction explains them.
        assertThat(record(evidence, "esp:E-78").get("explanation")).isEqualTo(
            "Record esp:E-78 joined because alice declared it the same person as crm:1002 (same loyalty card)");
        Map<String, Object> alex = json(ADMIN, "/api/customers/{id}/evidence", ALEX);
        assertThat(record(alex, "helpdesk:H-9").get("explanation"))
            .isEqualTo("Record helpdesk:H-9 is this customer's only record");
    }

    @Test
    void the_golden_record_lists_surviving_values_with_their_source_and_the_conflicts() {
        get(ADMIN, "/api/customers/{id}/golden-record", JO).expectStatus().isOk().expectBody()
            .jsonPath("$.attributes[*].attribute").isEqualTo(List.of("givenName", "familyName", "dateOfBirth",
                "addressLine", "postcode", "email"))
            .jsonPath("$.attributes[0].value").isEqualTo("Joanne")
            .jsonPath("$.attributes[0].sourceRecord").isEqualTo("esp:E-77")
            .jsonPath("$.attributes[2].value").isEqualTo("1984-05-12")
            .jsonPath("$.conflicts[*].attribute").isEqualTo(List.of("addressLine", "dateOfBirth"))
            .jsonPath("$.conflicts[1].values").isEqualTo(List.of("1984-05-12", "1985-05-12"))
            .jsonPath("$.conflicts[1].systems").isEqualTo(List.of("crm", "esp"))
            .jsonPath("$.conflicts[1].businessUnits").isEqualTo(List.of("marketing", "sales"));
    }

    @Test
    void an_analyst_sees_the_golden_record_and_conflicts_masked() {
        String body = get(ANALYST, "/api/customers/{id}/conflicts", JO).expectStatus().isOk()
            .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).doesNotContain("Station", "05-12").contains("\"values\":[\"1984\",\"1985\"]");

        get(ANALYST, "/api/customers/{id}/golden-record", JO).expectStatus().isOk().expectBody()
            .jsonPath("$.personalDataMasked").isEqualTo(true)
            .jsonPath("$.attributes[*].attribute").isEqualTo(List.of("givenName", "familyName", "dateOfBirth",
                "postcode", "email"))
            .jsonPath("$.attributes[0].value").isEqualTo("J.")
            .jsonPath("$.attributes[2].value").isEqualTo("1984")
            .jsonPath("$.attributes[3].value").isEqualTo("LS1")
            .jsonPath("$.attributes[4].value").isEqualTo("j***@example.com");
    }

    @Test
    void the_id_of_a_merged_customer_redirects_permanently_to_the_customer_it_merged_into() {
        RestTestClient.ResponseSpec moved = get(ANALYST, "/api/customers/{id}/journey?limit=2", ALIAS);
        moved.expectStatus().isEqualTo(308)
            .expectHeader().location("/api/customers/" + JO + "/journey?limit=2")
            .expectBody()
            .jsonPath("$.requestedId").isEqualTo(ALIAS)
            .jsonPath("$.aliasOf").isEqualTo(JO);

        get(ADMIN, "/api/customers/{id}", ALIAS).expectStatus().isEqualTo(308)
            .expectHeader().location("/api/customers/" + JO);
        get(ADMIN, "/api/customers/" + JO).expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(JO);
        get(ADMIN, "/api/customers/{id}/evidence", "C-0000000000000000").expectStatus().isNotFound()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private RestTestClient.ResponseSpec post(String user, Object body) {
        return http.post().uri("/api/corrections").headers(h -> h.setBasicAuth(user, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    @Test
    void an_admin_declares_a_correction_which_is_stored_with_who_and_when() {
        String location = post(ADMIN, Map.of("records", List.of("crm:1001", "helpdesk:H-5"), "decision", "Different",
                "reason", "phone recycled"))
            .expectStatus().isCreated()
            .expectBody()
            .jsonPath("$.decision").isEqualTo("different")
            .jsonPath("$.author").isEqualTo(ADMIN)
            .jsonPath("$.records").isEqualTo(List.of("crm:1001", "helpdesk:H-5"))
            .returnResult().getResponseHeaders().getLocation().toString();

        assertThat(location).startsWith("/api/corrections/K-");
        get(ANALYST, location).expectStatus().isOk().expectBody()
            .jsonPath("$.reason").isEqualTo("phone recycled")
            .jsonPath("$.at").isNotEmpty();
        get(ANALYST, "/api/corrections").expectStatus().isOk().expectBody()
            .jsonPath("$[*].id").value(List.class, ids -> assertThat(ids).contains("K-fixture", location.substring(17)));
        get(ADMIN, "/api/customers/{id}/evidence", JO).expectStatus().isOk().expectBody()
            .jsonPath("$.records[?(@.key == 'helpdesk:H-5')].corrections[0].decision").isEqualTo(List.of("different"));
    }

    @Test
    void only_an_admin_may_declare_a_correction_and_a_bad_one_is_refused_naming_the_field() {
        post(ANALYST, Map.of("records", List.of("crm:1001", "helpdesk:H-5"), "decision", "same", "reason", "x"))
            .expectStatus().isForbidden();
        post(ADMIN, Map.of("records", List.of("crm:1001", "helpdesk:H-5"), "decision", "maybe", "reason", "x"))
            .expectStatus().isBadRequest().expectBody().jsonPath("$.parameter").isEqualTo("decision");
        post(ADMIN, Map.of("records", List.of("crm:1001", "nowhere:1"), "decision", "same", "reason", "x"))
            .expectStatus().isBadRequest().expectBody().jsonPath("$.parameter").isEqualTo("records")
            .jsonPath("$.detail").value(String.class, d -> assertThat(d).contains("nowhere:1"));
        post(ADMIN, Map.of("records", List.of("crm:1001"), "decision", "same", "reason", "x"))
            .expectStatus().isBadRequest().expectBody().jsonPath("$.parameter").isEqualTo("records");
        post(ADMIN, Map.of("records", List.of("crm:1001", "esp:E-77"), "decision", "same"))
            .expectStatus().isBadRequest().expectBody().jsonPath("$.parameter").isEqualTo("reason");
    }
}
