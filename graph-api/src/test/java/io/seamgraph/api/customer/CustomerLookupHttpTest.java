package io.seamgraph.api.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.seamgraph.api.HttpTestSupport;
import io.seamgraph.testsupport.CypherFixtures;
import io.seamgraph.testsupport.Neo4jServerExtension;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class CustomerLookupHttpTest extends HttpTestSupport {

    @Test
    void finds_a_customer_by_email_whatever_its_case_and_spacing() {
        get(ANALYST, "/api/customers?identifier={identifier}", "  Jo.Smith@Example.COM ")
            .expectStatus().isOk()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
            .expectBody()
            .jsonPath("$.readAs").isEqualTo("email")
            .jsonPath("$.matchedBy").isEqualTo("identity")
            .jsonPath("$.customers.length()").isEqualTo(1)
            .jsonPath("$.customers[0].id").isEqualTo(JO)
            .jsonPath("$.customers[0].recordCount").isEqualTo(3)
            .jsonPath("$.customers[0].systems").isEqualTo(List.of("crm", "esp", "helpdesk"));
    }

    @Test
    void a_suppressed_household_email_finds_every_customer_that_carries_it() {
        get(ANALYST, "/api/customers?identifier={identifier}", "smiths@example.com")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.customers[*].id").isEqualTo(List.of(JO, SAM))
            .jsonPath("$.truncated").isEqualTo(false);
    }

    @Test
    void finds_a_customer_by_a_national_phone_number_read_in_the_default_region() {
        get(ANALYST, "/api/customers?identifier={identifier}", "07700 900123")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.readAs").isEqualTo("phone")
            .jsonPath("$.customers[*].id").isEqualTo(List.of(JO));
    }

    @Test
    void finds_a_customer_by_an_international_phone_number() {
        get(ANALYST, "/api/customers?identifier={identifier}", "+44 7700 900123")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.customers[*].id").isEqualTo(List.of(JO));
    }

    @Test
    void finds_a_customer_by_a_source_record_key() {
        get(ADMIN, "/api/customers?identifier={identifier}", "crm:1002")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.readAs").isEqualTo("key")
            .jsonPath("$.matchedBy").isEqualTo("record")
            .jsonPath("$.customers[*].id").isEqualTo(List.of(SAM))
            .jsonPath("$.customers[0].systems").isEqualTo(List.of("crm", "esp"));
    }

    @Test
    void finds_a_customer_by_an_identity_key_when_no_record_has_that_key() {
        get(ANALYST, "/api/customers?identifier={identifier}", "loyalty:LY-4242")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.matchedBy").isEqualTo("identity")
            .jsonPath("$.customers[*].id").isEqualTo(List.of(SAM));
        get(ANALYST, "/api/customers?identifier={identifier}", "handle:@alexj")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.customers[*].id").isEqualTo(List.of(ALEX));
    }

    @Test
    void an_identifier_on_very_many_records_lists_the_first_hundred_customers_and_says_there_are_more() {
        try (CypherFixtures graph = CypherFixtures.connect(Neo4jServerExtension.boltUri())) {
            graph.run("""
                MERGE (i:Identity {key: 'email:noreply@example.com'})
                SET i.kind = 'email', i.value = 'noreply@example.com', i.recordCount = 101, i.suppressed = true
                WITH i
                UNWIND range(100, 200) AS n
                MERGE (r:SourceRecord {key: 'shop:' + n}) SET r.system = 'shop', r.recordId = toString(n)
                MERGE (c:Customer {id: 'C-ffff000000000' + n}) SET c.recordCount = 1
                MERGE (c)-[:HAS_RECORD {rule: 'singleton', via: []}]->(r)
                MERGE (r)-[:HAS_IDENTITY {field: 'email'}]->(i)
                """);
        }

        get(ANALYST, "/api/customers?identifier={identifier}", "noreply@example.com")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.customers.length()").isEqualTo(100)
            .jsonPath("$.customers[0].id").isEqualTo("C-ffff000000000100")
            .jsonPath("$.customers[99].id").isEqualTo("C-ffff000000000199")
            .jsonPath("$.truncated").isEqualTo(true);
    }

    @Test
    void an_identifier_nobody_has_matches_no_customer() {
        get(ANALYST, "/api/customers?identifier={identifier}", "nobody@example.com")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.readAs").isEqualTo("email")
            .jsonPath("$.matchedBy").isEmpty()
            .jsonPath("$.customers").isEmpty();
    }

    @Test
    void a_missing_identifier_is_a_bad_request_that_names_it() {
        get(ANALYST, "/api/customers")
            .expectStatus().isBadRequest()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.status").isEqualTo(400)
            .jsonPath("$.parameter").isEqualTo("identifier")
            .jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
                .contains("'identifier'").contains("missing"));
    }

    @Test
    void an_identifier_that_is_no_email_phone_or_key_is_a_bad_request_that_names_it() {
        get(ANALYST, "/api/customers?identifier={identifier}", "Jo Smith")
            .expectStatus().isBadRequest()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.parameter").isEqualTo("identifier")
            .jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
                .startsWith("Parameter 'identifier'").doesNotContain("Jo Smith"));
    }
}
