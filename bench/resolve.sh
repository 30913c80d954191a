#!/usr/bin/env bash
# Benchmarks probabilistic identity resolution (docs/identity-resolution.md) on a generated company: ingest's
# prepare step, then train, score and cluster, then the comparison with the generator's truth. No Neo4j.
# Prints the evaluate summary (records/s, candidate pairs/s, quality) and the peak RSS of the JVM.
#
#   bench/resolve.sh [CUSTOMERS ...]      default: 30000 (about 100,000 source records)
#
# Needs the jars (./mvnw -DskipTests package). Results: bench/out/resolve-<N>/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if [ $# -gt 0 ]; then SIZES=("$@"); else SIZES=(30000); fi
SEED=42

for n in "${SIZES[@]}"; do
  out="bench/out/resolve-$n"
  mkdir -p "$out"
  if [ ! -f "$out/company/sources.yaml" ]; then
    ./seamgraph generate --customers "$n" --seed "$SEED" --out "$out/company" > "$out/generate.log" 2>&1
  fi
  records=$(($(wc -l < "$out/company/truth/records.csv") - 1))
  echo "== $n customers, $records source records (truth rows)"
  /usr/bin/time -v ./seamgraph evaluate --sources "$out/company/sources.yaml" --settings examples/resolution.yaml \
      --truth "$out/company/truth/records.csv" --quarantine "$out/quarantine" --save-model "$out/model.json" \
      > "$out/evaluate.log" 2> "$out/evaluate.time"
  grep -A4 '^Identity resolution quality' "$out/evaluate.log"
  grep -E '^\[evaluate\] (train|[0-9,]+ records|  blocking|expected|links|clusters)' "$out/evaluate.log" || true
  echo "  wall: $(grep 'Elapsed (wall clock)' "$out/evaluate.time" | awk '{print $NF}')," \
       "peak RSS: $(($(grep 'Maximum resident set size' "$out/evaluate.time" | awk '{print $NF}') / 1024)) MiB," \
       "machine: $(nproc) cores, $(($(grep MemTotal /proc/meminfo | awk '{print $2}') / 1024 / 1024)) GiB"
done
