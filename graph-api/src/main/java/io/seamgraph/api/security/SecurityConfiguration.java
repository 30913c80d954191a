package io.seamgraph.api.security;

import io.seamgraph.api.ApiProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. Stateless HTTP Basic: no session, no cookie, so no CSRF token either.
 * <ul>
 * <li>open: {@code /actuator/health}, the OpenAPI document and Swagger UI</li>
 * <li>the aggregate analytics ({@code /api/metrics}, {@code /api/journeys/flows}, {@code /api/business-units/handoffs},
 * {@code /api/silo-gaps/summary}): DASHBOARD, ANALYST or ADMIN; they hold no personal data</li>
 * <li>the rest of {@code /api/**}: ANALYST (personal data masked) or ADMIN</li>
 * <li>{@code /actuator/prometheus}: DASHBOARD or ADMIN</li>
 * <li>anything else: ADMIN</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        return http
            .csrf(AbstractHttpConfigurer::disable)
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
            .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/error").permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                    "/swagger-ui.html", "/swagger-ui/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/metrics", "/api/journeys/flows", "/api/business-units/handoffs",
                    "/api/silo-gaps/summary").hasAnyRole(Roles.DASHBOARD, Roles.ANALYST, Roles.ADMIN)
                .requestMatchers("/api/**").hasAnyRole(Roles.ANALYST, Roles.ADMIN)
                .requestMatchers("/actuator/prometheus").hasAnyRole(Roles.DASHBOARD, Roles.ADMIN)
                .anyRequest().hasRole(Roles.ADMIN))
            .build();
    }

    @Bean
    InMemoryUserDetailsManager apiUsers(ApiProperties properties) {
        ApiUsers users = ApiUsers.from(properties, ApiUsers::randomPassword);
        if (users.generatedPassword() != null) {
            log.warn("""


                Using generated password for the default API users {}: {}

                This password is made anew at every start. Set SEAMGRAPH_API_PASSWORD (or seamgraph.api.users) \
                to choose your own.
                """, String.join(", ", ApiUsers.DEFAULT_USERS), users.generatedPassword());
        }
        return new InMemoryUserDetailsManager(users.users());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
