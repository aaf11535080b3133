#!/usr/bin/env bash
# `make test`: one PostgreSQL and one Keycloak for the whole run (the launcher, test ports), then
# backend tests, frontend unit tests, the browser end-to-end tests against the packaged app, and the
# reliability suite (infra/local/test-reliability.sh) last.
set -euo pipefail
cd "$(dirname "$0")/../.."

TEST_APP_PORT=${TEST_APP_PORT:-18080}
TEST_KC_PORT=${TEST_KC_PORT:-18180}
TEST_KC_MANAGEMENT_PORT=${TEST_KC_MANAGEMENT_PORT:-19180}
TEST_PG_PORT=${TEST_PG_PORT:-15433}
DATA=.data/test
READY=$DATA/services.ready
# Keycloak stays unpacked between local runs (it is slow to build); the database starts empty.
rm -rf "$DATA/postgres" "$DATA/files" "$READY"
mkdir -p "$DATA/logs"

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step() { printf '\n==> %s\n' "$*"; }

step "Starting test PostgreSQL :$TEST_PG_PORT and Keycloak :$TEST_KC_PORT (log: $DATA/logs/launcher.log)"
java -jar infra/launcher/target/cdvl-local-launcher.jar --data-dir "$DATA" --no-app \
  --pg-port "$TEST_PG_PORT" --kc-port "$TEST_KC_PORT" --kc-management-port "$TEST_KC_MANAGEMENT_PORT" \
  --ready-file "$READY" > "$DATA/logs/launcher.log" 2>&1 &
pids+=($!)

step "Backend: build the SPA into it, unit and integration tests, package"
(cd frontend && npm run build)
# Keycloak starts meanwhile; the backend tests that need it wait for it below.
for _ in $(seq 1 240); do
  [ -f "$READY" ] && break
  kill -0 "${pids[0]}" 2>/dev/null || { tail -40 "$DATA/logs/launcher.log"; echo "launcher died" >&2; exit 1; }
  sleep 1
done
[ -f "$READY" ] || { tail -40 "$DATA/logs/launcher.log"; echo "services not ready after 240 s" >&2; exit 1; }
./mvnw -B -f backend/pom.xml verify -Dcdvl.test.keycloak-url="http://localhost:$TEST_KC_PORT"

step "Frontend lint (ESLint: types, hooks, import boundaries)"
(cd frontend && npm run lint)

step "Frontend unit tests"
(cd frontend && npm test)

step "Starting the packaged app on :$TEST_APP_PORT (log: $DATA/logs/app.log)"
CDVL_HTTP_PORT=$TEST_APP_PORT CDVL_HTTP_HOST=127.0.0.1 \
CDVL_DB_URL="jdbc:postgresql://localhost:$TEST_PG_PORT/cdvl" CDVL_DB_USER=cdvl CDVL_DB_PASSWORD=cdvl \
CDVL_OIDC_URL="http://localhost:$TEST_KC_PORT/realms/cdvl" CDVL_OIDC_PUBLIC_URL="http://localhost:$TEST_KC_PORT" \
CDVL_STORAGE_PATH="$DATA/files" MALLOC_ARENA_MAX=2 \
  java -Xmx224m -XX:+UseParallelGC -XX:+ExitOnOutOfMemoryError -jar backend/target/quarkus-app/quarkus-run.jar > "$DATA/logs/app.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do
  curl -fs "http://localhost:$TEST_APP_PORT/q/health/ready" > /dev/null && break
  kill -0 "${pids[1]}" 2>/dev/null || { tail -40 "$DATA/logs/app.log"; echo "app died" >&2; exit 1; }
  sleep 1
done

step "Browser end-to-end tests (headless Chromium)"
(cd frontend && E2E_BASE_URL="http://localhost:$TEST_APP_PORT" npm run e2e)

# The reliability suite breaks its own PostgreSQL, Keycloak and app on purpose: the shared test
# services are stopped first so they do not compete for the two cores.
cleanup
pids=()
step "Reliability suite (make test-reliability)"
bash infra/local/test-reliability.sh
