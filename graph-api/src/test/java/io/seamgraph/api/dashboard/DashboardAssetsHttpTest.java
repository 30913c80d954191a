package io.seamgraph.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.seamgraph.api.HttpTestSupport;

import org.junit.jupiter.api.Test;

/**
 * The dashboard's page and modules as served, without a browser (so this runs where Chromium is missing too): open
 * to anyone, complete, self-contained, while the data stays behind HTTP Basic.
 */
class DashboardAssetsHttpTest extends HttpTestSupport {

    private static final Pattern IMPORT = Pattern.compile("from '\\./([\\w-]+\\.js)'");
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(dashboard/[\\w./-]+)\"");
    private static final Pattern ABSOLUTE_URL = Pattern.compile("(?:https?:)?//[\\w.-]+\\.[a-z]{2,}");

    @Test
    void the_page_is_served_at_the_root_without_credentials_under_a_same_origin_policy() {
        String page = text(get(null, "/"));

        assertThat(page).contains("<title>Seamgraph dashboard</title>", "<script type=\"module\" src=\"dashboard/app.js\">");
        get(null, "/").expectHeader().value("Content-Security-Policy",
            policy -> assertThat(policy).contains("default-src 'self'").doesNotContain("unsafe-inline"));
    }

    @Test
    void every_asset_and_module_the_page_loads_is_served_and_nothing_comes_from_elsewhere() {
        Set<String> served = new LinkedHashSet<>();
        Deque<String> toFetch = new ArrayDeque<>();
        String page = text(get(null, "/"));
        assertNoOtherOrigin("/", page);
        ASSET.matcher(page).results().forEach(m -> toFetch.add(m.group(1)));
        while (!toFetch.isEmpty()) {
            String path = toFetch.pop();
            if (!served.add(path)) {
                continue;
            }
            String body = text(get(null, "/" + path));
            assertNoOtherOrigin(path, body);
            Matcher imports = IMPORT.matcher(body);
            while (imports.find()) {
                toFetch.add("dashboard/" + imports.group(1));
            }
        }
        assertThat(served).contains("dashboard/app.js", "dashboard/dashboard.css", "dashboard/api.js",
            "dashboard/metrics.js", "dashboard/heatmap.js", "dashboard/sankey.js", "dashboard/gaps.js",
            "dashboard/timeline.js", "dashboard/voice.js", "dashboard/documents.js");
    }

    @Test
    void the_data_stays_behind_credentials_and_only_the_bundled_assets_are_served() {
        get(null, "/api/customers/{id}", JO).expectStatus().isUnauthorized();
        get(null, "/api/customers/{id}/journey", JO).expectStatus().isUnauthorized();
        get(null, "/dashboard/no-such-file.js").expectStatus().isNotFound();
    }

    private static void assertNoOtherOrigin(String path, String body) {
        // The SVG namespace is a name, not something fetched.
        String withoutNamespaces = body.replace("http://www.w3.org/2000/svg", "");
        assertThat(ABSOLUTE_URL.matcher(withoutNamespaces).results().map(m -> m.group()).toList())
            .as("URLs of other origins in " + path).isEmpty();
    }

    private static String text(org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec response) {
        return response.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }
}
