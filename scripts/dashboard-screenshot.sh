#!/usr/bin/env bash
# Retakes docs/dashboard.png. The dashboard's browser test (graph-api DashboardBrowserTest) signs in, drills down from
# a silo gap to the customer's journey and screenshots the whole page; this runs that one test with the screenshot
# pointed at docs/. Needs a Chromium (Debian: apt-get install chromium; or SEAMGRAPH_CHROMIUM=/path/to/chrome).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SEAMGRAPH_REQUIRE_CHROMIUM=true ./mvnw -q -B -ntp -pl graph-api -am verify \
  -Dtest='DashboardBrowserTest#choosing_a_gap*' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dseamgraph.dashboard.screenshot="$ROOT/docs/dashboard.png"
echo "wrote docs/dashboard.png"
