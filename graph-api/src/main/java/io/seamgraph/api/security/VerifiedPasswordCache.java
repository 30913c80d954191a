package io.seamgraph.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Remembers a password that passed its check for a short time. Stateless HTTP Basic sends the password with every
 * request, and a stored BCrypt hash is slow by design: about 80 ms of CPU per check, measured as 97% of the API's CPU
 * when a dashboard polled {@code /api/metrics} (BENCHMARKS.md). Like the realm cache of Elasticsearch's security, a
 * successful check is kept per user under a salted SHA-256 of the password (never the password itself) until
 * {@code ttl} passes. A failed check is never kept, so a wrong password always costs the full check.
 */
final class VerifiedPasswordCache implements AuthenticationProvider {

    private record Verified(byte[] digest, Authentication result, Instant expires) {
    }

    private final AuthenticationProvider delegate;
    private final Duration ttl;
    private final int maxUsers;
    private final Clock clock;
    private final byte[] salt = new byte[16];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedPasswordCache(AuthenticationProvider delegate, Duration ttl, int maxUsers, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.maxUsers = maxUsers;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)
            || !(authentication.getCredentials() instanceof String password)) {
            return delegate.authenticate(authentication);
        }
        String user = authentication.getName();
        byte[] digest = digest(password);
        Instant now = clock.instant();
        Verified known = verified.get(user);
        if (known != null && now.isBefore(known.expires()) && MessageDigest.isEqual(known.digest(), digest)) {
            return known.result();
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            if (verified.size() >= maxUsers) {
                verified.clear(); // a handful of API users: reaching the bound means something is off, start again
            }
            verified.put(user, new Verified(digest, result, now.plus(ttl)));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    private byte[] digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
