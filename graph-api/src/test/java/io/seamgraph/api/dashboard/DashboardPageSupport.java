package io.seamgraph.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.StreamSupport;

import io.seamgraph.api.HttpTestSupport;
import io.seamgraph.testsupport.CypherFixtures;
import io.seamgraph.testsupport.Neo4jServerExtension;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the dashboard's browser tests share: the fixture graph every view reads, a signed-in page in the class's headless
 * Chromium, the API's own answers to compare the page with, and the check that no page threw.
 *
 * <p>On top of the shared customers and journeys: the silo gaps ({@code fixtures/silo-gaps.cypher}), the precomputed
 * metrics and aggregates ({@code journey-metrics.cypher}, {@code dashboard-aggregates.cypher}), and the documents with
 * the gap-sentiment job's statistics ({@code documents.cypher}).
 */
@ExtendWith(ChromiumExtension.class)
abstract class DashboardPageSupport extends HttpTestSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    private final List<BrowserPage> pages = new ArrayList<>();

    @BeforeAll
    static void loadDashboardFixtures() {
        try (CypherFixtures graph = CypherFixtures.connect(Neo4jServerExtension.boltUri())) {
            graph.load("fixtures/silo-gaps.cypher");
            graph.load("fixtures/journey-metrics.cypher");
            graph.load("fixtures/dashboard-aggregates.cypher");
            graph.load("fixtures/documents.cypher");
        }
    }

    @AfterEach
    void the_page_threw_nothing() {
        try {
            for (BrowserPage page : pages) {
                assertThat(page.exceptions()).as("uncaught exceptions in the page").isEmpty();
                // Chrome logs every failed request; the API's refusals are expected in some tests, nothing else is.
                assertThat(page.consoleErrors()).as("console errors other than failed API requests")
                    .allMatch(error -> error.startsWith("network:") && error.contains("/api/"));
            }
        } finally {
            pages.forEach(BrowserPage::close);
        }
    }

    BrowserPage open(Chromium chromium) {
        BrowserPage page = chromium.newPage();
        pages.add(page);
        page.open("http://127.0.0.1:" + port + "/");
        return page;
    }

    BrowserPage signedIn(Chromium chromium) {
        return signedIn(chromium, ANALYST);
    }

    /** The page once it has signed in as {@code user} and every view has loaded. */
    BrowserPage signedIn(Chromium chromium, String user) {
        BrowserPage page = open(chromium);
        page.waitFor("!document.querySelector('#login').hidden", "the sign-in form");
        signIn(page, user, PASSWORD);
        page.waitFor("document.body.dataset.ready === 'true'", "every view to load");
        return page;
    }

    static void signIn(BrowserPage page, String user, String password) {
        page.type("#login-form [name=user]", user);
        page.type("#login-form [name=password]", password);
        page.eval("document.querySelector('#login-form').requestSubmit()");
    }

    /** What the API answers an ANALYST, as the page reads it. */
    JsonNode api(String uri) {
        return api(ANALYST, uri);
    }

    JsonNode api(String user, String uri) {
        String body = http.get().uri(uri).headers(h -> h.setBasicAuth(user, PASSWORD)).exchange()
            .expectStatus().isOk()
            .expectBody(String.class).returnResult().getResponseBody();
        return JSON.readTree(body);
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    static List<String> strings(JsonNode array) {
        return list(array).stream().map(JsonNode::asString).toList();
    }

    static List<String> strings(JsonNode array, String field) {
        return list(array).stream().map(item -> item.get(field).asString()).toList();
    }

    // The page formats numbers in en-GB; these say the same in Java.
    static String integer(JsonNode n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n.asLong());
    }

    static String decimal(JsonNode n, int digits) {
        return format(digits, NumberFormat::getNumberInstance).format(n.asDouble());
    }

    static String percent(JsonNode share) {
        return format(1, NumberFormat::getPercentInstance).format(share.asDouble());
    }

    private static NumberFormat format(int digits, Function<Locale, NumberFormat> kind) {
        NumberFormat format = kind.apply(Locale.UK);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format;
    }
}
