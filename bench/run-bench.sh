#!/usr/bin/env bash
# `make bench`: the load benchmarks of issue 7 §2, start to finish, on this machine only (127.0.0.1).
#
#  1. builds the SPA, the backend (production package), the launcher and the Gatling module;
#  2. makes sure the national data set exists (bench/seed-national.sh; demo data as a fallback);
#  3. starts PostgreSQL + Keycloak (launcher --no-app) and the packaged app with the production
#     heap settings (BENCH_JAVA_OPTS), BENCH_STARTS times, timing each start to /q/health/ready;
#  4. samples the app's RSS all along (rss.csv, by phase);
#  5. location report .xlsx for a province and the nation (time, RSS), the naive SQL in psql,
#     wrk at saturation (trivial /me, center list, center detail, activity list), then the
#     Gatling simulations (list/detail at 1,000 req/s, dashboards at 50 req/s, deadline day);
#  6. prints the summary table (scenario, target, measured, pass/fail) and writes it to
#     bench/results/<timestamp>.md; raw output stays in bench/results/<timestamp>/.
# Exit status: 0 when every target is met, 1 when one is missed, 2 when the run itself broke.
# Settings are environment variables; see bench/README.md.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

export BENCH_DATA=${BENCH_DATA:-.data/bench}
export BENCH_PG_PORT=${BENCH_PG_PORT:-15440}
export BENCH_KC_PORT=${BENCH_KC_PORT:-18190}
export BENCH_KC_MANAGEMENT_PORT=${BENCH_KC_MANAGEMENT_PORT:-19190}
export BENCH_APP_PORT=${BENCH_APP_PORT:-18090}
export SEED=${SEED:-42}
# production heap settings (bench/README.md explains the choice; README.md documents them)
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx224m -XX:+UseParallelGC -XX:+ExitOnOutOfMemoryError}
# the production memory settings of README.md ("Memory") and infra/docker/Dockerfile
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
BENCH_STARTS=${BENCH_STARTS:-3}
BENCH_SKIP_BUILD=${BENCH_SKIP_BUILD:-0}
BENCH_SKIP_SEED=${BENCH_SKIP_SEED:-0}
BENCH_ONLY=${BENCH_ONLY:-xlsx,reports,naive,wrk,listdetail,dashboard,deadline}
# The reports step: the province report's prefill for the province with the most districts
# (Nakhon Ratchasima, 32) and the national roll-up .xlsx, on quarter $BENCH_REPORT_QUARTER of the data's year.
BENCH_REPORT_PROVINCE=${BENCH_REPORT_PROVINCE:-30}
BENCH_REPORT_QUARTER=${BENCH_REPORT_QUARTER:-4}
BENCH_WRK_SECONDS=${BENCH_WRK_SECONDS:-20}
BENCH_WRK_WARMUP_SECONDS=${BENCH_WRK_WARMUP_SECONDS:-15}
BENCH_WRK_CONNECTIONS=${BENCH_WRK_CONNECTIONS:-64}
BENCH_WRK_THREADS=${BENCH_WRK_THREADS:-2}
BENCH_XLSX_RUNS=${BENCH_XLSX_RUNS:-3}
BENCH_NAIVE_RUNS=${BENCH_NAIVE_RUNS:-10}
BENCH_REALM=${BENCH_REALM:-}
BENCH_NATIONAL_USER=${BENCH_NATIONAL_USER:-demo.national}
BENCH_DEMO_PASSWORD=${BENCH_DEMO_PASSWORD:-local-demo-only}
BENCH_RSS_INTERVAL=${BENCH_RSS_INTERVAL:-0.1}

MVNW="$ROOT/mvnw -B"
LAUNCHER=infra/launcher/target/cdvl-local-launcher.jar
APP_JAR=backend/target/quarkus-app/quarkus-run.jar
GATLING=bench/gatling
APP_URL="http://127.0.0.1:$BENCH_APP_PORT"
REALM_URL="http://127.0.0.1:$BENCH_KC_PORT/realms/cdvl"

TS=$(date -u +%Y%m%dT%H%M%SZ)
RUN=$ROOT/bench/results/$TS
SUMMARY=$ROOT/bench/results/$TS.md
PREPARED=$ROOT/$BENCH_DATA/bench-prepared
M=$RUN/measurements.properties
mkdir -p "$RUN" "$RUN/gatling" "$ROOT/$BENCH_DATA"
: > "$M"
echo idle > "$RUN/phase"

LAUNCHER_PID=
APP_PID=
SAMPLER_PID=

step() { printf '\n==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
measure() { printf '%s=%s\n' "$1" "$2" >> "$M"; }
phase() { echo "$1" > "$RUN/phase.tmp" && mv "$RUN/phase.tmp" "$RUN/phase"; }
die() { echo "bench: $*" >&2; exit 2; }
wants() { [[ ",$BENCH_ONLY," == *",$1,"* ]]; }

stop_pid() { # SIGTERM, wait up to 30 s, then SIGKILL; only the process we started
  local pid=$1
  [ -n "$pid" ] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}
cleanup() {
  stop_pid "$SAMPLER_PID"
  stop_pid "$APP_PID"
  stop_pid "$LAUNCHER_PID"
  wait 2>/dev/null
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------
step "Benchmark run $TS — raw output in bench/results/$TS/"
command -v wrk > /dev/null || { note "installing wrk"; apt-get install -y wrk > "$RUN/apt.log" 2>&1 || die "wrk missing (apt-get install -y wrk)"; }
command -v psql > /dev/null || { note "installing the PostgreSQL client"; apt-get install -y postgresql-client >> "$RUN/apt.log" 2>&1 || die "psql missing (apt-get install -y postgresql-client)"; }
for tool in java curl; do command -v $tool > /dev/null || die "$tool missing"; done

cpu=$(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)
measure machine.cpu "$cpu"
measure machine.cores "$(nproc)"
measure machine.memory "$(awk '/MemTotal/{printf "%.1f GB", $2/1048576}' /proc/meminfo)"
measure machine.os "$(. /etc/os-release && echo "$PRETTY_NAME") / $(uname -r)"
measure machine.java "$(java -version 2>&1 | head -1)"
measure machine.load "$(cut -d' ' -f1-3 /proc/loadavg)"
measure git.commit "$(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet 2>/dev/null || echo ' (with local changes)')"
measure git.branch "$(git rev-parse --abbrev-ref HEAD 2>/dev/null)"
measure run.command "${BENCH_COMMAND:-make bench}"
measure run.timestamp "$TS"
measure app.javaOpts "$BENCH_JAVA_OPTS"
measure run.settings "$(env | grep -E '^(BENCH_|SEED=)' | grep -vE '^BENCH_(DATA|PG_PORT|KC_PORT|KC_MANAGEMENT_PORT|APP_PORT|COMMAND)=' | sort | tr '\n' ' ')"
note "machine: $cpu, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

# ---------------------------------------------------------------------------------------------
if [ "$BENCH_SKIP_BUILD" != 1 ]; then
  step "Build: SPA, backend (production package), launcher (log: $RUN/build.log)"
  make build > "$RUN/build.log" 2>&1 || { tail -30 "$RUN/build.log"; die "build failed"; }
fi
[ -f "$APP_JAR" ] && [ -f "$LAUNCHER" ] || die "build output missing ($APP_JAR, $LAUNCHER): run without BENCH_SKIP_BUILD=1"
step "Build: Gatling module (bench/gatling)"
$MVNW -q -f $GATLING/pom.xml test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
  -Dmdep.includeScope=test > "$RUN/build-gatling.log" 2>&1 || { tail -30 "$RUN/build-gatling.log"; die "Gatling module does not build"; }
BENCH_CP="$ROOT/$GATLING/target/test-classes:$(cat $GATLING/target/classpath.txt)"
BENCH_PROPS=(-Dbench.baseUrl="$APP_URL" -Dbench.realmUrl="$REALM_URL" -Dbench.prepared="$PREPARED"
             -Dbench.nationalUser="$BENCH_NATIONAL_USER")

# ---------------------------------------------------------------------------------------------
DATASET=national
if [ "$BENCH_SKIP_SEED" = 1 ]; then
  note "BENCH_SKIP_SEED=1: using whatever $BENCH_DATA holds"
elif [ -f bench/seed-national.sh ]; then
  if [ -f bench/seed/pom.xml ]; then
    step "Build: the seed jar (bench/seed)"
    $MVNW -q -f bench/seed/pom.xml package -DskipTests > "$RUN/build-seed.log" 2>&1 || { tail -30 "$RUN/build-seed.log"; die "seed jar does not build"; }
  fi
  running=$(sed -n 's/^launcher.pid=//p' "$BENCH_DATA.ready" 2>/dev/null || true)
  if [ -n "$running" ] && kill -0 "$running" 2>/dev/null; then
    die "a stack left running by KEEP_RUNNING=1 (launcher pid $running) holds the bench ports: stop it (kill $running) first"
  fi
  step "Data: bench/seed-national.sh (seeds $BENCH_DATA once, SEED=$SEED; log: $RUN/seed.log)"
  t0=$(date +%s)
  bash bench/seed-national.sh > "$RUN/seed.log" 2>&1 || { tail -30 "$RUN/seed.log"; die "seeding failed"; }
  note "done in $(( $(date +%s) - t0 )) s"
else
  DATASET=demo
  step "Data: bench/seed-national.sh not found — DEV FALLBACK to the Lampang demo data (figures are not the national ones)"
fi

# ---------------------------------------------------------------------------------------------
step "Starting PostgreSQL :$BENCH_PG_PORT and Keycloak :$BENCH_KC_PORT (launcher --no-app; log: $RUN/launcher.log)"
READY_FILE=$ROOT/$BENCH_DATA/bench.ready
rm -f "$READY_FILE"
java -jar $LAUNCHER --data-dir "$BENCH_DATA" --no-app --pg-port "$BENCH_PG_PORT" --kc-port "$BENCH_KC_PORT" \
  --kc-management-port "$BENCH_KC_MANAGEMENT_PORT" --app-port "$BENCH_APP_PORT" --ready-file "$READY_FILE" \
  ${BENCH_REALM:+--realm "$BENCH_REALM"} > "$RUN/launcher.log" 2>&1 &
LAUNCHER_PID=$!
for _ in $(seq 1 300); do
  [ -f "$READY_FILE" ] && break
  kill -0 $LAUNCHER_PID 2>/dev/null || { tail -30 "$RUN/launcher.log"; die "launcher stopped"; }
  sleep 1
done
[ -f "$READY_FILE" ] || die "PostgreSQL/Keycloak not ready after 300 s"
export PGPASSWORD=cdvl
PSQL=(psql -X -q -h 127.0.0.1 -p "$BENCH_PG_PORT" -U cdvl -d cdvl)

# ---------------------------------------------------------------------------------------------
start_app() { # $1 = log file, $2 = GC log file; sets APP_PID and READY_MS
  mkdir -p "$ROOT/$BENCH_DATA/files"
  local t0 t1
  t0=$(date +%s%N)
  CDVL_HTTP_PORT=$BENCH_APP_PORT CDVL_HTTP_HOST=127.0.0.1 \
  CDVL_DB_URL="jdbc:postgresql://localhost:$BENCH_PG_PORT/cdvl" CDVL_DB_USER=cdvl CDVL_DB_PASSWORD=cdvl \
  CDVL_OIDC_URL="http://localhost:$BENCH_KC_PORT/realms/cdvl" CDVL_OIDC_PUBLIC_URL="http://localhost:$BENCH_KC_PORT" \
  CDVL_STORAGE_PATH="$ROOT/$BENCH_DATA/files" \
    java $BENCH_JAVA_OPTS "-Xlog:gc:file=$2:time" -jar $APP_JAR > "$1" 2>&1 &
  APP_PID=$!
  until curl -fs -o /dev/null "$APP_URL/q/health/ready"; do
    kill -0 $APP_PID 2>/dev/null || { tail -30 "$1"; die "app stopped during start"; }
    [ $(( ($(date +%s%N) - t0) / 1000000000 )) -lt 180 ] || die "app not ready after 180 s"
    sleep 0.05
  done
  t1=$(date +%s%N)
  READY_MS=$(( (t1 - t0) / 1000000 ))
}

step "Starting the packaged app $BENCH_STARTS times with $BENCH_JAVA_OPTS (time to /q/health/ready)"
for i in $(seq 1 "$BENCH_STARTS"); do
  gclog="$RUN/gc-start-$i.log"; [ "$i" = "$BENCH_STARTS" ] && gclog="$RUN/gc.log"
  start_app "$RUN/app-start-$i.log" "$gclog"
  migrated=$(grep -o 'Successfully applied [0-9]* migration' "$RUN/app-start-$i.log" | grep -o '[0-9]*' || true)
  quarkus=$(grep -o 'started in [0-9.]*s' "$RUN/app-start-$i.log" | grep -o '[0-9.]*' || true)
  measure "ready.$i.ms" "$READY_MS"
  measure "ready.$i.quarkusSeconds" "${quarkus:-?}"
  measure "ready.$i.migrations" "${migrated:-0}"
  note "start $i: ready in $READY_MS ms (Quarkus says ${quarkus:-?} s${migrated:+; applied $migrated migrations, not counted})"
  if [ "$i" -lt "$BENCH_STARTS" ]; then stop_pid "$APP_PID"; APP_PID=; fi
done
measure app.pid "$APP_PID"

if [ "$DATASET" = demo ]; then
  note "loading the demo data (infra/local/demo-lampang.sql, idempotent)"
  "${PSQL[@]}" -f infra/local/demo-lampang.sql > "$RUN/demo-data.log" 2>&1 || die "demo data failed: $RUN/demo-data.log"
fi

# RSS of the app, every BENCH_RSS_INTERVAL s, labelled with the current phase (no forks: /proc, read -t)
sample_rss() {
  local pid=$1 out=$2 ph k v _ nap
  exec {nap}<> <(:)
  [ -f "$out" ] || echo "epoch_us,phase,rss_kb" > "$out"
  while [ -r /proc/$pid/status ]; do
    read -r ph < "$RUN/phase" || ph=?
    while read -r k v _; do [ "$k" = VmRSS: ] && { printf '%s,%s,%s\n' "${EPOCHREALTIME/./}" "$ph" "$v" >> "$out"; break; }; done < /proc/$pid/status
    read -rt "$BENCH_RSS_INTERVAL" -u $nap || true
  done
}
sample_rss "$APP_PID" "$RUN/rss.csv" &
SAMPLER_PID=$!
phase idle

APP_RESTARTS=0
APP_LOGS=("$RUN/app-start-$BENCH_STARTS.log")
# Before each part: if the app stopped answering (e.g. after an OutOfMemoryError), say so, record it and
# start it again, so one broken scenario does not void the ones after it.
ensure_app() {
  curl -fs -m 10 -o /dev/null "$APP_URL/q/health/ready" && return 0
  APP_RESTARTS=$((APP_RESTARTS + 1))
  note "!! the app does not answer /q/health/ready before $1: restarting it (restart $APP_RESTARTS)"
  measure "app.restart.$APP_RESTARTS" "$1"
  stop_pid "$SAMPLER_PID"
  stop_pid "$APP_PID"
  start_app "$RUN/app-restart-$APP_RESTARTS.log" "$RUN/gc-restart-$APP_RESTARTS.log"
  APP_LOGS+=("$RUN/app-restart-$APP_RESTARTS.log")
  note "restarted in $READY_MS ms"
  sample_rss "$APP_PID" "$RUN/rss.csv" &
  SAMPLER_PID=$!
}
# Counts OutOfMemoryErrors and 500s the app logged during a part.
app_errors() {
  local oom=0 err=0 f n
  for f in "${APP_LOGS[@]}"; do
    n=$(grep -c 'OutOfMemoryError' "$f" 2>/dev/null); oom=$((oom + ${n:-0}))
    n=$(grep -c 'Unexpected failure on' "$f" 2>/dev/null); err=$((err + ${n:-0}))
  done
  measure "app.errors.$1.oom" "$((oom - ${LAST_OOM:-0}))"
  measure "app.errors.$1.unexpected" "$((err - ${LAST_ERR:-0}))"
  [ $((oom - ${LAST_OOM:-0})) -gt 0 ] && note "!! the app logged $((oom - ${LAST_OOM:-0})) OutOfMemoryError lines during $1"
  [ $((err - ${LAST_ERR:-0})) -gt 0 ] && note "!! the app logged $((err - ${LAST_ERR:-0})) unexpected failures (HTTP 500) during $1"
  LAST_OOM=$oom; LAST_ERR=$err
}

# ---------------------------------------------------------------------------------------------
step "Prepare: discover the data set through the API, fetch the users' tokens (output: $BENCH_DATA/bench-prepared)"
phase prepare
java -cp "$BENCH_CP" "${BENCH_PROPS[@]}" th.go.cdd.cdvl.bench.Prepare 2>&1 | tee "$RUN/prepare.log" | sed 's/^/    /'
[ "${PIPESTATUS[0]}" = 0 ] || die "Prepare failed"
cp "$PREPARED/meta.properties" "$RUN/dataset.properties"
while IFS='=' read -r k v; do [[ $k == \#* || -z $k ]] || measure "data.$k" "$v"; done < "$PREPARED/meta.properties"
measure data.set "$DATASET"
app_errors prepare
FY=$(sed -n 's/^fiscalYear=//p' "$PREPARED/meta.properties")
PROVINCE=$(sed -n 's/^province=//p' "$PREPARED/meta.properties")
phase idle

token() { # a fresh access token of the national user (the wrk and curl runs are shorter than its 300 s)
  curl -fs -d grant_type=password -d client_id=cdvl-tests -d username="$BENCH_NATIONAL_USER" \
    -d password="$BENCH_DEMO_PASSWORD" "$REALM_URL/protocol/openid-connect/token" \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# ---------------------------------------------------------------------------------------------
# $1 key, $2 path: $BENCH_XLSX_RUNS timed downloads, each in its own RSS phase (xlsx-$1-$i)
timed_downloads() {
  local key=$1 path=$2 i out code secs bytes
  for i in $(seq 1 "$BENCH_XLSX_RUNS"); do
    phase "xlsx-$key-$i-before"; sleep 1
    phase "xlsx-$key-$i"
    out=$(curl -s -o "$RUN/$key.out" -w '%{http_code} %{time_total} %{size_download}' \
      -H "Authorization: Bearer $TOKEN" "$APP_URL$path")
    phase "xlsx-$key-$i-after"; sleep 0.5
    read -r code secs bytes <<< "$out"
    measure "xlsx.$key.$i.status" "$code"; measure "xlsx.$key.$i.seconds" "$secs"; measure "xlsx.$key.$i.bytes" "$bytes"
    note "$key run $i: HTTP $code, $secs s, $bytes bytes"
  done
}

if wants xlsx; then
  ensure_app xlsx
  step "Center location report .xlsx: province $PROVINCE and the nation, $BENCH_XLSX_RUNS runs each (RSS sampled every ${BENCH_RSS_INTERVAL} s)"
  TOKEN=$(token)
  timed_downloads province "/api/v1/center-location-report.xlsx?areaCode=$PROVINCE"
  timed_downloads nation "/api/v1/center-location-report.xlsx"
  phase idle
  app_errors xlsx
fi

# ---------------------------------------------------------------------------------------------
if wants reports; then
  ensure_app reports
  TOKEN=$(token)
  REPORT_DEADLINE=$(curl -fs -H "Authorization: Bearer $TOKEN" "$APP_URL/api/v1/fiscal-years/$FY/deadlines" \
    | python3 -c "import json,sys; print(next(d['id'] for d in json.load(sys.stdin) if d.get('quarter') == $BENCH_REPORT_QUARTER))")
  measure "data.reportProvince" "$BENCH_REPORT_PROVINCE"; measure "data.reportQuarter" "Q$BENCH_REPORT_QUARTER FY$FY"
  step "Province report prefill: province $BENCH_REPORT_PROVINCE, Q$BENCH_REPORT_QUARTER FY$FY; national roll-up .xlsx ($BENCH_XLSX_RUNS runs each)"
  # one untimed call of each first: the app has just started when other steps are skipped, and an
  # officer meets a warm app (the first, cold call cost 0.43 s against 0.05-0.07 s warm on 2026-12-03)
  curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$APP_URL/api/v1/deadlines/$REPORT_DEADLINE/provinces/$BENCH_REPORT_PROVINCE/report"
  curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$APP_URL/api/v1/deadlines/$REPORT_DEADLINE/national-report.xlsx"
  timed_downloads prefill "/api/v1/deadlines/$REPORT_DEADLINE/provinces/$BENCH_REPORT_PROVINCE/report"
  timed_downloads rollup "/api/v1/deadlines/$REPORT_DEADLINE/national-report.xlsx"
  phase idle
  app_errors reports
fi

# ---------------------------------------------------------------------------------------------
if wants naive; then
  step "Naive SQL: national compliance group-by over activity ⨝ center for FY$FY in psql ($BENCH_NAIVE_RUNS runs after one warm-up)"
  phase naive-sql
  { echo '\o /dev/null'; echo '\set fy '"$FY"; cat bench/sql/naive-national-compliance.sql; echo '\timing on'
    for _ in $(seq 1 "$BENCH_NAIVE_RUNS"); do cat bench/sql/naive-national-compliance.sql; done; } > "$RUN/naive.sql"
  "${PSQL[@]}" -f "$RUN/naive.sql" > "$RUN/naive-timing.txt" 2>&1 || note "psql failed: $RUN/naive-timing.txt"
  times=$(sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' "$RUN/naive-timing.txt" | sort -n | tr '\n' ' ')
  measure naive.ms "$times"
  { echo '\set fy '"$FY"; echo 'explain (analyze, buffers)'; cat bench/sql/naive-national-compliance.sql; } \
    | "${PSQL[@]}" > "$RUN/naive-explain.txt" 2>&1
  note "times (ms, sorted): $times"
  note "plan: $RUN/naive-explain.txt ($(grep -o 'Execution Time: .*' "$RUN/naive-explain.txt"))"
  phase idle
fi

# ---------------------------------------------------------------------------------------------
wrk_run() { # $1 name, $2 paths file, $3 seconds; appends measurements wrk.<name>.*
  local name=$1 paths=$2 secs=$3 out=$RUN/wrk-$1.txt
  TOKEN=$(token)
  phase "wrk-$name"
  wrk -t"$BENCH_WRK_THREADS" -c"$BENCH_WRK_CONNECTIONS" -d"${secs}s" --latency -s bench/wrk/paths.lua \
    -H "Authorization: Bearer $TOKEN" "$APP_URL" -- "$paths" > "$out" 2>&1
  phase idle
  local rps errors non2xx sock p99
  rps=$(awk '/^Requests\/sec:/{print $2}' "$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/{print $NF}' "$out")
  sock=$(awk '/Socket errors:/{gsub(",", ""); print $4+$6+$8+$10}' "$out")
  p99=$(awk '$1=="99%"{print $2}' "$out")
  errors=$(( ${non2xx:-0} + ${sock:-0} ))
  [[ $name == warmup* ]] && return 0
  measure "wrk.$name.rps" "${rps:-0}"; measure "wrk.$name.errors" "$errors"; measure "wrk.$name.p99" "${p99:-?}"
  measure "wrk.$name.requests" "$(awk '/requests in/{print $1}' "$out")"
  note "$(printf '%-12s %10s req/s   p99 %8s   errors %s' "$name" "${rps:-?}" "${p99:-?}" "$errors")"
}
if wants wrk; then
  ensure_app wrk
  step "wrk at saturation: $BENCH_WRK_CONNECTIONS connections, $BENCH_WRK_THREADS threads, ${BENCH_WRK_SECONDS} s each (after ${BENCH_WRK_WARMUP_SECONDS} s warm-ups)"
  measure wrk.settings "-t$BENCH_WRK_THREADS -c$BENCH_WRK_CONNECTIONS -d${BENCH_WRK_SECONDS}s"
  for w in trivial list detail activities; do wrk_run "warmup-$w" "$PREPARED/wrk-$w.paths" "$BENCH_WRK_WARMUP_SECONDS"; done
  for w in trivial list detail activities; do wrk_run "$w" "$PREPARED/wrk-$w.paths" "$BENCH_WRK_SECONDS"; done
  app_errors wrk
fi

# ---------------------------------------------------------------------------------------------
gatling() { # $1 simulation class (simple name), $2 key
  local sim=$1 key=$2 before rc dir
  ensure_app "$key"
  step "Gatling $sim (log: $RUN/gatling-$key.log)"
  before=$(ls -1d $GATLING/target/gatling/*/ 2>/dev/null | sort)
  phase "$key"
  $MVNW -f $GATLING/pom.xml gatling:test -Dgatling.simulationClass="th.go.cdd.cdvl.bench.$sim" \
    "${BENCH_PROPS[@]}" \
    > "$RUN/gatling-$key.log" 2>&1
  rc=$?
  phase idle
  dir=$(comm -13 <(echo "$before") <(ls -1d $GATLING/target/gatling/*/ 2>/dev/null | sort) | tail -1)
  measure "gatling.$key.rc" "$rc"
  if [ -n "$dir" ]; then
    cp -r "$dir" "$RUN/gatling/$key"
    measure "gatling.$key.report" "gatling/$key/index.html"
  fi
  grep -E '^(Global|[^ ].*): .* : (true|false)' "$RUN/gatling-$key.log" | sed 's/^/    /'
  grep -E '^(DeadlineDay|ListDetail|Dashboard|Tokens):' "$RUN/gatling-$key.log" | sed 's/^/    /'
  [ -n "$dir" ] || { tail -20 "$RUN/gatling-$key.log"; note "no Gatling report: see the log"; }
  app_errors "$key"
}
wants listdetail && gatling ListDetailSimulation listdetail
wants dashboard && gatling DashboardSimulation dashboard
wants deadline && gatling DeadlineDaySimulation deadline

# ---------------------------------------------------------------------------------------------
phase done
sleep 0.3
stop_pid "$SAMPLER_PID"; SAMPLER_PID=
step "Summary (also in bench/results/$TS.md)"
java -cp "$BENCH_CP" th.go.cdd.cdvl.bench.Summary "$RUN" "$SUMMARY"
status=$?
echo
echo "Raw output: bench/results/$TS/ (Gatling reports: bench/results/$TS/gatling/*/index.html)"
exit $status
