#!/usr/bin/env bash
# Writes a production variant of cdvl-realm.json to stdout:
#   - removes the demo users (demo.*) and their shared local password,
#   - removes the test clients (cdvl-tests*, password grant) and the demo-gov-system client
#     (its secret is public) together with its service-account user,
#   - points cdvl-web at the production app URL (redirect, post-logout and web origins),
#   - turns on brute-force protection, a password policy, and login and admin events (kept 90 days),
#   - takes the offline_access scope away from every client: no offline (never-expiring) tokens.
#     Keycloak itself still puts offline_access into default-roles-cdvl on import (unless a file
#     lists every client scope); README.md gives the one command that removes it afterwards.
# Roles, the area_code user-profile attribute and the token mappers stay identical.
#
# Usage: infra/keycloak/make-production-realm.sh https://cdvl.example.go.th > cdvl-realm.production.json
set -euo pipefail

app_url="${1:-}"
if [[ ! "$app_url" =~ ^https://[^/]+$ ]]; then
  echo "usage: $0 https://<app host, no trailing slash>  > cdvl-realm.production.json" >&2
  exit 2
fi
command -v jq >/dev/null || { echo "jq is required (apt-get install -y jq)" >&2; exit 1; }

realm="$(dirname "$0")/cdvl-realm.json"
jq --arg url "$app_url" '
  .users |= map(select((.username | startswith("demo.")) | not)
                | select(.serviceAccountClientId != "demo-gov-system"))
  | .clients |= map(select((.clientId | startswith("cdvl-tests") | not) and .clientId != "demo-gov-system"))
  | .clients |= map(if .clientId == "cdvl-web"
                    then .rootUrl = $url | .redirectUris = [$url + "/*"] | .webOrigins = ["+"]
                    else . end)
  | .clients |= map(if (.protocol // "openid-connect") == "openid-connect"
                    then .defaultClientScopes = ["web-origins", "acr", "profile", "roles", "basic", "email"]
                         | .optionalClientScopes = []
                    else . end)
  | .passwordPolicy = "length(12) and notUsername and passwordHistory(5)"
  | .bruteForceProtected = true
  | .permanentLockout = false
  | .failureFactor = 10
  | .waitIncrementSeconds = 60
  | .maxFailureWaitSeconds = 900
  | .minimumQuickLoginWaitSeconds = 60
  | .quickLoginCheckMilliSeconds = 1000
  | .maxDeltaTimeSeconds = 43200
  | .eventsEnabled = true
  | .eventsExpiration = 7776000
  | .adminEventsEnabled = true
  | .adminEventsDetailsEnabled = true
  | .sslRequired = "external"
' "$realm"
