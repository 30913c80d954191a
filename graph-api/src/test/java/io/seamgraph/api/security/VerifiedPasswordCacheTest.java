package io.seamgraph.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class VerifiedPasswordCacheTest {

    /** A check that accepts analyst/right only, and counts how often it ran. */
    private static final class CountingCheck implements AuthenticationProvider {
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public Authentication authenticate(Authentication authentication) {
            checks.incrementAndGet();
            if (!"right".equals(authentication.getCredentials())) {
                throw new BadCredentialsException("Bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null,
                List.of(new SimpleGrantedAuthority("ROLE_ANALYST")));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private static Authentication login(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("analyst", password);
    }

    @Test
    void a_password_that_passed_is_not_checked_again_until_the_entry_expires() {
        CountingCheck check = new CountingCheck();
        MovableClock clock = new MovableClock();
        VerifiedPasswordCache cache = new VerifiedPasswordCache(check, Duration.ofMinutes(5), 100, clock);

        Authentication first = cache.authenticate(login("right"));
        Authentication second = cache.authenticate(login("right"));
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        cache.authenticate(login("right"));

        assertThat(first.isAuthenticated()).isTrue();
        assertThat(second.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ANALYST");
        assertThat(check.checks).hasValue(2);
    }

    @Test
    void a_wrong_password_is_always_checked_and_never_rides_on_a_cached_right_one() {
        CountingCheck check = new CountingCheck();
        VerifiedPasswordCache cache = new VerifiedPasswordCache(check, Duration.ofMinutes(5), 100, new MovableClock());
        cache.authenticate(login("right"));

        assertThatThrownBy(() -> cache.authenticate(login("wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> cache.authenticate(login("wrong"))).isInstanceOf(BadCredentialsException.class);

        assertThat(check.checks).hasValue(3);
        assertThat(cache.authenticate(login("right")).isAuthenticated()).isTrue();
        assertThat(check.checks).hasValue(3);
    }
}
