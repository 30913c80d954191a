#!/usr/bin/env bash
# Runs the job jar under spark-submit on a real Spark standalone cluster (one master, one worker) against a fresh
# embedded Neo4j with a login: proof that the README's spark-submit command works as written.
#
#   scripts/spark-submit-check.sh [CUSTOMERS]     default 200
#
# The cluster is what a Spark distribution gives: SPARK_HOME/jars holds Spark's own runtime (spark-sql and
# spark-graphx of the root pom's spark.version, resolved by Maven, downloaded only if not yet in ~/.m2), nothing of
# the project's, so the job jar must bring everything else, as on a real cluster. SPARK_HOME/bin/spark-submit does
# what Spark's bin/spark-submit does: org.apache.spark.launcher.Main builds the driver's java command.
#
# Needs the jars (./mvnw -DskipTests package). Everything it starts is stopped on exit, Ctrl-C and SIGTERM; work
# files and logs are in .seamgraph/spark-check/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CUSTOMERS="${1:-200}"
[[ "$CUSTOMERS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [CUSTOMERS]" >&2; exit 2; }
WORK="$ROOT/.seamgraph/spark-check"
JOBS_JAR="$ROOT/pipeline/target/seamgraph-jobs.jar"

pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -n1; }
SPARK_VERSION="$(pom_property spark.version)"
SCALA_BINARY="$(pom_property scala.binary.version)"
[[ -n "$SPARK_VERSION" && -n "$SCALA_BINARY" ]] || { echo "cannot read spark.version from pom.xml" >&2; exit 1; }

now_ms() { date +%s%3N; }
seconds_since() { local ms=$(($(now_ms) - $1)); printf '%d.%d s' $((ms / 1000)) $((ms % 1000 / 100)); }
STARTED="$(now_ms)"

# --- processes: every one is stopped on exit, newest first ----------------------------------------------------------

pids=()
names=()
started() { pids+=("$1"); names+=("$2"); } # pid name

cleanup() {
  local status=$? i j pid
  trap - EXIT INT TERM HUP
  set +e
  trap '' PIPE
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    pid="${pids[$i]}"
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null; continue; }
    kill -TERM "$pid" 2>/dev/null
    for ((j = 0; j < 200; j++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "spark-submit check: ${names[$i]} (pid $pid) did not stop within 20 s; killing it" >&2
      kill -KILL "$pid" 2>/dev/null
    fi
    wait "$pid" 2>/dev/null
  done
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

fail() { echo "spark-submit check FAILED: $*" >&2; exit 1; }

wait_for() { # file pattern seconds pid name
  local i
  for ((i = 0; i < $3 * 2; i++)); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    kill -0 "$4" 2>/dev/null || { tail -n 30 "$1" >&2; fail "$5 exited before printing '$2' ($1)"; }
    sleep 0.5
  done
  tail -n 30 "$1" >&2
  fail "$5 did not print '$2' within $3 s ($1)"
}

# --- the jars ---------------------------------------------------------------------------------------------------------

[ -f "$JOBS_JAR" ] || ./mvnw -q -B -DskipTests package -pl pipeline -am
rm -rf "$WORK"
mkdir -p "$WORK/spark/bin" "$WORK/spark-dist"

# SPARK_HOME: Spark's own runtime only. Not pipeline/target/spark-lib: that folder also holds the Neo4j connector's
# dependencies (commons-authn-spi, the Java driver, ...), which on a cluster come from the job jar; with them on the
# cluster's class path the connector finds no authentication providers ("Authentication method 'none' is not
# supported. Supported authentication methods are: ").
cat >"$WORK/spark-dist/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.spark-check</groupId><artifactId>spark-distribution</artifactId><version>0</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_$SCALA_BINARY</artifactId><version>$SPARK_VERSION</version></dependency>
    <dependency><groupId>org.apache.spark</groupId><artifactId>spark-graphx_$SCALA_BINARY</artifactId><version>$SPARK_VERSION</version></dependency>
  </dependencies>
</project>
EOF
./mvnw -q -B -f "$WORK/spark-dist/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
  -DincludeScope=runtime "-DoutputDirectory=$WORK/spark/jars" >"$WORK/spark-dist/maven.log" 2>&1 ||
  { tail -n 30 "$WORK/spark-dist/maven.log" >&2; fail "Maven could not resolve Spark $SPARK_VERSION"; }

# A distribution layout (STACK.md): without RELEASE and SPARK_SCALA_VERSION the launcher and the worker look for a
# source build ("Cannot find any build directories").
touch "$WORK/spark/RELEASE"
cat >"$WORK/spark/bin/spark-submit" <<'EOF'
#!/usr/bin/env bash
# What Spark's bin/spark-submit and bin/spark-class do: the launcher prints the driver's command (after a NUL and a
# newline, NUL-separated); run it.
set -euo pipefail
launch="$(mktemp)"
java -Xmx128m -cp "$SPARK_HOME/jars/*" org.apache.spark.launcher.Main org.apache.spark.deploy.SparkSubmit "$@" >"$launch" ||
  { cat "$launch"; rm -f "$launch"; exit 1; }
mapfile -d '' -t cmd < <(tail -c +3 "$launch")
rm -f "$launch"
printf '%q ' "${cmd[@]}" >"$SPARK_HOME/driver-command.txt"
exec "${cmd[@]}"
EOF
chmod +x "$WORK/spark/bin/spark-submit"
export SPARK_HOME="$WORK/spark" SPARK_SCALA_VERSION="$SCALA_BINARY"
export SPARK_LOCAL_IP=127.0.0.1 # every JVM of the cluster, the driver's too, on loopback only
OPENS="$(pom_property spark.jvm.opens)"
echo "spark-submit check: Spark $SPARK_VERSION (Scala $SCALA_BINARY) in ${SPARK_HOME#"$ROOT/"}: $(ls "$SPARK_HOME/jars" | wc -l) jars"

# --- Neo4j with a login, the way the README's jobs meet a real one ------------------------------------------------

unset NEO4J_URI NEO4J_USER NEO4J_PASSWORD NEO4J_DATABASE # the caller's graph is never touched
NEO4J_PASSWORD="check-$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')"
export NEO4J_PASSWORD
./seamgraph server --port 0 --auth --data "$WORK/neo4j" >"$WORK/neo4j.log" 2>&1 &
started $! "Neo4j"
wait_for "$WORK/neo4j.log" '^SEAMGRAPH_NEO4J_READY ' 120 "$!" "Neo4j"
BOLT_URI="$(grep -m1 '^SEAMGRAPH_NEO4J_READY ' "$WORK/neo4j.log" | cut -d' ' -f2)"
echo "spark-submit check: Neo4j at $BOLT_URI (user neo4j, a generated password)"

# --- the cluster ------------------------------------------------------------------------------------------------------

# shellcheck disable=SC2086 # the flags are meant to split into words
java $OPENS -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port 0 --webui-port 0 >"$WORK/master.log" 2>&1 &
started $! "the Spark master"
wait_for "$WORK/master.log" 'I have been elected leader' 90 "$!" "the Spark master"
MASTER_URL="$(grep -m1 -o 'Starting Spark master at spark://[^ ]*' "$WORK/master.log" | awk '{print $NF}')"
[[ -n "$MASTER_URL" ]] || fail "no master URL in $WORK/master.log"

# shellcheck disable=SC2086
java $OPENS -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker \
  --host 127.0.0.1 --port 0 --webui-port 0 --cores 2 --memory 2g --work-dir "$WORK/worker" "$MASTER_URL" \
  >"$WORK/worker.log" 2>&1 &
started $! "the Spark worker"
wait_for "$WORK/worker.log" 'Successfully registered with master' 90 "$!" "the Spark worker"
echo "spark-submit check: cluster up at $MASTER_URL (1 worker, 2 cores)"

# --- a company, then the README's command -------------------------------------------------------------------------

./seamgraph generate --customers "$CUSTOMERS" --seed 5 --out "$WORK/company" >"$WORK/generate.log" 2>&1 ||
  { tail -n 30 "$WORK/generate.log" >&2; fail "generate failed"; }

# As in the README: the connection in the driver's environment (client mode), nothing else. The connector gives it
# to the executors; spark-submit itself adds the --add-opens flags JDK 17 needs, to the driver and the executors.
export NEO4J_URI="$BOLT_URI" NEO4J_USER=neo4j
SUBMITTED="$(now_ms)"
"$SPARK_HOME/bin/spark-submit" \
  --master "$MASTER_URL" \
  --deploy-mode client \
  --class io.seamgraph.pipeline.SeamgraphJobs \
  "$JOBS_JAR" \
  pipeline --sources "$WORK/company/sources.yaml" --quarantine "$WORK/quarantine" --report "$WORK/report.json" \
  > >(tee "$WORK/submit.log" | grep --line-buffered -v -e ' INFO ' -e '^Using Spark') 2>&1 &
started $! "spark-submit"
submit_pid=$!
submit_status=0
wait "$submit_pid" || submit_status=$?
sleep 0.5 # the last lines through tee
((submit_status == 0)) || fail "spark-submit exited with status $submit_status (log: ${WORK#"$ROOT/"}/submit.log)"

# --- evidence -----------------------------------------------------------------------------------------------------

grep -q '=== Seamgraph run summary ===' "$WORK/submit.log" || fail "no run summary in $WORK/submit.log"
[[ -s "$WORK/report.json" ]] || fail "no report at $WORK/report.json"
app="$(grep -m1 -o 'Connected to Spark cluster with app ID [^ ]*' "$WORK/submit.log" | awk '{print $NF}')"
[[ -n "$app" ]] || fail "the driver did not connect to $MASTER_URL"
executors="$(grep -c "Asked to launch executor $app/" "$WORK/worker.log" || true)"
((executors > 0)) || fail "the worker launched no executor for $app"
tasks="$(cat "$WORK/worker/$app"/*/stderr | grep -c 'Executor: Finished task' || true)"
((tasks > 0)) || fail "the executors of $app finished no task"
failed="$(cat "$WORK/worker/$app"/*/stderr | grep -c 'Executor: Exception in task' || true)"
echo "spark-submit check: OK. $app ran on $MASTER_URL: $executors executor(s), $tasks tasks finished," \
  "$failed failed; spark-submit took $(seconds_since "$SUBMITTED"), the check $(seconds_since "$STARTED")"
echo "spark-submit check: driver command in ${SPARK_HOME#"$ROOT/"}/driver-command.txt, executor logs in" \
  "${WORK#"$ROOT/"}/worker/$app/"
