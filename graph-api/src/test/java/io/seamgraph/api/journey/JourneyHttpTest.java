package io.seamgraph.api.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.seamgraph.api.HttpTestSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

import com.jayway.jsonpath.JsonPath;

class JourneyHttpTest extends HttpTestSupport {

    @Test
    void a_journey_lists_the_touchpoints_in_order_with_what_changed_between_them() {
        get(ANALYST, "/api/customers/{id}/journey", JO)
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.customerId").isEqualTo(JO)
            .jsonPath("$.steps[*].seq").isEqualTo(List.of(0, 1, 2, 3, 4))
            .jsonPath("$.steps[*].key").isEqualTo(List.of("esp-sends:S-1", "crm-visits:V-10", "crm-orders:O-20",
                "helpdesk-calls:K-30", "helpdesk-mails:M-31"))
            .jsonPath("$.steps[*].channel").isEqualTo(List.of("email", "web", "store", "phone", "email"))
            .jsonPath("$.steps[*].businessUnit").isEqualTo(List.of("marketing", "sales", "sales", "service", "service"))
            .jsonPath("$.steps[0].at").isEqualTo("2024-03-01T09:00:00Z")
            .jsonPath("$.steps[0].direction").isEqualTo("outbound")
            .jsonPath("$.steps[0].type").isEqualTo("email_sent")
            .jsonPath("$.steps[0].stage").isEqualTo("shop")
            .jsonPath("$.steps[0].campaign").isEqualTo("spring-2024")
            .jsonPath("$.steps[0].template").isEqualTo("spring-1")
            .jsonPath("$.steps[0].brand").isEqualTo("acme")
            .jsonPath("$.steps[0].gapSeconds").isEmpty()
            .jsonPath("$.steps[0].handoff").isEmpty()
            .jsonPath("$.steps[3].topic").isEqualTo("delivery")
            .jsonPath("$.steps[3].outcome").isEqualTo("unresolved")
            .jsonPath("$.steps[3].caseId").isEqualTo("CASE-1")
            .jsonPath("$.steps[1:].gapSeconds").isEqualTo(List.of(12600, 77400, 684900, 107100))
            .jsonPath("$.steps[1:].handoff").isEqualTo(List.of(true, false, true, false))
            .jsonPath("$.steps[1:].channelSwitch").isEqualTo(List.of(true, true, true, true))
            .jsonPath("$.nextCursor").isEmpty();
    }

    @Test
    void a_cursor_pages_through_the_whole_journey_without_gaps_or_repeats() {
        List<Integer> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            String body = get(ANALYST, "/api/customers/{id}/journey?limit=2&cursor={cursor}", JO,
                    cursor == null ? "" : cursor)
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
            List<Integer> seqs = JsonPath.read(body, "$.steps[*].seq");
            seen.addAll(seqs);
            pageSizes.add(seqs.size());
            cursor = JsonPath.read(body, "$.nextCursor");
        } while (cursor != null && pageSizes.size() < 10);

        assertThat(seen).containsExactly(0, 1, 2, 3, 4);
        assertThat(pageSizes).containsExactly(2, 2, 1);
    }

    @Test
    void a_page_that_ends_the_journey_exactly_has_no_next_cursor() {
        get(ANALYST, "/api/customers/{id}/journey?limit=2", SAM)
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.steps.length()").isEqualTo(2)
            .jsonPath("$.nextCursor").isEmpty();
    }

    @Test
    void dates_as_from_and_to_include_whole_days() {
        get(ANALYST, "/api/customers/{id}/journey?from=2024-03-02&to=2024-03-10", JO)
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.steps[*].seq").isEqualTo(List.of(2, 3))
            .jsonPath("$.steps[0].gapSeconds").isEqualTo(77400);
    }

    @Test
    void instants_as_from_and_to_include_from_and_leave_out_to() {
        get(ANALYST, "/api/customers/{id}/journey?from={from}&to={to}", JO, "2024-03-01T12:30:00Z",
                "2024-03-02T11:00:00+01:00")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.steps[*].seq").isEqualTo(List.of(1));
    }

    @Test
    void the_cursor_keeps_paging_within_the_time_window() {
        String first = get(ANALYST, "/api/customers/{id}/journey?from=2024-03-01&to=2024-03-10&limit=2", JO)
            .expectStatus().isOk()
            .expectBody(String.class).returnResult().getResponseBody();
        String cursor = JsonPath.read(first, "$.nextCursor");

        get(ANALYST, "/api/customers/{id}/journey?from=2024-03-01&to=2024-03-10&limit=2&cursor={cursor}", JO, cursor)
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.steps[*].seq").isEqualTo(List.of(2, 3))
            .jsonPath("$.nextCursor").isEmpty();
    }

    @Test
    void a_customer_without_touchpoints_has_an_empty_journey() {
        get(ANALYST, "/api/customers/{id}/journey", ALEX)
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.steps").isEmpty()
            .jsonPath("$.nextCursor").isEmpty();
    }

    @Test
    void the_journey_of_an_unknown_customer_is_not_found() {
        get(ANALYST, "/api/customers/{id}/journey", "C-ffffffffffffffff")
            .expectStatus().isNotFound()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("'C-ffffffffffffffff'"));
    }

    @ParameterizedTest(name = "{0}={1} is a bad request naming {0}")
    @CsvSource({
        "limit, 0",
        "limit, 501",
        "limit, many",
        "from, yesterday",
        "from, 2024-13-01",
        "to, 2024-03-01T09:00:00",
        "cursor, not-a-cursor!",
        "cursor, LTE",
    })
    void a_bad_parameter_is_a_bad_request_that_names_it(String parameter, String value) {
        get(ANALYST, "/api/customers/{id}/journey?" + parameter + "={value}", JO, value)
            .expectStatus().isBadRequest()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.status").isEqualTo(400)
            .jsonPath("$.parameter").isEqualTo(parameter)
            .jsonPath("$.detail").value(String.class,
                detail -> assertThat(detail).startsWith("Parameter '" + parameter + "'"));
    }

    @Test
    void a_from_that_is_not_before_to_is_a_bad_request() {
        get(ANALYST, "/api/customers/{id}/journey?from=2024-03-05&to=2024-03-01", JO)
            .expectStatus().isBadRequest()
            .expectBody()
            .jsonPath("$.parameter").isEqualTo("from");
    }
}
