package io.seamgraph.api.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

import io.seamgraph.api.ApiProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. Stateless HTTP Basic: no session, no cookie, so no CSRF token either. A password that passed its
 * check is taken on trust for five minutes ({@link VerifiedPasswordCache}): Spring Security stores a plain
 * ({@code {noop}}) password as BCrypt after the first login, and BCrypt on every request was most of the API's CPU.
 * <ul>
 * <li>open: {@code /actuator/health}, the OpenAPI document and Swagger UI, and the dashboard's page and assets
 * ({@code /}, {@code /index.html}, {@code /dashboard/**}): they hold no data, and the page must load before it can ask
 * for credentials. Its data comes from {@code /api/**} like any other client's.</li>
 * <li>{@code POST /api/corrections}: ADMIN</li>
 * <li>the aggregate analytics ({@code /api/metrics}, {@code /api/journeys/flows}, {@code /api/business-units/handoffs},
 * {@code /api/silo-gaps/summary}, {@code /api/silo-gaps/sentiment}, {@code /api/topics}): DASHBOARD, ANALYST or ADMIN; they hold no personal data</li>
 * <li>the rest of {@code /api/**}: ANALYST (personal data masked) or ADMIN</li>
 * <li>{@code /actuator/prometheus}: DASHBOARD or ADMIN</li>
 * <li>anything else: ADMIN</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The dashboard's page and its bundled assets (src/main/resources/static). */
    private static final String[] DASHBOARD = {"/", "/index.html", "/dashboard/**"};

    /** Everything the dashboard loads comes from this server: a script injected elsewhere could not run. */
    private static final String DASHBOARD_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** How long a password that passed its (slow) check is taken on trust: see {@link VerifiedPasswordCache}. */
    private static final Duration PASSWORD_CHECK_KEPT_FOR = Duration.ofMinutes(5);

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json, InMemoryUserDetailsManager users,
                                    PasswordEncoder passwords) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        DaoAuthenticationProvider check = new DaoAuthenticationProvider(users);
        check.setPasswordEncoder(passwords);
        return http
            .authenticationManager(new ProviderManager(
                new VerifiedPasswordCache(check, PASSWORD_CHECK_KEPT_FOR, 1_000, Clock.systemUTC())))
            .csrf(AbstractHttpConfigurer::disable)
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
            .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                dashboardPaths(), new StaticHeadersWriter("Content-Security-Policy", DASHBOARD_POLICY))))
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/error").permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                    "/swagger-ui.html", "/swagger-ui/**").permitAll()
                .requestMatchers(HttpMethod.GET, DASHBOARD).permitAll()
                // Corrections change how records resolve: only ADMIN declares them.
                .requestMatchers(HttpMethod.POST, "/api/corrections").hasRole(Roles.ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/metrics", "/api/journeys/flows", "/api/business-units/handoffs",
                    "/api/silo-gaps/summary", "/api/silo-gaps/sentiment", "/api/topics")
                    .hasAnyRole(Roles.DASHBOARD, Roles.ANALYST, Roles.ADMIN)
                .requestMatchers("/api/**").hasAnyRole(Roles.ANALYST, Roles.ADMIN)
                .requestMatchers("/actuator/prometheus").hasAnyRole(Roles.DASHBOARD, Roles.ADMIN)
                .anyRequest().hasRole(Roles.ADMIN))
            .build();
    }

    private static RequestMatcher dashboardPaths() {
        return new OrRequestMatcher(Arrays.stream(DASHBOARD)
            .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, path))
            .toList());
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
