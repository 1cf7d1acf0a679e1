#!/usr/bin/env bash
# API authentication benchmark: the same API call with a personal API token (Bearer) and with HTTP Basic (the demo's
# convenience), measured with wrk in one run, alternately, against a running Thuisbasis with the demo accounts.
#
#   bash bench/api-auth.sh                       # application on localhost:8080
#   DURATION=30s CONNECTIONS=8 bash bench/api-auth.sh
#
# Settings (environment): BASE_URL (http://localhost:8080), BENCH_PATH (/api/v1/outflow/candidates), USERNAME
# (gemeente: the account both ways act for), CONNECTIONS (4), THREADS (2), DURATION (20s), WARMUP (5s),
# OUT (target/bench/api-auth.md).
#
# It issues the token the way an administrator does (log in as beheerder, Beheer > API-sleutels, the form), so it
# also shows that flow works; the token is for USERNAME and valid for 7 days. Exit status 1 when a run had errors.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
BASE_URL=${BASE_URL:-http://localhost:8080}
BENCH_PATH=${BENCH_PATH:-/api/v1/outflow/candidates}
USERNAME=${USERNAME:-gemeente}
PASSWORD=${PASSWORD:-Thuisbasis-demo-2026}
CONNECTIONS=${CONNECTIONS:-4}
THREADS=${THREADS:-2}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}
OUT=${OUT:-$ROOT/target/bench/api-auth.md}
LUA=bench/report.lua
log() { printf '[api-auth] %s\n' "$*" >&2; }
command -v wrk >/dev/null || { log "wrk is not installed (apt-get install wrk)"; exit 2; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/api-auth.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
JAR=$TMP/cookies
csrf() { grep -o 'name="csrf-token" content="[^"]*"' | sed 's/.*content="//; s/"$//'; }

# log in as the administrator and issue a token through the form, as a person would (no -X POST: after the
# redirect curl must GET the page that shows the token)
TOKEN_CSRF=$(curl -fsS -c "$JAR" -b "$JAR" "$BASE_URL/login" | csrf)
curl -fsS -o /dev/null -c "$JAR" -b "$JAR" -X POST "$BASE_URL/login" --data-urlencode "username=beheerder" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$TOKEN_CSRF"
# the session cookie is Secure (as in production); curl sends such a cookie to http://localhost only when told
sed -i 's/^\(#HttpOnly_[^\t]*\t[A-Z]*\t[^\t]*\t\)TRUE/\1FALSE/' "$JAR"
PAGE=$(curl -fsS -c "$JAR" -b "$JAR" "$BASE_URL/beheer/api-sleutels")
ONCE=$(grep -o 'name="onceToken" value="[^"]*"' <<<"$PAGE" | head -n1 | sed 's/.*value="//; s/"$//')
EXPIRES=$(date -d '+7 days' +%F)
ISSUED=$(curl -fsS -L -c "$JAR" -b "$JAR" "$BASE_URL/beheer/api-sleutels" --data-urlencode "_csrf=$(csrf <<<"$PAGE")" \
  --data-urlencode "onceToken=$ONCE" --data-urlencode "account=$USERNAME" --data-urlencode "name=benchmark $(date +%FT%T)" \
  --data-urlencode "expiresOn=$EXPIRES")
TOKEN=$(tr "\n" " " <<<"$ISSUED" | grep -o 'id="issued-token"[^>]*>' \
  | grep -o 'tb_[A-Za-z0-9_-]*' | head -n1)
[[ -n $TOKEN ]] || { log "could not issue a token (is the application running with the demo accounts?)"; exit 2; }
BASIC=$(printf '%s:%s' "$USERNAME" "$PASSWORD" | base64 -w0)
for auth in "Bearer $TOKEN" "Basic $BASIC"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: $auth" "$BASE_URL$BENCH_PATH")
  [[ $status == 200 ]] || { log "${auth%% *} answers $status on $BENCH_PATH"; exit 2; }
done

run() { # NAME AUTH DURATION
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency -s "$LUA" -H "Authorization: $2" "$BASE_URL$BENCH_PATH" >"$TMP/wrk-$1.txt" 2>&1 || true
}
get() { awk -v k="bench.$2" '$1 == k { print $2 }' "$TMP/wrk-$1.txt"; }
log "warming up ($WARMUP each)"
run warm-token "Bearer $TOKEN" "$WARMUP"; run warm-basic "Basic $BASIC" "$WARMUP"
# alternately, twice each, so that neither way gets the quieter half of the run
for round in 1 2; do
  log "round $round: token, then Basic ($DURATION each)"
  run "token-$round" "Bearer $TOKEN" "$DURATION"
  run "basic-$round" "Basic $BASIC" "$DURATION"
done

mkdir -p "$(dirname "$OUT")"
ERR=0
{
  printf '| run | requests/s | p50 ms | p90 ms | p99 ms | requests | errors |\n|---|---:|---:|---:|---:|---:|---:|\n'
  for name in token-1 basic-1 token-2 basic-2; do
    e=$(get "$name" errors_total); [[ ${e:-1} == 0 ]] || ERR=1
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$(get "$name" rps)" "$(get "$name" latency_p50_ms)" \
      "$(get "$name" latency_p90_ms)" "$(get "$name" latency_p99_ms)" "$(get "$name" requests)" "${e:-?}"
  done
  printf '\n%s, %s cores, `wrk -t%s -c%s -d%s --latency -s %s -H "Authorization: Bearer|Basic ..." %s%s`\n' \
    "$(date -u +%FT%TZ)" "$(nproc)" "$THREADS" "$CONNECTIONS" "$DURATION" "$LUA" "$BASE_URL" "$BENCH_PATH"
} | tee "$OUT"
exit $ERR
