#!/usr/bin/env bash
# Photo uploads at saturation (issue 12): officers upload 7.75 MB JPEGs as fast as the app takes
# them, from WORKERS parallel loops spread over the demo writers (at most 3 in flight per user, the
# production limit), for SECONDS. Prints photos stored per second, the answers by status and the
# app's RSS peak. Runs against any app with the Lampang demo data and the local realm: `make run`
# (the default URLs) or the test stack. Sends traffic to localhost only.
#
#   bash bench/photo-upload.sh                     # http://localhost:8080, Keycloak :8180
#   APP_URL=http://localhost:18080 KC_URL=http://localhost:18180 SECONDS_=30 bash bench/photo-upload.sh
set -euo pipefail
cd "$(dirname "$0")/.."

APP_URL=${APP_URL:-http://localhost:8080}
KC_URL=${KC_URL:-http://localhost:8180}
DURATION=${SECONDS_:-60}
USERS=(${USERS:-demo.district5201 demo.province52 demo.national demo.admin})
PER_USER=${PER_USER:-3}
DISTRICT=${DISTRICT:-5201}
OUT=${OUT:-.data/bench-photos}
mkdir -p "$OUT"
rm -f "$OUT"/status-*.txt

for tool in curl jq java; do command -v $tool > /dev/null || { echo "$tool missing" >&2; exit 1; }; done
case "$APP_URL$KC_URL" in *localhost*|*127.0.0.1*) ;; *) echo "only localhost targets" >&2; exit 1;; esac

PHOTO=$OUT/noise.jpg
[ -f "$PHOTO" ] || java bench/photos/NoiseJpeg.java "$PHOTO"
echo "photo: $(stat -c %s "$PHOTO") bytes"

token() {
  curl -fs -d grant_type=password -d client_id=cdvl-tests -d username="$1" -d password=local-demo-only \
    "$KC_URL/realms/cdvl/protocol/openid-connect/token" | jq -r .access_token
}

port=${APP_URL##*:}
pid=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$pid" ] || { echo "no process listens on :$port" >&2; exit 1; }

officer=$(token demo.district5201)
mapfile -t centers < <(curl -fs -H "Authorization: Bearer $officer" \
  "$APP_URL/api/v1/centers?areaCode=$DISTRICT&size=50" | jq -r '.items[] | select(.status=="ACTIVE") | .id')
today=$(TZ=Asia/Bangkok date +%F)
new_activity() { # a fresh activity with room for 10 photos
  curl -fs -H "Authorization: Bearer $officer" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
    -d "{\"centerId\":\"${centers[$((RANDOM % ${#centers[@]}))]}\",\"title\":\"Photo bench $1\",\"heldOn\":\"$today\",\"type\":\"THREE_TREES\",\"participants\":{\"committee\":3,\"volunteerLeaders\":10,\"community\":20,\"partners\":1,\"officers\":1}}" \
    "$APP_URL/api/v1/activities" | jq -r .id
}

worker() { # $1 worker number, $2 token: uploads until the time is up, 10 photos per activity
  local n=$1 tok=$2 end=$((SECONDS + DURATION)) activity="" used=10 status
  while [ $SECONDS -lt $end ]; do
    if [ $used -ge 10 ]; then activity=$(new_activity "$n-$SECONDS"); used=0; fi
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $tok" -H 'Content-Type: image/jpeg' \
      --data-binary @"$PHOTO" "$APP_URL/api/v1/activities/$activity/photos")
    echo "$status" >> "$OUT/status-$n.txt"
    case $status in 201) used=$((used + 1));; 409) used=10;; 429|503) sleep 1;; esac
  done
}

peak=0
sample_rss() { while kill -0 "$pid" 2>/dev/null; do
  rss=$(awk '/VmRSS/{print $2}' /proc/"$pid"/status); [ "$rss" -gt "$peak" ] && peak=$rss && echo "$peak" > "$OUT/rss-peak"
  sleep 0.2; done; }
echo 0 > "$OUT/rss-peak"
sample_rss & sampler=$!

workers=()
n=0
for user in "${USERS[@]}"; do
  tok=$(token "$user")
  for _ in $(seq 1 "$PER_USER"); do n=$((n + 1)); worker $n "$tok" & workers+=($!); done
done
echo "$n upload loops for ${DURATION}s against $APP_URL (pid $pid)"
started=$SECONDS
for w in "${workers[@]}"; do wait "$w"; done
elapsed=$((SECONDS - started))
kill $sampler 2>/dev/null || true

stored=$(cat "$OUT"/status-*.txt | grep -c '^201$' || true)
echo "answers: $(cat "$OUT"/status-*.txt | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}')"
echo "photos stored: $stored in ${elapsed}s = $(awk -v s="$stored" -v t="$elapsed" 'BEGIN{printf "%.2f", s/t}') photos/s"
echo "RSS peak: $(( $(cat "$OUT/rss-peak") / 1024 )) MB"
