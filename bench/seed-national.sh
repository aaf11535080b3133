#!/usr/bin/env bash
# The national data set for load tests (bench/seed/README.md): starts PostgreSQL, Keycloak and the app
# on the bench ports (the app migrates the schema and creates the deadlines), runs the seed jar, then
# stops everything, unless KEEP_RUNNING=1. FRESH=1 (or --fresh) starts from an empty database.
# A database that is already seeded is left as it is (the seed runs with --if-empty).
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DATA=${BENCH_DATA:-.data/bench}
BENCH_PG_PORT=${BENCH_PG_PORT:-15440}
BENCH_KC_PORT=${BENCH_KC_PORT:-18190}
BENCH_KC_MANAGEMENT_PORT=${BENCH_KC_MANAGEMENT_PORT:-19190}
BENCH_APP_PORT=${BENCH_APP_PORT:-18090}
SEED=${SEED:-42}
KEEP_RUNNING=${KEEP_RUNNING:-0}
FRESH=${FRESH:-0}
READY_TIMEOUT=${READY_TIMEOUT:-600}

for arg in "$@"; do
  case "$arg" in
    --fresh) FRESH=1 ;;
    --keep-running) KEEP_RUNNING=1 ;;
    *) echo "usage: $0 [--fresh] [--keep-running]   (or FRESH=1, KEEP_RUNNING=1)" >&2; exit 1 ;;
  esac
done

LAUNCHER=infra/launcher/target/cdvl-local-launcher.jar
SEED_JAR=bench/seed/target/cdvl-seed.jar
for jar in "$LAUNCHER" "$SEED_JAR" backend/target/quarkus-app/quarkus-run.jar; do
  [[ -f $jar ]] || { echo "$jar is missing: run make seed-national (it builds it)" >&2; exit 1; }
done

mkdir -p "$(dirname "$BENCH_DATA")"
READY_FILE="$BENCH_DATA.ready"
# beside the data folder, not in it: --fresh deletes the folder while the launcher writes its log
LAUNCHER_LOG="$BENCH_DATA.launcher.log"

seed() {
  java -jar "$SEED_JAR" --db-url "jdbc:postgresql://localhost:$BENCH_PG_PORT/cdvl" --db-user cdvl --db-password cdvl \
    --seed "$SEED" --keycloak-url "http://localhost:$BENCH_KC_PORT" --if-empty
}

# a stack left up by KEEP_RUNNING=1 is used as it is
running_pid=$(sed -n 's/^launcher.pid=//p' "$READY_FILE" 2>/dev/null || true)
if [[ -n $running_pid ]] && kill -0 "$running_pid" 2>/dev/null; then
  if [[ $FRESH == 1 ]]; then
    echo "A launcher (pid $running_pid) is running on $BENCH_DATA: stop it (kill $running_pid) before FRESH=1." >&2
    exit 1
  fi
  echo "Using the stack already running on $BENCH_DATA (launcher pid $running_pid)"
  seed
  exit 0
fi
rm -f "$READY_FILE"

launcher_args=(--data-dir "$BENCH_DATA" --pg-port "$BENCH_PG_PORT" --kc-port "$BENCH_KC_PORT"
  --kc-management-port "$BENCH_KC_MANAGEMENT_PORT" --app-port "$BENCH_APP_PORT" --ready-file "$READY_FILE")
[[ $FRESH == 1 ]] && launcher_args+=(--fresh)

t0=$SECONDS
echo "Starting PostgreSQL :$BENCH_PG_PORT, Keycloak :$BENCH_KC_PORT and the app :$BENCH_APP_PORT in $BENCH_DATA (log: $LAUNCHER_LOG)"
setsid java -jar "$LAUNCHER" "${launcher_args[@]}" >"$LAUNCHER_LOG" 2>&1 </dev/null &
launcher_pid=$!

stop_launcher() {
  if kill -0 "$launcher_pid" 2>/dev/null; then
    echo "Stopping the launcher (pid $launcher_pid) ..."
    kill -TERM "$launcher_pid"
    wait "$launcher_pid" 2>/dev/null || true
  fi
}
on_exit() {
  local status=$?
  if [[ $KEEP_RUNNING == 1 && $status == 0 ]]; then
    return
  fi
  stop_launcher
  exit "$status"
}
trap on_exit EXIT
trap 'exit 130' INT TERM

until [[ -f $READY_FILE ]]; do
  if ! kill -0 "$launcher_pid" 2>/dev/null; then
    echo "The launcher stopped before everything was up:" >&2
    tail -n 30 "$LAUNCHER_LOG" >&2
    exit 1
  fi
  if (( SECONDS - t0 > READY_TIMEOUT )); then
    echo "Not up after ${READY_TIMEOUT}s; see $LAUNCHER_LOG" >&2
    exit 1
  fi
  sleep 1
done
echo "Everything up in $(( SECONDS - t0 )) s"

seed

echo "seed-national finished in $(( SECONDS - t0 )) s (start-up included)"
if [[ $KEEP_RUNNING == 1 ]]; then
  cat <<INFO
Still running (KEEP_RUNNING=1): app http://localhost:$BENCH_APP_PORT, Keycloak http://localhost:$BENCH_KC_PORT,
PostgreSQL localhost:$BENCH_PG_PORT. Load users: load.dDDDD / load.pPP, password load-test-only.
Stop with: kill $launcher_pid
INFO
fi
