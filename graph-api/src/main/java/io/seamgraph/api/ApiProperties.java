package io.seamgraph.api;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API's own settings, under {@code seamgraph.api}.
 *
 * @param phoneRegion the region (ISO 3166 alpha-2) a phone number without a country code is read in, e.g. {@code GB}
 * @param password    the password of the default users ({@code admin}, {@code analyst}, {@code dashboard}) when
 *                    {@code users} is empty; blank means generate one at start-up and log it
 * @param users       the users who may call the API; empty means the three default users
 */
@ConfigurationProperties("seamgraph.api")
public record ApiProperties(@DefaultValue("GB") String phoneRegion, String password, List<User> users) {

    public ApiProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * One configured user.
     *
     * @param name     the login name
     * @param password the stored password with its encoding, {@code {bcrypt}$2a$...} or {@code {noop}secret}
     * @param roles    any of {@code ADMIN}, {@code ANALYST}, {@code DASHBOARD}
     */
    public record User(String name, String password, List<String> roles) {

        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }
}
