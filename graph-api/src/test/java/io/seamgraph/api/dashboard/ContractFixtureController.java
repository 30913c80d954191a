package io.seamgraph.api.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * TEMPORARY, test only: answers the analytics endpoints of /work/brief/CONTRACTS.md ("HTTP JSON") with the fixture
 * JSON under {@code contract-fixtures/}, because the real controllers (package io.seamgraph.api.analytics) are built on
 * another branch. Delete this class and {@code contract-fixtures/} once they are merged: the dashboard test then runs
 * against the real endpoints (see DashboardBrowserTest).
 *
 * <p>{@code @TestComponent} keeps it out of component scanning: only a test that imports it gets these paths, so the
 * other HTTP tests see the API as it really is. The gap list honours the contract's {@code type}, {@code unit},
 * {@code customerId}, {@code minSeverity}, {@code limit} and {@code cursor}, so the page's filter and paging are
 * exercised for real. {@link #answerEmpty} makes every endpoint answer as on a graph where no pipeline has run yet;
 * {@link #failHandoffs} makes one endpoint fail.
 */
@TestComponent
@RestController
class ContractFixtureController {

    private final JsonMapper json;
    private final AtomicBoolean empty = new AtomicBoolean();
    private final AtomicBoolean handoffsDown = new AtomicBoolean();

    ContractFixtureController(JsonMapper json) {
        this.json = json;
    }

    /** From now on, answer as a graph without analytics would: zero customers, no cells, flows or gaps. */
    void answerEmpty(boolean emptyGraph) {
        empty.set(emptyGraph);
    }

    /** From now on, the hand-off endpoint fails as the real one does when Neo4j is down: 503 with a problem detail. */
    void failHandoffs(boolean down) {
        handoffsDown.set(down);
    }

    @GetMapping("/api/metrics")
    JsonNode metrics() {
        return empty.get()
            ? json.readTree("{\"customers\":0,\"identitiesPerCustomer\":0,\"multiUnitShare\":0,\"continuityIndex\":0,"
                + "\"gapsPer1000\":{},\"siloScores\":[],\"weekly\":[],\"computedAt\":null}")
            : read("metrics.json");
    }

    @GetMapping("/api/business-units/handoffs")
    JsonNode handoffs() {
        if (handoffsDown.get()) {
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "Neo4j cannot be reached at the moment. Try again shortly."), null);
        }
        return empty.get() ? json.readTree("{\"units\":[],\"cells\":[]}") : read("handoffs.json");
    }

    @GetMapping("/api/journeys/flows")
    JsonNode flows(@RequestParam String level) {
        if (!List.of("channel", "unit", "stage").contains(level)) {
            throw new IllegalArgumentException("level must be channel, unit or stage");
        }
        return empty.get() ? json.readTree("{\"level\":\"" + level + "\",\"nodes\":[],\"links\":[]}")
            : read("flows-" + level + ".json");
    }

    @GetMapping("/api/silo-gaps/summary")
    JsonNode summary() {
        return empty.get() ? json.readTree("{\"types\":[]}") : read("silo-gaps-summary.json");
    }

    @GetMapping("/api/silo-gaps")
    Map<String, Object> gaps(@RequestParam(required = false) String type, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String customerId, @RequestParam(required = false) Double minSeverity,
            @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String cursor) {
        List<JsonNode> matching = new ArrayList<>();
        if (!empty.get()) {
            for (JsonNode gap : read("silo-gaps.json").get("items")) {
                if (matches(type, gap.get("type").asString()) && matches(customerId, gap.get("customerId").asString())
                        && (unit == null || unit.isEmpty() || unitsOf(gap).contains(unit))
                        && (minSeverity == null || gap.get("severity").asDouble() >= minSeverity)) {
                    matching.add(gap);
                }
            }
        }
        // The cursor is the offset of the next item: opaque to the page, which only passes `next` back.
        int from = cursor == null || cursor.isEmpty() ? 0
            : Integer.parseInt(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        int to = Math.min(matching.size(), from + limit);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", matching.subList(Math.min(from, to), to));
        page.put("next", to < matching.size()
            ? Base64.getUrlEncoder().withoutPadding().encodeToString(String.valueOf(to).getBytes(StandardCharsets.UTF_8))
            : null);
        return page;
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.isEmpty() || wanted.equals(actual);
    }

    private static List<String> unitsOf(JsonNode gap) {
        List<String> units = new ArrayList<>();
        gap.get("units").forEach(u -> units.add(u.asString()));
        return units;
    }

    private JsonNode read(String name) {
        try (InputStream in = getClass().getResourceAsStream("/contract-fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource contract-fixtures/" + name);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
