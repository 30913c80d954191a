package io.seamgraph.text.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdentifierFinderTest {

    private final IdentifierFinder finder = new IdentifierFinder("GB", patterns());

    private static Map<String, Pattern> patterns() {
        Map<String, Pattern> p = new LinkedHashMap<>();
        p.put("order", Pattern.compile("ORD-\\d{6}"));
        p.put("account", Pattern.compile("ACC\\d{8}"));
        return p;
    }

    @Test
    void finds_emails_phones_handles_and_named_patterns_normalised() {
        Identifiers found = finder.find("Hi, it's Jane (Jane.Doe@Example.com, @JaneD_88 on X). Call me on 07911 123456 "
            + "or +44 20 7946 0958 about ORD-123456; my account is ACC12345678.");

        assertThat(found.emails()).containsExactly("jane.doe@example.com");
        assertThat(found.phones()).containsExactly("+447911123456", "+442079460958");
        assertThat(found.handles()).containsExactly("janed_88");
        assertThat(found.ofPattern("order")).containsExactly("ORD-123456");
        assertThat(found.ofPattern("account")).containsExactly("ACC12345678");
    }

    @Test
    void the_domain_of_an_email_is_not_a_handle_and_an_order_number_is_not_a_phone() {
        Identifiers found = finder.find("Write to support@acme-home.co.uk about order ORD-202611 placed 12/03/2026.");

        assertThat(found.handles()).isEmpty();
        assertThat(found.phones()).isEmpty();
        assertThat(found.emails()).containsExactly("support@acme-home.co.uk");
    }
}
