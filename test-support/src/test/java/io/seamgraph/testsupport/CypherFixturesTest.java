package io.seamgraph.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Script splitting and resource loading, without a server. */
class CypherFixturesTest {

    @Test
    void splits_where_a_line_ends_with_a_semicolon_and_drops_comments() {
        String script = """
                // a comment; with a semicolon;
                CREATE (:A {text: 'x; y'})
                  ;
                MATCH (a:A)
                RETURN a;   \s
                RETURN 2
                """;

        assertThat(CypherFixtures.statements(script))
                .containsExactly("CREATE (:A {text: 'x; y'})", "MATCH (a:A)\nRETURN a", "RETURN 2");
    }

    @Test
    void reads_its_own_queries_from_the_classpath() {
        assertThat(CypherFixtures.statements(CypherFixtures.resource("/io/seamgraph/testsupport/wipe.cypher")))
                .singleElement().asString().contains("DETACH DELETE n").contains("IN TRANSACTIONS");
    }

    @Test
    void a_missing_resource_is_named() {
        assertThatThrownBy(() -> CypherFixtures.resource("fixtures/nope.cypher"))
                .hasMessageContaining("fixtures/nope.cypher");
    }

    @Test
    void schema_names_are_quoted_as_identifiers() {
        assertThat(CypherFixtures.quote("odd `name`")).isEqualTo("`odd ``name```");
    }
}
