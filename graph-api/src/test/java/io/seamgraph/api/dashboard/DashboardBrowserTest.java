package io.seamgraph.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.seamgraph.testsupport.CypherFixtures;
import io.seamgraph.testsupport.Neo4jServerExtension;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The dashboard in a real headless Chromium, against the real API over HTTP on the fixture graph: the page signs in,
 * shows what the API answers, and drills down from a gap to the customer's journey with the gap marked on it.
 * The expectations are read from the API itself (as the page reads them), plus what the fixture graph makes certain.
 *
 * <p>Every view reads the real endpoints on the fixture graph {@link DashboardPageSupport} loads. What customers say
 * (gap sentiment, topics, documents) has its own test, {@link DashboardVoiceBrowserTest}.
 *
 * <p>Skipped, with the reason, where no Chromium is installed. {@code scripts/dashboard-screenshot.sh} runs it with
 * {@code -Dseamgraph.dashboard.screenshot=docs/dashboard.png}; otherwise the screenshot goes to target/.
 */
class DashboardBrowserTest extends DashboardPageSupport {

    /** Jo's gap whose evidence is the store purchase and the call eight days later. */
    private static final String JO_REPEAT_CONTACT = "repeat_contact_after_handoff:" + JO + ":crm-orders:O-20";

    /** The gaps the page lists are the graph's, evidence and units included. */
    @Test
    void the_gaps_in_the_fixture_graph_are_the_gaps_the_endpoint_serves() {
        try (CypherFixtures graph = CypherFixtures.connect(Neo4jServerExtension.boltUri())) {
            List<String> inGraph = graph.run("""
                    MATCH (c:Customer)-[:HAS_GAP]->(g:SiloGap)
                    WHERE c.id = g.customerId
                    OPTIONAL MATCH (g)-[:EVIDENCE]->(t:Touchpoint)
                    WITH g, t ORDER BY t.key
                    WITH g, collect(t.key) AS evidence
                    MATCH (g)-[:INVOLVES]->(u:BusinessUnit)
                    WITH g, evidence, collect(u.key) AS involved
                    WHERE size(involved) = size(g.units) AND all(unit IN g.units WHERE unit IN involved)
                    RETURN g.key + ' ' + g.type + ' ' + g.customerId + ' ' + toString(g.at) + ' ' + toString(g.severity)
                        + ' ' + reduce(s = '', k IN evidence | s + k + ',') AS gap
                    """).stream().map(row -> (String) row.get("gap")).toList();
            List<String> served = list(api("/api/silo-gaps?limit=500").get("items")).stream()
                .map(g -> g.get("key").asString() + " " + g.get("type").asString() + " " + g.get("customerId").asString()
                    + " " + g.get("at").asString() + " " + g.get("severity").asDouble() + " "
                    + list(g.get("evidence")).stream().map(JsonNode::asString).sorted()
                        .map(k -> k + ",").reduce("", String::concat))
                .toList();
            assertThat(inGraph).containsExactlyInAnyOrderElementsOf(served);
        }
    }

    @Test
    void without_credentials_the_page_loads_and_asks_to_sign_in_but_shows_no_data(Chromium chromium) {
        BrowserPage page = open(chromium);

        page.waitFor("!document.querySelector('#login').hidden", "the sign-in form");
        assertThat(page.eval("document.querySelector('#views').hidden").asBoolean()).isTrue();
        assertThat(page.count("#metrics [data-metric]")).isZero();
        get(null, "/api/metrics").expectStatus().isUnauthorized();
        get(null, "/dashboard/app.js").expectStatus().isOk()
            .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy).contains("default-src 'self'"));
    }

    @Test
    void a_wrong_password_brings_the_sign_in_form_back_with_a_message(Chromium chromium) {
        BrowserPage page = open(chromium);
        page.waitFor("!document.querySelector('#login').hidden", "the sign-in form");

        signIn(page, ANALYST, "not-the-password");

        page.waitFor("document.querySelector('#login-message').textContent.includes('Wrong user or password')",
            "the wrong-password message");
        assertThat(page.eval("document.querySelector('#views').hidden").asBoolean()).isTrue();
    }

    @Test
    void the_headline_shows_the_metrics_the_api_computed(Chromium chromium) {
        JsonNode metrics = api("/api/metrics");
        BrowserPage page = signedIn(chromium);

        assertThat(page.text("[data-metric=customers] dd")).isEqualTo(integer(metrics.get("customers")));
        assertThat(page.text("[data-metric=identities] dd")).isEqualTo(decimal(metrics.get("identitiesPerCustomer"), 2));
        assertThat(page.text("[data-metric=multi-unit] dd")).isEqualTo(percent(metrics.get("multiUnitShare")));
        assertThat(page.text("[data-metric=continuity] dd")).isEqualTo(decimal(metrics.get("continuityIndex"), 2));

        // Gap types from the most to the least frequent, each with its rate.
        List<Map.Entry<String, JsonNode>> rates = new ArrayList<>(metrics.get("gapsPer1000").properties());
        rates.sort(Comparator.comparing((Map.Entry<String, JsonNode> e) -> e.getValue().asDouble()).reversed());
        assertThat(page.attributes(".gaps-per-1000 tr", "data-type")).containsExactlyElementsOf(
            rates.stream().map(Map.Entry::getKey).toList());
        assertThat(page.texts(".gaps-per-1000 td.n")).containsExactlyElementsOf(
            rates.stream().map(e -> decimal(e.getValue(), 1)).toList());
    }

    @Test
    void the_heatmap_colours_unit_pairs_by_the_chosen_measure(Chromium chromium) {
        JsonNode handoffs = api("/api/business-units/handoffs");
        List<JsonNode> cells = list(handoffs.get("cells"));
        BrowserPage page = signedIn(chromium);

        assertThat(page.texts(".heatmap thead th[scope=col]")).containsExactlyElementsOf(strings(handoffs.get("units")));
        assertThat(page.count(".heatmap td[data-from]")).isEqualTo(cells.size());
        JsonNode busiest = cells.stream().max(Comparator.comparing((JsonNode c) -> c.get("volume").asInt())).orElseThrow();
        String busiestCell = cell(busiest);
        assertThat(page.text(busiestCell)).isEqualTo(integer(busiest.get("volume")));
        assertThat(page.eval("document.querySelector(" + BrowserPage.quote(busiestCell) + ").title").asString())
            .contains(busiest.get("from").asString() + " → " + busiest.get("to").asString())
            .contains(integer(busiest.get("volume")) + " hand-offs")
            .contains(percent(busiest.get("repeatContactRate")));
        // The deepest colour goes to the largest value (ties: any of them).
        assertThat(value(cells, darkestCell(page), "volume")).isEqualTo(busiest.get("volume").asDouble());

        page.select("#heatmap select[name=measure]", "repeatContactRate");

        JsonNode mostRepeated = cells.stream()
            .max(Comparator.comparing((JsonNode c) -> c.get("repeatContactRate").asDouble())).orElseThrow();
        page.waitFor("document.querySelector('.heatmap').dataset.measure === 'repeatContactRate'", "the recoloured heatmap");
        assertThat(page.text(cell(mostRepeated))).isEqualTo(percent(mostRepeated.get("repeatContactRate")));
        assertThat(value(cells, darkestCell(page), "repeatContactRate"))
            .isEqualTo(mostRepeated.get("repeatContactRate").asDouble());
    }

    @Test
    void the_sankey_draws_the_flows_of_the_chosen_level(Chromium chromium) {
        BrowserPage page = signedIn(chromium);

        for (String level : List.of("unit", "stage", "channel")) {
            JsonNode flows = api("/api/journeys/flows?level=" + level);
            page.select("#sankey select[name=level]", level);
            List<JsonNode> links = list(flows.get("links")).stream().filter(l -> l.get("count").asInt() > 0).toList();
            // A node no customer passes through is not drawn.
            List<String> nodeIds = links.stream()
                .flatMap(l -> Stream.of(l.get("source").asString(), l.get("target").asString()))
                .distinct().toList();
            page.waitFor("[...document.querySelectorAll('.sankey [data-node]')].map(n => n.dataset.node).sort().join()"
                + " === " + BrowserPage.quote(String.join(",", nodeIds.stream().sorted().toList())),
                "the " + level + " flows");
            assertThat(page.count(".sankey .links path")).as(level + " links").isEqualTo(links.size());
            JsonNode biggest = links.stream().max(Comparator.comparing((JsonNode l) -> l.get("count").asInt())).orElseThrow();
            String path = ".sankey path[data-source=\"" + biggest.get("source").asString() + "\"][data-target=\""
                + biggest.get("target").asString() + "\"]";
            assertThat(page.text(path + " title")).as("the widest " + level + " link")
                .contains(integer(biggest.get("count")) + " customers");
            double widest = page.eval("Math.max(...[...document.querySelectorAll('.sankey .links path')]"
                + ".map(p => Number(p.getAttribute('stroke-width'))))").asDouble();
            assertThat(page.eval("Number(document.querySelector(" + BrowserPage.quote(path) + ").getAttribute('stroke-width'))")
                .asDouble()).isEqualTo(widest);
        }
    }

    @Test
    void the_gap_list_filters_by_type_and_pages_with_the_next_cursor(Chromium chromium) {
        JsonNode firstPage = api("/api/silo-gaps?limit=10");
        BrowserPage page = signedIn(chromium);

        assertThat(page.attributes(".gap-list tbody tr", "data-key"))
            .containsExactlyElementsOf(keys(firstPage));
        assertThat(firstPage.get("next").isNull()).as("the fixture has more than one page").isFalse();
        assertThat(page.eval("document.querySelector('#gaps .more').hidden").asBoolean()).isFalse();

        page.click("#gaps .more");

        List<String> all = keys(api("/api/silo-gaps?limit=500"));
        page.waitFor("document.querySelectorAll('.gap-list tbody tr').length === " + all.size(), "the second page");
        assertThat(page.attributes(".gap-list tbody tr", "data-key")).containsExactlyElementsOf(all);
        assertThat(page.eval("document.querySelector('#gaps .more').hidden").asBoolean()).isTrue();

        page.select("#gaps select[name=type]", "consent_conflict");

        List<String> consent = keys(api("/api/silo-gaps?type=consent_conflict&limit=500"));
        assertThat(consent).hasSizeGreaterThan(1).hasSizeLessThan(all.size());
        page.waitFor("document.querySelectorAll('.gap-list tbody tr').length === " + consent.size(), "the filtered list");
        assertThat(page.attributes(".gap-list tbody tr", "data-key")).containsExactlyElementsOf(consent);
        assertThat(page.texts(".gap-list td.type")).containsOnly("consent conflict");
        assertThat(page.texts("#gaps select[name=type] option")).contains("consent conflict ("
            + integer(list(api("/api/silo-gaps/summary").get("types")).stream()
                .filter(t -> t.get("type").asString().equals("consent_conflict")).findFirst().orElseThrow().get("count"))
            + ")");
    }

    @Test
    void choosing_a_gap_shows_the_customers_journey_with_the_gap_marked_where_it_happened(Chromium chromium) {
        List<String> journey = strings(api("/api/customers/" + JO + "/journey").get("steps"), "key");
        List<String> joGaps = keys(api("/api/silo-gaps?customerId=" + JO + "&limit=500"));
        assertThat(joGaps).contains(JO_REPEAT_CONTACT);
        BrowserPage page = signedIn(chromium);

        page.click(".gap-list tr[data-key=\"" + JO_REPEAT_CONTACT + "\"]");

        page.waitFor("document.querySelector('#timeline svg.timeline')", "Jo's timeline");
        assertThat(page.text("#timeline h2")).isEqualTo("Journey of " + JO);
        assertThat(page.attributes("#timeline circle.step", "data-step")).containsExactlyElementsOf(journey);
        assertThat(page.attributes("#timeline .gap-marker", "data-gap-key")).containsExactlyInAnyOrderElementsOf(joGaps);
        assertThat(page.attributes("#timeline .gap-marker.chosen", "data-gap-key")).containsExactly(JO_REPEAT_CONTACT);
        // The evidence of the chosen gap, the store purchase and the call, is ringed; the marker stands at the call.
        assertThat(page.attributes("#timeline circle.evidence", "data-step"))
            .containsExactly("crm-orders:O-20", "helpdesk-calls:K-30");
        assertThat(page.eval("document.querySelector('#timeline .gap-marker.chosen line').getAttribute('x1')").asDouble())
            .isEqualTo(page.eval("document.querySelector('#timeline circle[data-step=\"helpdesk-calls:K-30\"]')"
                + ".getAttribute('cx')").asDouble());
        // In the table the gap comes right after the call that made it, with its plain-language summary.
        List<String> rows = page.strings("[...document.querySelectorAll('#timeline table.journey tbody tr')]"
            + ".map(r => r.dataset.step ?? r.dataset.gapKey)");
        assertThat(rows.get(rows.indexOf("helpdesk-calls:K-30") + 1)).isEqualTo(JO_REPEAT_CONTACT);
        assertThat(page.text("#timeline tr.gap.chosen"))
            .contains("gap: repeat contact after handoff")
            .contains("eight days later called customer service");
        assertThat(page.text("#timeline .note")).isEqualTo(journey.size() + " touchpoints, " + joGaps.size() + " silo gaps");

        page.screenshot(Path.of(System.getProperty("seamgraph.dashboard.screenshot", "target/dashboard.png")));
    }

    @Test
    void a_customer_without_touchpoints_still_lists_their_gaps(Chromium chromium) {
        List<String> alexGaps = keys(api("/api/silo-gaps?customerId=" + ALEX + "&limit=500"));
        BrowserPage page = signedIn(chromium);

        page.click(".gap-list tr[data-customer=\"" + ALEX + "\"]");

        page.waitFor("document.querySelector('#timeline table.journey')", "Alex's journey");
        assertThat(page.text("#timeline .message.empty")).isEqualTo("This customer has no touchpoints.");
        assertThat(page.attributes("#timeline tr.gap", "data-gap-key")).containsExactlyInAnyOrderElementsOf(alexGaps);
        assertThat(list(api("/api/customers/" + ALEX + "/documents").get("documents"))).isEmpty();
        page.waitFor("document.querySelector('#documents .message.empty')", "Alex's documents");
        assertThat(page.text("#documents .message.empty")).isEqualTo("No documents are linked to this customer.");
    }

    @Test
    void a_dashboard_user_sees_the_aggregates_and_is_told_why_the_gap_list_is_closed(Chromium chromium) {
        BrowserPage page = open(chromium);
        page.waitFor("!document.querySelector('#login').hidden", "the sign-in form");

        signIn(page, DASHBOARD, PASSWORD);

        page.waitFor("document.body.dataset.ready === 'true'", "every view to load");
        // The aggregates hold no personal data: the DASHBOARD role reads them (docs/api.md).
        for (String view : List.of("#metrics", "#heatmap", "#sankey", "#gap-sentiment", "#topics")) {
            assertThat(page.count(view + " .message.error")).as(view).isZero();
        }
        assertThat(page.count("#gap-sentiment g.gap-type")).isPositive();
        assertThat(page.count("#topics tr[data-topic]")).isPositive();
        assertThat(page.text("#gaps .message.error")).as("#gaps")
            .contains("User 'dashboard' has no role that may call /api/")
            .contains("Sign in as an ANALYST or ADMIN user");
    }

    /**
     * A graph the pipeline ran on but found nothing in: a metrics run of no customers, no aggregates, no gaps, a
     * gap-sentiment run of no documents. Every view says so in words, none shows an error. The snapshots are pointed at
     * empty runs and the gaps set aside for the test, then put back.
     */
    @Test
    void on_a_graph_with_nothing_in_it_every_view_shows_its_empty_state(Chromium chromium) {
        try (CypherFixtures graph = CypherFixtures.connect(Neo4jServerExtension.boltUri())) {
            graph.run("""
                MATCH (m:MetricSnapshot {key: 'current'})
                SET m.parkedRunId = m.runId, m.parkedCustomers = m.customers, m.runId = 'run-empty', m.customers = 0""");
            graph.run("MATCH (g:SiloGap) SET g:ParkedSiloGap REMOVE g:SiloGap");
            graph.run("MATCH (v:VoiceSnapshot {key: 'current'}) SET v.parkedRunId = v.runId, v.runId = 'run-empty'");
            try {
                BrowserPage page = signedIn(chromium);

                assertThat(page.count(".message.error")).as("errors on an empty graph").isZero();
                assertThat(page.text("#metrics .message.empty")).contains("No metrics yet");
                assertThat(page.text("#heatmap .message.empty")).contains("No hand-offs yet");
                assertThat(page.text("#sankey .message.empty")).contains("No unit flows yet");
                assertThat(page.text("#gaps .message.empty")).contains("No silo gaps yet");
                assertThat(page.text("#gap-sentiment .message.empty")).contains("No silo gaps to weigh yet");
                assertThat(page.text("#topics .message.empty")).contains("No documents yet");
            } finally {
                graph.run("MATCH (v:VoiceSnapshot {key: 'current'}) SET v.runId = v.parkedRunId REMOVE v.parkedRunId");
                graph.run("MATCH (g:ParkedSiloGap) SET g:SiloGap REMOVE g:ParkedSiloGap");
                graph.run("""
                    MATCH (m:MetricSnapshot {key: 'current'})
                    SET m.runId = m.parkedRunId, m.customers = m.parkedCustomers
                    REMOVE m.parkedRunId, m.parkedCustomers""");
            }
        }
    }

    /**
     * One endpoint failing (here the Sankey's: its rows lost their position, so the API answers 500) costs only its own
     * view, which says what went wrong; the other views load. The rows are put back after.
     */
    @Test
    void a_failing_endpoint_shows_an_error_in_its_own_view_and_the_others_still_load(Chromium chromium) {
        try (CypherFixtures graph = CypherFixtures.connect(Neo4jServerExtension.boltUri())) {
            graph.run("""
                MATCH (m:MetricSnapshot {key: 'current'}) MATCH (f:FlowStat {runId: m.runId})
                SET f.parkedStepIndex = f.stepIndex REMOVE f.stepIndex""");
            try {
                http.get().uri("/api/journeys/flows?level=unit").headers(h -> h.setBasicAuth(ANALYST, PASSWORD))
                    .exchange().expectStatus().is5xxServerError();
                BrowserPage page = signedIn(chromium);

                assertThat(page.text("#sankey .message.error")).contains("500");
                assertThat(page.count("#sankey svg")).isZero();
                for (String view : List.of("#metrics", "#heatmap", "#gaps", "#gap-sentiment", "#topics")) {
                    assertThat(page.count(view + " .message.error")).as(view).isZero();
                }
                assertThat(page.count("#metrics [data-metric]")).isPositive();
                assertThat(page.count(".heatmap td[data-from]")).isPositive();
            } finally {
                graph.run("""
                    MATCH (f:FlowStat) WHERE f.parkedStepIndex IS NOT NULL
                    SET f.stepIndex = f.parkedStepIndex REMOVE f.parkedStepIndex""");
            }
        }
    }

    private static double value(List<JsonNode> cells, JsonNode fromTo, String measure) {
        return cells.stream()
            .filter(c -> c.get("from").asString().equals(fromTo.get(0).asString())
                && c.get("to").asString().equals(fromTo.get(1).asString()))
            .findFirst().orElseThrow().get(measure).asDouble();
    }

    /** The [from, to] of the cell whose background is the deepest blue of the heatmap's ramp. */
    private static JsonNode darkestCell(BrowserPage page) {
        JsonNode darkest = page.eval("(() => { let best = null, low = 1e9; "
            + "for (const td of document.querySelectorAll('.heatmap td[data-from]')) { "
            + "  const [r, g, b] = getComputedStyle(td).backgroundColor.match(/\\d+/g).map(Number); "
            + "  if (r + g + b < low) { low = r + g + b; best = td; } } "
            + "return [best.dataset.from, best.dataset.to]; })()");
        return darkest;
    }

    private static String cell(JsonNode cell) {
        return ".heatmap td[data-from=\"" + cell.get("from").asString() + "\"][data-to=\"" + cell.get("to").asString() + "\"]";
    }

    private static List<String> keys(JsonNode gapPage) {
        return strings(gapPage.get("items"), "key");
    }
}
