package io.seamgraph.api.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.seamgraph.api.ApiProperties;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The users who may call the API, from {@code seamgraph.api.users}, or the three default users ({@code admin},
 * {@code analyst}, {@code dashboard}) sharing {@code seamgraph.api.password} or a generated password. Checked in one
 * place at start-up: every problem in the configuration is reported in one message.
 *
 * @param users             the users, with encoded passwords
 * @param generatedPassword the password made up at start-up for the default users, or {@code null} when none was
 */
record ApiUsers(List<UserDetails> users, String generatedPassword) {

    static final List<String> DEFAULT_USERS = List.of("admin", "analyst", "dashboard");

    /** A password as Spring Security stores it: {@code {id}...}, or a bare bcrypt hash. */
    private static final Pattern ENCODED = Pattern.compile("\\{[a-zA-Z0-9_-]+}.*");
    private static final Pattern BCRYPT = Pattern.compile("\\$2[abxy]?\\$\\d{2}\\$.{53}");

    static ApiUsers from(ApiProperties properties, Supplier<String> passwordGenerator) {
        if (properties.users().isEmpty()) {
            return defaults(properties.password(), passwordGenerator);
        }
        List<String> problems = new ArrayList<>();
        List<UserDetails> users = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < properties.users().size(); i++) {
            ApiProperties.User user = properties.users().get(i);
            String where = "seamgraph.api.users[" + i + "]";
            if (user.name() == null || user.name().isBlank()) {
                problems.add(where + ".name is missing");
                continue;
            }
            if (!names.add(user.name())) {
                problems.add(where + ".name '" + user.name() + "' is configured twice");
            }
            String password = user.password() == null ? "" : user.password();
            if (BCRYPT.matcher(password).matches()) {
                password = "{bcrypt}" + password;
            } else if (!ENCODED.matcher(password).matches()) {
                problems.add(where + ".password of '" + user.name() + "' must name its encoding: {bcrypt}$2a$10$... "
                    + "or {noop}secret (for example {noop}${MY_PASSWORD} to take it from the environment)");
            }
            List<String> roles = user.roles().stream().map(String::strip).map(String::toUpperCase).toList();
            if (roles.isEmpty()) {
                problems.add(where + ".roles of '" + user.name() + "' is empty; give one or more of " + knownRoles());
            }
            roles.stream().filter(role -> !Roles.ALL.contains(role)).forEach(role ->
                problems.add(where + ".roles of '" + user.name() + "' has unknown role '" + role + "'; known roles are "
                    + knownRoles()));
            users.add(User.withUsername(user.name()).password(password).roles(roles.toArray(String[]::new)).build());
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The API users are misconfigured:\n  - " + String.join("\n  - ", problems));
        }
        return new ApiUsers(List.copyOf(users), null);
    }

    private static ApiUsers defaults(String configuredPassword, Supplier<String> passwordGenerator) {
        boolean generate = configuredPassword == null || configuredPassword.isBlank();
        String password = generate ? passwordGenerator.get() : configuredPassword;
        List<UserDetails> users = List.of(
            user("admin", password, Roles.ADMIN),
            user("analyst", password, Roles.ANALYST),
            user("dashboard", password, Roles.DASHBOARD));
        return new ApiUsers(users, generate ? password : null);
    }

    private static UserDetails user(String name, String password, String role) {
        return User.withUsername(name).password("{noop}" + password).roles(role).build();
    }

    /** 24 random bytes, URL-safe Base64: 32 characters. */
    static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String knownRoles() {
        return String.join(", ", Roles.ALL.stream().sorted().toList());
    }
}
