#!/usr/bin/env bash
# Benchmarks the whole pipeline on generated companies: generation, then ingest, resolve and journeys against a
# fresh embedded Neo4j on this machine. Prints one Markdown row per size and keeps the raw reports.
#
#   bench/pipeline.sh [CUSTOMERS ...]        default: 10000 100000
#
# Needs the jars (./mvnw -DskipTests package) and python3 (for the summary only). Results: bench/out/<N>/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if [ $# -gt 0 ]; then SIZES=("$@"); else SIZES=(10000 100000); fi
SEED=42

for n in "${SIZES[@]}"; do
  out="bench/out/$n"
  rm -rf "$out" && mkdir -p "$out"

  SEAMGRAPH_SERVER_MEMORY="${SEAMGRAPH_SERVER_MEMORY:-4g}" ./seamgraph server --port 0 --data "$out/neo4j" \
      --page-cache "${BENCH_PAGE_CACHE:-2g}" > "$out/server.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 180); do
    grep -q '^SEAMGRAPH_NEO4J_READY ' "$out/server.log" && break
    kill -0 $server 2>/dev/null || { cat "$out/server.log"; exit 1; }
    sleep 1
  done
  uri=$(grep -m1 '^SEAMGRAPH_NEO4J_READY ' "$out/server.log" | cut -d' ' -f2)

  /usr/bin/time -v ./seamgraph generate --customers "$n" --seed "$SEED" --out "$out/company" \
      > "$out/generate.log" 2> "$out/generate.time"
  /usr/bin/time -v ./seamgraph pipeline --sources "$out/company/sources.yaml" --neo4j-uri "$uri" \
      --quarantine "$out/quarantine" --report "$out/report.json" > "$out/pipeline.log" 2> "$out/pipeline.time"

  kill $server; wait $server 2>/dev/null || true
  trap - EXIT

  python3 - "$out" "$n" <<'PY'
import json, re, sys, pathlib
out, n = pathlib.Path(sys.argv[1]), int(sys.argv[2])
def wall(f):
    t = (out / f).read_text()
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", t)
    parts = [float(p) for p in m.group(1).split(":")]
    secs = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) / 1024 / 1024
    return secs, rss
gen_s, gen_rss = wall("generate.time")
run_s, run_rss = wall("pipeline.time")
steps = {s["step"]: s for s in json.loads((out / "report.json").read_text())["steps"]}
ing = steps["ingest"]; c = ing["counts"]
nodes = sum(v for k, v in c.items() if k.startswith("written:") and "nodes" in k)
rels = sum(v for k, v in c.items() if k.startswith("written:") and "relationships" in k)
res, jou = steps["resolve"], steps["journeys"]
rres = res["counts"]; rjou = jou["counts"]
print(f"| {n:,} | {c['source rows read']:,} | {gen_s:.0f} s | {ing['seconds']:.0f} s | {c['source rows read']/ing['seconds']:,.0f} | "
      f"{nodes/ing['seconds']:,.0f} | {rels/ing['seconds']:,.0f} | {res['seconds']:.0f} s ({rres['source records']/res['seconds']:,.0f} records/s) | "
      f"{jou['seconds']:.0f} s ({rjou['touchpoints placed in journeys']/jou['seconds']:,.0f} touchpoints/s) | {run_s:.0f} s | {run_rss:.1f} GB |")
PY
done
