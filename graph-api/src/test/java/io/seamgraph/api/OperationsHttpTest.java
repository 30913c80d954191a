package io.seamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Who may call what, and the endpoints operations and integrators use: health, metrics, the OpenAPI document. */
class OperationsHttpTest extends HttpTestSupport {

    @Test
    void the_api_without_credentials_is_unauthorized_with_a_problem_and_a_basic_challenge() {
        get(null, "/api/customers?identifier=jo.smith@example.com")
            .expectStatus().isUnauthorized()
            .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"seamgraph\"")
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.status").isEqualTo(401)
            .jsonPath("$.title").isEqualTo("Authentication required");
    }

    @Test
    void a_wrong_password_is_unauthorized() {
        http.get().uri("/api/customers/{id}", JO)
            .headers(headers -> headers.setBasicAuth(ADMIN, "wrong"))
            .exchange()
            .expectStatus().isUnauthorized();
    }

    @Test
    void the_dashboard_user_may_not_read_customers() {
        get(DASHBOARD, "/api/customers/{id}", JO)
            .expectStatus().isForbidden()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.status").isEqualTo(403)
            .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("'dashboard'"));
        get(DASHBOARD, "/api/customers/{id}/journey", JO).expectStatus().isForbidden();
    }

    @Test
    void health_is_open_and_shows_neo4j_up() {
        get(null, "/actuator/health")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.status").isEqualTo("UP")
            .jsonPath("$.components.neo4j.status").isEqualTo("UP")
            .jsonPath("$.components.neo4j.details").doesNotExist();
    }

    @Test
    void a_signed_in_user_sees_the_details_of_the_neo4j_health() {
        get(DASHBOARD, "/actuator/health")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.components.neo4j.status").isEqualTo("UP")
            .jsonPath("$.components.neo4j.details.edition").isNotEmpty();
    }

    @Test
    void prometheus_metrics_are_for_the_dashboard_and_admin_only() {
        get(ANALYST, "/api/customers/{id}", JO).expectStatus().isOk();

        String metrics = get(DASHBOARD, "/actuator/prometheus")
            .expectStatus().isOk()
            .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("http_server_requests_seconds_count").contains("jvm_memory_used_bytes");
        get(ADMIN, "/actuator/prometheus").expectStatus().isOk();
        get(ANALYST, "/actuator/prometheus").expectStatus().isForbidden();
        get(null, "/actuator/prometheus").expectStatus().isUnauthorized();
    }

    @Test
    void the_openapi_document_is_open_and_describes_every_operation() {
        get(null, "/v3/api-docs")
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.info.title").isEqualTo("Seamgraph API")
            .jsonPath("$.paths['/api/customers'].get.description").value(String.class,
                description -> assertThat(description).contains("e-mail"))
            .jsonPath("$.paths['/api/customers'].get.parameters[0].name").isEqualTo("identifier")
            .jsonPath("$.paths['/api/customers/{id}'].get.summary").isEqualTo("Read one customer")
            .jsonPath("$.paths['/api/customers/{id}/journey'].get.description").isNotEmpty()
            .jsonPath("$.components.securitySchemes.basic.scheme").isEqualTo("basic");
    }

    @Test
    void swagger_ui_is_open() {
        get(null, "/swagger-ui/index.html")
            .expectStatus().isOk()
            .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
        get(null, "/swagger-ui.html").expectStatus().is3xxRedirection();
    }

    @Test
    void other_actuator_endpoints_are_not_exposed() {
        get(ADMIN, "/actuator/env").expectStatus().isNotFound();
    }
}
