package io.seamgraph.api.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.seamgraph.api.HttpTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class CustomerDetailHttpTest extends HttpTestSupport {

    @Test
    void an_admin_sees_the_identifiers_of_a_customer_with_the_records_that_carry_them() {
        get(ADMIN, "/api/customers/{id}", JO)
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.id").isEqualTo(JO)
            .jsonPath("$.recordCount").isEqualTo(3)
            .jsonPath("$.resolvedAt").isEqualTo("2024-03-12T00:00:00Z")
            .jsonPath("$.personalDataMasked").isEqualTo(false)
            .jsonPath("$.identifiers[*].key").isEqualTo(List.of(
                "email:jo.smith@example.com", "email:smiths@example.com", "phone:+447700900123"))
            .jsonPath("$.identifiers[0].kind").isEqualTo("email")
            .jsonPath("$.identifiers[0].value").isEqualTo("jo.smith@example.com")
            .jsonPath("$.identifiers[0].suppressed").isEqualTo(false)
            .jsonPath("$.identifiers[0].records").isEqualTo(List.of("crm:1001", "esp:E-77"))
            .jsonPath("$.identifiers[1].suppressed").isEqualTo(true)
            .jsonPath("$.identifiers[1].recordCount").isEqualTo(3)
            .jsonPath("$.identifiers[1].records").isEqualTo(List.of("esp:E-77", "helpdesk:H-5"));
    }

    @Test
    void an_admin_sees_the_records_grouped_by_business_unit_and_system_with_how_they_were_linked() {
        get(ADMIN, "/api/customers/{id}", JO)
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.recordGroups[*].businessUnit").isEqualTo(List.of("marketing", "sales", "service"))
            .jsonPath("$.recordGroups[*].system").isEqualTo(List.of("esp", "crm", "helpdesk"))
            .jsonPath("$.recordGroups[1].records[0].key").isEqualTo("crm:1001")
            .jsonPath("$.recordGroups[1].records[0].recordId").isEqualTo("1001")
            .jsonPath("$.recordGroups[1].records[0].source").isEqualTo("crm-customers")
            .jsonPath("$.recordGroups[1].records[0].givenName").isEqualTo("Jo")
            .jsonPath("$.recordGroups[1].records[0].familyName").isEqualTo("Smith")
            .jsonPath("$.recordGroups[1].records[0].fullName").isEqualTo("Jo Smith")
            .jsonPath("$.recordGroups[1].records[0].dateOfBirth").isEqualTo("1984-05-12")
            .jsonPath("$.recordGroups[1].records[0].addressLine").isEqualTo("12 Station Road")
            .jsonPath("$.recordGroups[1].records[0].city").isEqualTo("Leeds")
            .jsonPath("$.recordGroups[1].records[0].postcode").isEqualTo("LS1 4AB")
            .jsonPath("$.recordGroups[1].records[0].country").isEqualTo("GB")
            .jsonPath("$.recordGroups[1].records[0].updatedAt").isEqualTo("2024-02-20T10:00:00Z")
            .jsonPath("$.recordGroups[1].records[0].via").isEqualTo(
                List.of("email:jo.smith@example.com", "phone:+447700900123"))
            .jsonPath("$.recordGroups[1].records[0].rule").isEqualTo("shared-identifier")
            .jsonPath("$.recordGroups[1].records[0].consents[0].purpose").isEqualTo("marketing_phone")
            .jsonPath("$.recordGroups[1].records[0].consents[0].granted").isEqualTo(false)
            .jsonPath("$.recordGroups[0].records[0].consents[0].purpose").isEqualTo("marketing_email")
            .jsonPath("$.recordGroups[0].records[0].consents[0].at").isEqualTo("2024-01-05T08:00:00Z");
    }

    @Test
    void a_customer_of_one_record_was_linked_as_a_singleton_through_no_identity() {
        get(ADMIN, "/api/customers/{id}", ALEX)
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.recordGroups.length()").isEqualTo(1)
            .jsonPath("$.recordGroups[0].records[0].rule").isEqualTo("singleton")
            .jsonPath("$.recordGroups[0].records[0].via").isEmpty()
            .jsonPath("$.identifiers[*].key").isEqualTo(List.of("account:ACC-9001", "handle:alexj"));
    }

    @Test
    void an_analyst_sees_personal_data_masked() {
        get(ANALYST, "/api/customers/{id}", JO)
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.personalDataMasked").isEqualTo(true)
            .jsonPath("$.identifiers[*].key").isEqualTo(List.of(
                "email:j***@example.com", "email:s***@example.com", "phone:***123"))
            .jsonPath("$.identifiers[*].value").isEqualTo(List.of("j***@example.com", "s***@example.com", "***123"))
            .jsonPath("$.identifiers[0].records").isEqualTo(List.of("crm:1001", "esp:E-77"))
            .jsonPath("$.recordGroups[1].records[0].key").isEqualTo("crm:1001")
            .jsonPath("$.recordGroups[1].records[0].givenName").isEqualTo("J.")
            .jsonPath("$.recordGroups[1].records[0].familyName").isEqualTo("S.")
            .jsonPath("$.recordGroups[1].records[0].fullName").isEqualTo("J. S.")
            .jsonPath("$.recordGroups[1].records[0].dateOfBirth").isEqualTo("1984")
            .jsonPath("$.recordGroups[1].records[0].addressLine").doesNotExist()
            .jsonPath("$.recordGroups[1].records[0].city").isEqualTo("Leeds")
            .jsonPath("$.recordGroups[1].records[0].postcode").isEqualTo("LS1")
            .jsonPath("$.recordGroups[1].records[0].via").isEqualTo(List.of("email:j***@example.com", "phone:***123"));
    }

    @Test
    void an_analyst_never_receives_the_unmasked_values() {
        String body = get(ANALYST, "/api/customers/{id}", JO)
            .expectStatus().isOk()
            .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).doesNotContain("jo.smith", "smiths@", "900123", "Station", "Smith", "1984-05-12", "4AB");
    }

    @Test
    void an_unknown_customer_is_not_found_with_a_problem_that_names_the_id() {
        get(ADMIN, "/api/customers/{id}", "C-0000000000000000")
            .expectStatus().isNotFound()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.status").isEqualTo(404)
            .jsonPath("$.title").isEqualTo("Customer not found")
            .jsonPath("$.customerId").isEqualTo("C-0000000000000000")
            .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("'C-0000000000000000'"))
            .jsonPath("$.instance").isEqualTo("/api/customers/C-0000000000000000");
    }
}
