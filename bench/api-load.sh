#!/usr/bin/env bash
# Load-tests the analytics endpoints of a running graph API with Apache Bench (ab) and prints one Markdown row per
# endpoint: requests, concurrency, mean, p50, p95, p99 (ms) and failures.
#
#   SEAMGRAPH_API_PASSWORD=... bench/api-load.sh [BASE_URL] [REQUESTS] [CONCURRENCY]
#       defaults: http://127.0.0.1:8080 500 4
#
# Needs ab (Debian: apt-get install apache2-utils), curl and python3. The API must serve a graph the metrics job has
# run on. Step values (units, channels) are read from the API itself, so it works on any graph. Each endpoint gets a
# warm-up of 20 requests first (the first funnel request after a metrics run loads the journeys into memory).
set -euo pipefail

BASE="${1:-http://127.0.0.1:8080}"
REQUESTS="${2:-500}"
CONCURRENCY="${3:-4}"
: "${SEAMGRAPH_API_PASSWORD:?set SEAMGRAPH_API_PASSWORD to the API users password}"
command -v ab >/dev/null || { echo "api-load: ab not found (apt-get install apache2-utils)" >&2; exit 1; }
ADMIN="admin:$SEAMGRAPH_API_PASSWORD"
DASHBOARD="dashboard:$SEAMGRAPH_API_PASSWORD"

json() { # user path python-expression-on-d
  curl -sf -u "$1" "$BASE$2" | python3 -c "import json,sys; d=json.load(sys.stdin); print($3)"
}

units=$(json "$ADMIN" /api/business-units/handoffs "' '.join(d['units'])")
read -r -a unit_list <<< "$units"
[ "${#unit_list[@]}" -ge 2 ] || { echo "api-load: need at least two units in /api/business-units/handoffs" >&2; exit 1; }
u1="${unit_list[0]}"; u2="${unit_list[1]}"
channel=$(json "$ADMIN" "/api/journeys/flows?level=channel" "d['nodes'][0]['name']")
month=$(json "$DASHBOARD" /api/metrics "d['computedAt'][:7]")
first_month=$(json "$DASHBOARD" /api/metrics "(lambda w: __import__('datetime').date.fromisocalendar(int(w[:4]), int(w[6:]), 1).strftime('%Y-%m'))(d['weekly'][0]['week'])")

ENDPOINTS=(
  "$DASHBOARD|/api/metrics"
  "$DASHBOARD|/api/business-units/handoffs"
  "$DASHBOARD|/api/silo-gaps/summary"
  "$DASHBOARD|/api/journeys/flows?level=unit"
  "$DASHBOARD|/api/journeys/flows?level=channel&segment=buyer&since=$first_month&until=$month"
  "$ADMIN|/api/journeys/paths?level=unit&k=10"
  "$ADMIN|/api/journeys/paths?level=unit&from=$u1&k=10"
  "$ADMIN|/api/journeys/paths?level=channel&to=$channel&k=10&unit=$u2"
  "$ADMIN|/api/journeys/paths?level=channel&from=$channel&k=10&segment=buyer&since=$first_month&until=$month"
  "$ADMIN|/api/journeys/funnel?level=unit&steps=$u1,$u2"
  "$ADMIN|/api/journeys/funnel?level=stage&steps=shop,buy,service&channel=$channel"
  "$ADMIN|/api/silo-gaps?limit=50"
  "$ADMIN|/api/silo-gaps?limit=50&unit=$u2&minSeverity=0.5"
  "$DASHBOARD|/actuator/prometheus"
)

echo "| endpoint | requests | concurrency | mean ms | p50 ms | p95 ms | p99 ms | failed |"
echo "|---|---|---|---|---|---|---|---|"
for entry in "${ENDPOINTS[@]}"; do
  user="${entry%%|*}"; path="${entry#*|}"
  status=$(curl -s -o /dev/null -w '%{http_code}' -u "$user" "$BASE$path")
  [ "$status" = 200 ] || { echo "api-load: $path answered $status" >&2; exit 1; }
  ab -q -n 20 -c 1 -A "$user" "$BASE$path" >/dev/null 2>&1
  out=$(ab -q -n "$REQUESTS" -c "$CONCURRENCY" -A "$user" "$BASE$path" 2>&1)
  mean=$(awk '/^Time per request:.*\(mean\)$/ {print $4; exit}' <<< "$out")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
  p95=$(awk '$1 == "95%" {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  # ab counts a body whose length differs from the first as failed (Length); the Prometheus text changes on every
  # scrape, so only connect, receive and exception failures and non-2xx answers count here.
  failed=$(sed -n 's/.*(Connect: \([0-9]*\), Receive: \([0-9]*\), Length: [0-9]*, Exceptions: \([0-9]*\)).*/\1 \2 \3/p' <<< "$out" | awk '{print $1 + $2 + $3}')
  failed=${failed:-0}
  non2xx=$(awk '/^Non-2xx responses:/ {print $3}' <<< "$out")
  echo "| \`GET ${path}\` | $REQUESTS | $CONCURRENCY | $mean | $p50 | $p95 | $p99 | $((failed + ${non2xx:-0})) |"
done
