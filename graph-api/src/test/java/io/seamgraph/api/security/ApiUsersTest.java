package io.seamgraph.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import io.seamgraph.api.ApiProperties;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

class ApiUsersTest {

    @Test
    void without_configured_users_the_three_default_users_share_the_configured_password() {
        ApiUsers users = ApiUsers.from(new ApiProperties("GB", "s3cret", List.of()), () -> "unused");

        assertThat(users.generatedPassword()).isNull();
        assertThat(users.users()).extracting(UserDetails::getUsername).containsExactly("admin", "analyst", "dashboard");
        assertThat(users.users()).extracting(UserDetails::getPassword).containsOnly("{noop}s3cret");
        assertThat(roles(users.users().get(0))).containsExactly("ROLE_ADMIN");
        assertThat(roles(users.users().get(1))).containsExactly("ROLE_ANALYST");
        assertThat(roles(users.users().get(2))).containsExactly("ROLE_DASHBOARD");
    }

    @Test
    void without_a_password_one_is_generated_and_reported() {
        ApiUsers users = ApiUsers.from(new ApiProperties("GB", " ", List.of()), () -> "generated-1");

        assertThat(users.generatedPassword()).isEqualTo("generated-1");
        assertThat(users.users()).extracting(UserDetails::getPassword).containsOnly("{noop}generated-1");
    }

    @Test
    void a_generated_password_is_long_and_different_each_time() {
        assertThat(ApiUsers.randomPassword()).hasSize(32).isNotEqualTo(ApiUsers.randomPassword());
    }

    @Test
    void configured_users_replace_the_defaults_and_a_bare_bcrypt_hash_is_recognised() {
        String hash = "$2a$10$" + "a".repeat(53);
        ApiUsers users = ApiUsers.from(new ApiProperties("GB", "ignored", List.of(
            new ApiProperties.User("ops", "{noop}pw", List.of("dashboard")),
            new ApiProperties.User("lead", hash, List.of("ADMIN", "ANALYST")))), () -> "unused");

        assertThat(users.generatedPassword()).isNull();
        assertThat(users.users()).extracting(UserDetails::getUsername).containsExactly("ops", "lead");
        assertThat(users.users().get(1).getPassword()).isEqualTo("{bcrypt}" + hash);
        assertThat(roles(users.users().get(0))).containsExactly("ROLE_DASHBOARD");
        assertThat(roles(users.users().get(1))).containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_ANALYST");
    }

    @Test
    void every_configuration_problem_is_reported_at_once() {
        ApiProperties properties = new ApiProperties("GB", null, List.of(
            new ApiProperties.User("ops", "plain", List.of("DASHBOARD")),
            new ApiProperties.User("ops", "{noop}x", List.of("ROOT")),
            new ApiProperties.User("nobody", "{noop}x", List.of()),
            new ApiProperties.User(" ", "{noop}x", List.of("ADMIN"))));

        assertThatIllegalStateException().isThrownBy(() -> ApiUsers.from(properties, () -> "unused"))
            .withMessageContaining("seamgraph.api.users[0].password of 'ops' must name its encoding")
            .withMessageContaining("seamgraph.api.users[1].name 'ops' is configured twice")
            .withMessageContaining("unknown role 'ROOT'")
            .withMessageContaining("seamgraph.api.users[2].roles of 'nobody' is empty")
            .withMessageContaining("seamgraph.api.users[3].name is missing");
    }

    private static List<String> roles(UserDetails user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
