package io.seamgraph.api.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.seamgraph.api.HttpTestSupport;
import io.seamgraph.testsupport.CypherFixtures;
import io.seamgraph.testsupport.Neo4jServerExtension;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import com.jayway.jsonpath.JsonPath;

/**
 * The analytics endpoints over real HTTP, on the shared fixture plus {@code fixtures/journey-metrics.cypher} and its gaps: what the
 * metrics and gaps jobs would have written for Jo, Sam and Alex, and stale rows of an earlier run that must not count.
 * The snapshot is re-read on every request here, so a test that removes it sees the change at once.
 */
@TestPropertySource(properties = "seamgraph.api.analytics-refresh=PT0S")
class AnalyticsHttpTest extends HttpTestSupport {

    @BeforeAll
    static void loadMetrics() {
        try (CypherFixtures graph = CypherFixtures.connect(Neo4jServerExtension.boltUri())) {
            graph.load("fixtures/journey-metrics.cypher");
            graph.load("fixtures/journey-metrics-gaps.cypher");
        }
    }

    @Test
    void the_dashboard_reads_the_headline_metrics_with_every_gap_type_and_the_weekly_series_in_order() {
        get(DASHBOARD, "/api/metrics")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.customers").isEqualTo(3)
            .jsonPath("$.identitiesPerCustomer").isEqualTo(2.0)
            .jsonPath("$.multiUnitShare").value(Double.class, x -> assertThat(x).isCloseTo(2.0 / 3, within(1e-9)))
            .jsonPath("$.continuityIndex").value(Double.class, x -> assertThat(x).isCloseTo(44.444, within(1e-3)))
            .jsonPath("$.gapsPer1000.length()").isEqualTo(9)
            .jsonPath("$.gapsPer1000.silence").value(Double.class, x -> assertThat(x).isCloseTo(333.333, within(1e-3)))
            .jsonPath("$.gapsPer1000.no_owner").isEqualTo(0.0)
            .jsonPath("$.siloScores[*].unit").isEqualTo(List.of("marketing", "sales", "service"))
            .jsonPath("$.siloScores[1].siloScore").isEqualTo(0.75)
            .jsonPath("$.weekly[*].week").isEqualTo(List.of("2024-W09", "2024-W10"))
            .jsonPath("$.weekly[0].touchpoints").isEqualTo(4)
            .jsonPath("$.weekly[0].handoffs").isEqualTo(2)
            .jsonPath("$.weekly[1].gaps").isEqualTo(1)
            .jsonPath("$.weekly[0].repeatContactRate").isEqualTo(0.5)
            .jsonPath("$.computedAt").isEqualTo("2024-03-12T06:00:00Z");
    }

    @Test
    void the_handoff_matrix_lists_the_units_and_each_non_empty_cell() {
        get(DASHBOARD, "/api/business-units/handoffs")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.units").isEqualTo(List.of("marketing", "sales", "service"))
            .jsonPath("$.cells.length()").isEqualTo(2)
            .jsonPath("$.cells[0].from").isEqualTo("marketing")
            .jsonPath("$.cells[0].to").isEqualTo("sales")
            .jsonPath("$.cells[0].volume").isEqualTo(2)
            .jsonPath("$.cells[0].repeatContactRate").isEqualTo(0.5)
            .jsonPath("$.cells[0].medianHoursToNextContact").isEqualTo(21.5)
            .jsonPath("$.cells[1].from").isEqualTo("sales");
    }

    @Test
    void top_paths_from_the_journey_start_are_ordered_by_customers_then_weight_and_ignore_earlier_runs() {
        get(ANALYST, "/api/journeys/paths?level=unit")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.level").isEqualTo("unit")
            .jsonPath("$.direction").isEqualTo("start")
            .jsonPath("$.paths.length()").isEqualTo(2)
            .jsonPath("$.paths[0].steps").isEqualTo(List.of("marketing", "sales"))
            .jsonPath("$.paths[0].customers").isEqualTo(1)
            .jsonPath("$.paths[0].weightedCustomers").isEqualTo(1.0)
            .jsonPath("$.paths[1].steps").isEqualTo(List.of("marketing", "sales", "service"))
            .jsonPath("$.paths[1].weightedCustomers").isEqualTo(0.8);
        get(ANALYST, "/api/journeys/paths?level=unit&k=1")
            .expectStatus().isOk()
            .expectBody().jsonPath("$.paths[*].steps").isEqualTo(List.of(List.of("marketing", "sales")));
    }

    @Test
    void paths_from_and_to_a_step_read_their_own_rows() {
        get(ADMIN, "/api/journeys/paths?level=unit&from=sales")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.anchor").isEqualTo("sales")
            .jsonPath("$.paths[*].steps").isEqualTo(List.of(List.of("sales"), List.of("sales", "service")));
        get(ADMIN, "/api/journeys/paths?level=unit&to=service")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.direction").isEqualTo("to")
            .jsonPath("$.paths[*].steps").isEqualTo(List.of(List.of("marketing", "sales", "service")));
        get(ADMIN, "/api/journeys/paths?level=channel&from=fax")
            .expectStatus().isOk()
            .expectBody().jsonPath("$.paths").isEmpty();
    }

    @Test
    void a_month_range_sums_the_monthly_rows_and_segment_and_unit_filters_read_theirs() {
        get(ANALYST, "/api/journeys/paths?level=unit&since=2024-04")
            .expectStatus().isOk()
            .expectBody().jsonPath("$.paths[*].steps").isEqualTo(List.of(List.of("marketing", "sales")));
        get(ANALYST, "/api/journeys/paths?level=unit&until=2024-03")
            .expectStatus().isOk()
            .expectBody().jsonPath("$.paths[*].steps").isEqualTo(List.of(List.of("marketing", "sales", "service")));
        get(ANALYST, "/api/journeys/paths?level=unit&since=2024-03&until=2024-04")
            .expectStatus().isOk()
            .expectBody().jsonPath("$.paths.length()").isEqualTo(2);
        get(ANALYST, "/api/journeys/paths?level=unit&since=2024-05")
            .expectStatus().isOk()
            .expectBody().jsonPath("$.paths").isEmpty();
        get(ANALYST, "/api/journeys/paths?level=unit&segment=serviced")
            .expectStatus().isOk()
            .expectBody().jsonPath("$.paths[*].steps").isEqualTo(List.of(List.of("marketing", "sales", "service")));
        get(ANALYST, "/api/journeys/paths?level=unit&unit=service")
            .expectStatus().isOk()
            .expectBody().jsonPath("$.paths[*].weightedCustomers").isEqualTo(List.of(0.8));
    }

    @ParameterizedTest(name = "paths?{0} is a bad request naming {1}")
    @CsvSource(delimiter = '|', value = {
        "k=3|level",
        "level=region|level",
        "level=unit&k=0|k",
        "level=unit&k=101|k",
        "level=unit&from=sales&to=service|to",
        "level=unit&unit=sales&channel=web|channel",
        "level=unit&since=2024-3-1|since",
        "level=unit&since=2024-05&until=2024-03|since",
        "level=unit&segment=|segment",
    })
    void a_bad_paths_parameter_is_a_bad_request_that_names_it(String query, String parameter) {
        get(ANALYST, "/api/journeys/paths?" + query)
            .expectStatus().isBadRequest()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.parameter").isEqualTo(parameter)
            .jsonPath("$.detail").value(String.class, d -> assertThat(d).startsWith("Parameter '" + parameter + "'"));
    }

    @Test
    void flows_give_positioned_nodes_and_weighted_links_for_the_dashboard() {
        get(DASHBOARD, "/api/journeys/flows?level=unit")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.level").isEqualTo("unit")
            .jsonPath("$.nodes[*].id").isEqualTo(List.of("0:marketing", "1:sales", "2:service"))
            .jsonPath("$.nodes[1].name").isEqualTo("sales")
            .jsonPath("$.nodes[1].step").isEqualTo(1)
            .jsonPath("$.links.length()").isEqualTo(2)
            .jsonPath("$.links[0].source").isEqualTo("0:marketing")
            .jsonPath("$.links[0].target").isEqualTo("1:sales")
            .jsonPath("$.links[0].count").isEqualTo(2)
            .jsonPath("$.links[0].weightedCount").isEqualTo(1.8);
        get(DASHBOARD, "/api/journeys/flows?level=unit&segment=prospect")
            .expectStatus().isOk()
            .expectBody().jsonPath("$.links[*].count").isEqualTo(List.of(1));
        get(DASHBOARD, "/api/journeys/flows").expectStatus().isBadRequest();
    }

    @Test
    void a_funnel_counts_ordered_first_occurrences_with_conversion_drop_off_and_hours_between_steps() {
        double samHours = (1709578800000L - 1709283605000L) / 3_600_000.0;
        String body = get(ANALYST, "/api/journeys/funnel?level=unit&steps=marketing,sales,service")
            .expectStatus().isOk()
            .expectBody(String.class).returnResult().getResponseBody();

        assertThat((Integer) JsonPath.read(body, "$.customersInScope")).isEqualTo(2);
        List<Map<String, Object>> steps = JsonPath.read(body, "$.steps");
        assertThat(steps).extracting(s -> s.get("step"), s -> s.get("customers"))
            .containsExactly(org.assertj.core.groups.Tuple.tuple("marketing", 2), org.assertj.core.groups.Tuple.tuple("sales", 2),
                org.assertj.core.groups.Tuple.tuple("service", 1));
        assertThat(((Number) steps.get(0).get("weightedCustomers")).doubleValue()).isCloseTo(1.8, within(1e-9));
        assertThat(((Number) steps.get(0).get("conversion")).doubleValue()).isEqualTo(1.0);
        assertThat(steps.get(0).get("medianHoursFromPrevious")).isNull();
        assertThat(((Number) steps.get(1).get("medianHoursFromPrevious")).doubleValue())
            .isCloseTo((3.5 + samHours) / 2, within(1e-9));
        assertThat(((Number) steps.get(1).get("p90HoursFromPrevious")).doubleValue())
            .isCloseTo(3.5 + 0.9 * (samHours - 3.5), within(1e-9));
        assertThat(((Number) steps.get(2).get("conversion")).doubleValue()).isEqualTo(0.5);
        assertThat(((Number) steps.get(2).get("dropOff")).doubleValue()).isEqualTo(0.5);
        assertThat(((Number) steps.get(2).get("medianHoursFromPrevious")).doubleValue()).isCloseTo(211.75, within(1e-9));
    }

    @Test
    void a_funnel_step_must_come_after_the_previous_one_and_filters_narrow_the_scope() {
        get(ANALYST, "/api/journeys/funnel?level=channel&steps=web,email")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.steps[*].customers").isEqualTo(List.of(2, 1))
            .jsonPath("$.steps[1].medianHoursFromPrevious").isEqualTo((1710165600000L - 1709296200000L) / 3_600_000.0);
        get(ANALYST, "/api/journeys/funnel?level=stage&steps=shop,buy&segment=prospect")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.customersInScope").isEqualTo(1)
            .jsonPath("$.steps[*].customers").isEqualTo(List.of(1, 0))
            .jsonPath("$.steps[1].conversion").isEqualTo(0.0)
            .jsonPath("$.steps[1].dropOff").isEqualTo(1.0);
        get(ANALYST, "/api/journeys/funnel?level=unit&steps=marketing&unit=service")
            .expectStatus().isOk()
            .expectBody().jsonPath("$.customersInScope").isEqualTo(1);
        get(ANALYST, "/api/journeys/funnel?level=unit&steps=a,,b")
            .expectStatus().isBadRequest().expectBody().jsonPath("$.parameter").isEqualTo("steps");
        get(ANALYST, "/api/journeys/funnel?level=unit")
            .expectStatus().isBadRequest().expectBody().jsonPath("$.parameter").isEqualTo("steps");
    }

    @Test
    void silo_gaps_page_in_key_order_with_their_evidence_in_time_order() {
        List<String> keys = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            String body = get(ADMIN, "/api/silo-gaps?limit=2&cursor={c}", cursor == null ? "" : cursor)
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
            List<String> page = JsonPath.read(body, "$.items[*].key");
            keys.addAll(page);
            sizes.add(page.size());
            cursor = JsonPath.read(body, "$.next");
        } while (cursor != null && sizes.size() < 5);

        assertThat(keys).containsExactly("broken_promise:C-130abdf9bc3f77ce:helpdesk-calls:K-30",
            "repeat_contact_after_handoff:C-130abdf9bc3f77ce:crm-orders:O-20", "silence:C-84be599b2c8270a8:crm-visits:V-11");
        assertThat(sizes).containsExactly(2, 1);
        get(ADMIN, "/api/silo-gaps?type=broken_promise")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.items.length()").isEqualTo(1)
            .jsonPath("$.items[0].customerId").isEqualTo(JO)
            .jsonPath("$.items[0].severity").isEqualTo(0.9)
            .jsonPath("$.items[0].at").isEqualTo("2024-03-11T17:00:00Z")
            .jsonPath("$.items[0].units").isEqualTo(List.of("service"))
            .jsonPath("$.items[0].evidence").isEqualTo(List.of("helpdesk-calls:K-30", "helpdesk-mails:M-31"))
            .jsonPath("$.items[0].summary").isEqualTo(
                "Callback promised to jo.smith@example.com (born 1984-05-12) on +44 7700 900123 was made late")
            .jsonPath("$.personalDataMasked").isEqualTo(false)
            .jsonPath("$.next").isEmpty();
    }

    @Test
    void silo_gaps_filter_by_unit_customer_and_severity() {
        get(ANALYST, "/api/silo-gaps?unit=sales")
            .expectStatus().isOk()
            .expectBody().jsonPath("$.items[*].type").isEqualTo(List.of("repeat_contact_after_handoff", "silence"));
        get(ANALYST, "/api/silo-gaps?customerId={id}", SAM)
            .expectStatus().isOk()
            .expectBody().jsonPath("$.items[*].type").isEqualTo(List.of("silence"));
        get(ANALYST, "/api/silo-gaps?customerId={id}&limit=1", JO)
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.items[*].type").isEqualTo(List.of("broken_promise"))
            .jsonPath("$.next").isNotEmpty();
        get(ANALYST, "/api/silo-gaps?minSeverity=0.5")
            .expectStatus().isOk()
            .expectBody().jsonPath("$.items.length()").isEqualTo(2);
        get(ANALYST, "/api/silo-gaps?minSeverity=1.5").expectStatus().isBadRequest()
            .expectBody().jsonPath("$.parameter").isEqualTo("minSeverity");
        get(ANALYST, "/api/silo-gaps?cursor=%%%").expectStatus().isBadRequest()
            .expectBody().jsonPath("$.parameter").isEqualTo("cursor");
    }

    @Test
    void an_analyst_sees_personal_data_in_gap_summaries_masked() {
        get(ANALYST, "/api/silo-gaps?type=broken_promise")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.personalDataMasked").isEqualTo(true)
            .jsonPath("$.items[0].summary").isEqualTo("Callback promised to j***@example.com (born 1984) on ***123 was made late")
            .jsonPath("$.items[0].customerId").isEqualTo(JO);
    }

    @Test
    void the_gap_summary_counts_each_type_of_the_current_run() {
        get(DASHBOARD, "/api/silo-gaps/summary")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.types[*].type").isEqualTo(List.of("broken_promise", "repeat_contact_after_handoff", "silence"))
            .jsonPath("$.types[0].count").isEqualTo(1)
            .jsonPath("$.types[0].customers").isEqualTo(1)
            .jsonPath("$.types[0].meanSeverity").isEqualTo(0.9)
            .jsonPath("$.types[2].per1000Customers").value(Double.class, x -> assertThat(x).isCloseTo(333.333, within(1e-3)));
    }

    @Test
    void the_dashboard_reads_aggregates_only_and_nobody_reads_anonymously() {
        get(DASHBOARD, "/api/journeys/paths?level=unit").expectStatus().isForbidden();
        get(DASHBOARD, "/api/journeys/funnel?level=unit&steps=sales").expectStatus().isForbidden();
        get(DASHBOARD, "/api/silo-gaps").expectStatus().isForbidden();
        for (String uri : List.of("/api/metrics", "/api/journeys/flows?level=unit", "/api/business-units/handoffs",
                "/api/silo-gaps/summary", "/api/journeys/paths?level=unit", "/api/silo-gaps")) {
            get(null, uri).expectStatus().isUnauthorized();
            get(ANALYST, uri).expectStatus().isOk();
        }
    }

    @Test
    void prometheus_shows_the_headline_metrics_as_gauges() {
        get(DASHBOARD, "/api/metrics").expectStatus().isOk();
        String first = get(DASHBOARD, "/actuator/prometheus").expectStatus().isOk()
            .expectBody(String.class).returnResult().getResponseBody();
        assertThat(first).contains("seamgraph_customers 3.0").contains("seamgraph_continuity_index 44.44")
            .contains("seamgraph_gaps_per1000{type=\"silence\"} 333.33").contains("seamgraph_gaps_per1000{type=\"no_owner\"} 0.0");
        String second = get(DASHBOARD, "/actuator/prometheus").expectStatus().isOk()
            .expectBody(String.class).returnResult().getResponseBody();
        assertThat(second).contains("seamgraph_silo_score{unit=\"sales\"} 0.75");
    }

    @Test
    void before_the_metrics_job_has_run_the_aggregate_endpoints_say_so() {
        try (CypherFixtures graph = CypherFixtures.connect(Neo4jServerExtension.boltUri())) {
            graph.run("MATCH (m:MetricSnapshot) SET m:MetricSnapshotAside REMOVE m:MetricSnapshot", Map.of());
            try {
                get(DASHBOARD, "/api/metrics")
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").value(String.class, d -> assertThat(d).contains("metrics job"));
                get(ANALYST, "/api/journeys/paths?level=unit").expectStatus().isNotFound();
            } finally {
                graph.run("MATCH (m:MetricSnapshotAside) SET m:MetricSnapshot REMOVE m:MetricSnapshotAside", Map.of());
            }
        }
        get(DASHBOARD, "/api/metrics").expectStatus().isOk();
    }
}
