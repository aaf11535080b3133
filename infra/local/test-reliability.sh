#!/usr/bin/env bash
# `make test-reliability`: the packaged app (backend/target/quarkus-app) against a real PostgreSQL and
# a real Keycloak, broken on purpose by the JUnit suite in reliability/: kill -9 of the app during
# writes, PostgreSQL stopped under load, Keycloak stopped, concurrent writers. Keycloak boots (the
# launcher, Keycloak only) while Maven compiles the suite; the suite runs PostgreSQL and the app itself.
set -euo pipefail
cd "$(dirname "$0")/../.."

APP_PORT=${RELIABILITY_APP_PORT:-28080}
KC_PORT=${RELIABILITY_KC_PORT:-28180}
KC_MANAGEMENT_PORT=${RELIABILITY_KC_MANAGEMENT_PORT:-29180}
PG_PORT=${RELIABILITY_PG_PORT:-25433}
DATA=.data/reliability
READY=$DATA/keycloak.ready
APP_JAR=backend/target/quarkus-app/quarkus-run.jar

step() { printf '\n==> %s\n' "$*"; }

if [ ! -f "$APP_JAR" ]; then
  step "No packaged app yet: packaging the backend (make build first to have the web app in it)"
  ./mvnw -B -q -f backend/pom.xml package -DskipTests
fi
echo "App under test: $APP_JAR, packaged $(date -r "$APP_JAR" '+%F %T')"

mkdir -p "$DATA/logs"
rm -f "$READY"
launcher=
cleanup() {
  if [ -n "$launcher" ]; then kill "$launcher" 2>/dev/null || true; wait "$launcher" 2>/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "Starting Keycloak :$KC_PORT (log: $DATA/logs/launcher.log, $DATA/logs/keycloak.log)"
java -jar infra/launcher/target/cdvl-local-launcher.jar --data-dir "$DATA" --no-app --no-postgres \
  --kc-port "$KC_PORT" --kc-management-port "$KC_MANAGEMENT_PORT" --ready-file "$READY" \
  >> "$DATA/logs/launcher.log" 2>&1 &
launcher=$!

step "Reliability suite (app :$APP_PORT, PostgreSQL :$PG_PORT; logs in $DATA/logs)"
./mvnw -B -f reliability/pom.xml test \
  -Dreliability.app-port="$APP_PORT" -Dreliability.pg-port="$PG_PORT" \
  -Dreliability.kc-port="$KC_PORT" -Dreliability.kc-management-port="$KC_MANAGEMENT_PORT" \
  -Dreliability.keycloak-launcher-pid="$launcher" "$@"
