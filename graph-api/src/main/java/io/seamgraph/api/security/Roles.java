package io.seamgraph.api.security;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The three roles of the API and what each may see. */
public final class Roles {

    /** Everything, personal data included. */
    public static final String ADMIN = "ADMIN";
    /** Customers and journeys, with personal data masked. */
    public static final String ANALYST = "ANALYST";
    /** Metrics and health only. */
    public static final String DASHBOARD = "DASHBOARD";

    static final Set<String> ALL = Set.of(ADMIN, ANALYST, DASHBOARD);

    private Roles() {
    }

    /** Only ADMIN sees names, dates of birth, addresses and identifier values unmasked. */
    public static boolean seesPersonalData(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(("ROLE_" + ADMIN)::equals);
    }
}
