#!/usr/bin/env bash
# Public layer benchmark: one endpoint of the running application side by side with a private nginx that
# serves the very same response bytes as a static file, both measured with wrk in one run.
#
#   bash bench/public-layer.sh                                   # defaults, application on localhost:8080
#   DURATION=60s CONNECTIONS=128 bash bench/public-layer.sh      # settings as environment variables ...
#   bash bench/public-layer.sh DURATION=60s CONNECTIONS=128      # ... or as NAME=value arguments
#
# Settings (environment or NAME=value arguments; arguments win):
#   BASE_URL     application base URL                    http://localhost:8080
#   BENCH_PATH   path and query that is measured         /ogc/collections/facility-areas/items?f=json&limit=1000
#   CONNECTIONS  wrk -c                                  64
#   THREADS      wrk -t                                  2
#   DURATION     wrk -d of each measured run             30s
#   WARMUP       wrk -d of the warm-up before each run   10s (not counted)
#   TIMEOUT      wrk --timeout                           2s (wrk's own default, passed explicitly)
#   NGINX_PORT   port of the private nginx (127.0.0.1)   8089
#   OUT          Markdown report                         target/bench/public-layer.md (relative to the project root)
#
# Exit status: 0 all runs clean; 1 a wrk run had socket errors or HTTP >= 400 answers, a conditional request was
# not answered with 304, or wrk could not run (the report is written anyway); 2 setup problem (application not
# running, wrong path, port in use, nginx does not start), no report.
set -euo pipefail

usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }

SETTINGS=(BASE_URL BENCH_PATH CONNECTIONS THREADS DURATION WARMUP TIMEOUT NGINX_PORT OUT)
for arg in "$@"; do
  case $arg in
    -h | --help) usage; exit 0 ;;
    BASE_URL=* | BENCH_PATH=* | CONNECTIONS=* | THREADS=* | DURATION=* | WARMUP=* | TIMEOUT=* | NGINX_PORT=* | OUT=*)
      export "${arg?}" ;;
    *) printf 'unknown argument: %s\n\n' "$arg" >&2; usage >&2; exit 2 ;;
  esac
done

log() { printf '[public-layer] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 2; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BASE_URL=${BASE_URL:-http://localhost:8080}
BASE_URL=${BASE_URL%/}
BENCH_PATH=${BENCH_PATH:-/ogc/collections/facility-areas/items?f=json&limit=1000}
[[ $BENCH_PATH == /* ]] || BENCH_PATH=/$BENCH_PATH
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
TIMEOUT=${TIMEOUT:-2s}
NGINX_PORT=${NGINX_PORT:-8089}
OUT_ARG=${OUT:-target/bench/public-layer.md}
if [[ -n ${OUT:-} && $OUT != /* ]]; then OUT=$PWD/$OUT; fi   # a given relative OUT is relative to where you are
cd "$ROOT"                                                   # the default and the wrk commands are relative to the root
OUT=${OUT:-$ROOT/target/bench/public-layer.md}
LUA=bench/report.lua

for n in CONNECTIONS THREADS NGINX_PORT; do
  [[ ${!n} =~ ^[1-9][0-9]*$ ]] || die "$n must be a positive integer, got '${!n}'"
done
for n in DURATION WARMUP TIMEOUT; do
  [[ ${!n} =~ ^[0-9]+[smh]?$ ]] || die "$n must look like 30s, 2m or 30, got '${!n}'"
done
((THREADS <= CONNECTIONS)) || die "THREADS ($THREADS) must not exceed CONNECTIONS ($CONNECTIONS)"
((NGINX_PORT < 65536)) || die "NGINX_PORT out of range: $NGINX_PORT"
[[ -f $LUA ]] || die "$LUA is missing"
command -v curl >/dev/null || die "curl is not installed (apt-get install curl)"
command -v wrk >/dev/null || die "wrk is not installed (apt-get install wrk)"
PATH=$PATH:/usr/sbin:/sbin   # nginx lives in /usr/sbin, which is not on every user's PATH

TMP=$(mktemp -d "${TMPDIR:-/tmp}/public-layer.XXXXXX")
NGINX_PID=
cleanup() {
  local rc=$?
  if [[ -n $NGINX_PID ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill -TERM "$NGINX_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
  fi
  rm -rf "$TMP"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# header NAME FILE: value of the last occurrence of a response header in the last header block of a curl -D dump
header() {
  tr -d '\r' <"$2" | awk -v name="$(tr '[:upper:]' '[:lower:]' <<<"$1")" '
    /^HTTP\// { v = "" }
    { i = index($0, ":"); if (i > 0 && tolower(substr($0, 1, i - 1)) == name) { v = substr($0, i + 1); sub(/^[ \t]+/, "", v) } }
    END { print v }'
}

# q WORD: WORD quoted for a copy-pasteable shell command line (single quotes only when needed)
q() {
  if [[ $1 =~ ^[A-Za-z0-9_./:=,+@%-]+$ ]]; then printf '%s' "$1"; else printf "'%s'" "${1//\'/\'\\\'\'}"; fi
}

# ---------------------------------------------------------------------------------------------------------------
# 1. Fetch the endpoint once: these are the bytes nginx will serve.
URL=$BASE_URL$BENCH_PATH
mkdir -p "$TMP/www"
log "fetching $URL"
not_running() {
  die "cannot connect to $BASE_URL ($(cat "$TMP/curl.err")).
  Start the application first: mvn spring-boot:run
  (or: mvn -DskipTests package && java -jar target/thuisbasis-*.jar), or point BASE_URL at it."
}
set +e
HTTP_CODE=$(curl -fsS --connect-timeout 5 --max-time 120 -D "$TMP/headers" -o "$TMP/www/body" -w '%{http_code}' \
  "$URL" 2>"$TMP/curl.err")
CURL_RC=$?
set -e
case $CURL_RC in
  0) ;;
  7) not_running ;;
  28) if grep -qi 'connect' "$TMP/curl.err"; then not_running; fi
    die "GET $URL timed out: $(cat "$TMP/curl.err")" ;;
  6) die "cannot resolve the host of $BASE_URL: $(cat "$TMP/curl.err")" ;;
  22) die "GET $URL answered HTTP $HTTP_CODE. Is BENCH_PATH right, and does the running build have this endpoint?" ;;
  *) die "GET $URL failed (curl exit $CURL_RC): $(cat "$TMP/curl.err")" ;;
esac
[[ $HTTP_CODE == 200 ]] || die "GET $URL answered HTTP $HTTP_CODE, expected 200$(
  loc=$(header Location "$TMP/headers"); [[ -n $loc ]] && printf ' (redirect to %s: authentication needed?)' "$loc")"
SIZE=$(stat -c %s "$TMP/www/body")
((SIZE > 0)) || die "GET $URL answered an empty body"
CONTENT_TYPE=$(header Content-Type "$TMP/headers")
ETAG=$(header ETag "$TMP/headers")
CONTENT_ENCODING=$(header Content-Encoding "$TMP/headers")
LENGTH_INFO=$(header Content-Length "$TMP/headers")
if [[ -n $LENGTH_INFO ]]; then LENGTH_INFO="Content-Length $LENGTH_INFO"
else LENGTH_INFO="Transfer-Encoding: $(header Transfer-Encoding "$TMP/headers")"; fi
[[ -z $CONTENT_ENCODING ]] || log "warning: the application sent Content-Encoding: $CONTENT_ENCODING without being asked"
log "got $SIZE bytes, Content-Type: ${CONTENT_TYPE:-(none)}, ETag: ${ETAG:-(none)}"

# ---------------------------------------------------------------------------------------------------------------
# 2. A private nginx serving that file (not the system service: own config, pid, logs, temp dirs).
if ! command -v nginx >/dev/null; then
  log "nginx is missing, installing it"
  command -v nginx >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx) ||
    die "could not install nginx (needs root): apt-get install nginx"
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$NGINX_PORT") 2>/dev/null; then
  die "something already listens on 127.0.0.1:$NGINX_PORT; choose another NGINX_PORT"
fi

# The worker processes drop to 'nobody' when started by root: they must be able to reach the file.
chmod 755 "$TMP" "$TMP/www"
chmod 644 "$TMP/www/body"
world_readable() {
  local p perm
  p=$(dirname "$1")
  while :; do
    perm=$(stat -c %A "$p")
    [[ ${perm:9:1} == [xt] ]] || return 1
    [[ $p == / ]] && return 0
    p=$(dirname "$p")
  done
}
USER_LINE=""
if [[ $EUID -eq 0 ]] && ! world_readable "$TMP/www/body"; then
  USER_LINE="user root;   # the temp dir is not reachable for nobody"
fi
NGINX_V=$(nginx -V 2>&1)
TEMP_PATHS="client_body_temp_path \"$TMP/nginx-temp/body\";"
for m in proxy fastcgi uwsgi scgi; do
  grep -q -- "--without-http_${m}_module" <<<"$NGINX_V" ||
    TEMP_PATHS+=$'\n'"    ${m}_temp_path \"$TMP/nginx-temp/$m\";"
done
mkdir -p "$TMP/nginx-temp"
NGINX_CT=${CONTENT_TYPE:-application/octet-stream}
NGINX_CT=${NGINX_CT//[\"\\]/}
WORKER_CONNECTIONS=$((CONNECTIONS * 2 > 1024 ? CONNECTIONS * 2 : 1024))
cat >"$TMP/nginx.conf" <<EOF
# generated by bench/public-layer.sh
$USER_LINE
worker_processes auto;
daemon off;
pid "$TMP/nginx.pid";
error_log "$TMP/error.log" warn;

events {
    worker_connections $WORKER_CONNECTIONS;
}

http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    etag on;
    types { }
    default_type "$NGINX_CT";
    $TEMP_PATHS

    server {
        listen 127.0.0.1:$NGINX_PORT;
        root "$TMP/www";
        location / {
            # whatever path and query is asked (the benchmark asks the application's), answer with that one file
            try_files /body =404;
        }
    }
}
EOF
nginx -p "$TMP/" -e "$TMP/error.log" -c "$TMP/nginx.conf" -t -q 2>"$TMP/nginx-test.err" ||
  die "generated nginx.conf is invalid: $(cat "$TMP/nginx-test.err")"$'\n'"$(cat "$TMP/nginx.conf")"
nginx -p "$TMP/" -e "$TMP/error.log" -c "$TMP/nginx.conf" >"$TMP/nginx.out" 2>&1 &
NGINX_PID=$!
NGINX_URL=http://127.0.0.1:$NGINX_PORT$BENCH_PATH
for i in $(seq 100); do
  curl -fsS -o "$TMP/nginx-body" -D "$TMP/nginx-headers" "$NGINX_URL" 2>/dev/null && break
  kill -0 "$NGINX_PID" 2>/dev/null || die "nginx stopped at startup: $(cat "$TMP/nginx.out" "$TMP/error.log" 2>/dev/null)"
  ((i < 100)) || die "nginx did not answer on $NGINX_URL within 10 s: $(cat "$TMP/error.log" 2>/dev/null)"
  sleep 0.1
done
cmp -s "$TMP/www/body" "$TMP/nginx-body" || die "nginx does not serve the same bytes as the application"
[[ $(header Content-Type "$TMP/nginx-headers") == "${CONTENT_TYPE:-application/octet-stream}" ]] ||
  log "warning: nginx Content-Type '$(header Content-Type "$TMP/nginx-headers")' differs from '$CONTENT_TYPE'"
NGINX_VERSION=$(nginx -v 2>&1 | sed "s/^nginx version: nginx\///")
log "nginx ($NGINX_VERSION, pid $NGINX_PID) serves the same $SIZE bytes on $NGINX_URL"

# ---------------------------------------------------------------------------------------------------------------
# 3. wrk runs. Nothing below stops the script: the report is always written, failures set FAIL.
FAIL=0
NOTES=()
WRK_CMDS=()
RAW=$TMP/wrk-raw.txt
: >"$RAW"
WRK_BASE=(wrk "-t$THREADS" "-c$CONNECTIONS")

warmup() { # NAME URL [wrk options]
  local name=$1 url=$2; shift 2
  log "warm-up $name for $WARMUP"
  if ! "${WRK_BASE[@]}" "-d$WARMUP" --timeout "$TIMEOUT" "$@" "$url" >"$TMP/warmup-$name.txt" 2>&1; then
    NOTES+=("warm-up of $name failed: $(tail -n 3 "$TMP/warmup-$name.txt" | tr '\n' ' ')")
    FAIL=1
  fi
}

measure() { # NAME URL [wrk options]
  local name=$1 url=$2; shift 2
  local cmd=("${WRK_BASE[@]}" "-d$DURATION" --timeout "$TIMEOUT" --latency -s "$LUA" "$@" "$url") c line=""
  for c in "${cmd[@]}"; do line+="$(q "$c") "; done
  WRK_CMDS+=("${line% }")
  log "measuring $name for $DURATION"
  local rc=0
  "${cmd[@]}" >"$TMP/wrk-$name.txt" 2>&1 || rc=$?
  { printf '### %s\n$ %s\n' "$name" "${line% }"; cat "$TMP/wrk-$name.txt"; printf '\n'; } >>"$RAW"
  if ((rc != 0)) || ! grep -q '^bench\.requests ' "$TMP/wrk-$name.txt"; then
    NOTES+=("wrk failed for $name (exit $rc): $(tail -n 3 "$TMP/wrk-$name.txt" | tr '\n' ' ')")
    FAIL=1
  fi
}

# get NAME KEY: a bench.KEY value printed by report.lua for run NAME (empty when the run failed)
get() { awk -v k="bench.$2" '$1 == k { print $2 }' "$TMP/wrk-$1.txt" 2>/dev/null || true; }

warmup app "$URL"
warmup nginx "$NGINX_URL"
measure app "$URL"
measure nginx "$NGINX_URL"

COND_STATUS=""
if [[ -z $ETAG ]]; then
  COND_STATUS="no ETag"
  log "the application sent no ETag: no conditional run"
else
  COND_CODE=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 60 -H "If-None-Match: $ETAG" "$URL" 2>/dev/null) ||
    COND_CODE=000
  if [[ $COND_CODE == 304 ]]; then
    warmup app-304 "$URL" -H "If-None-Match: $ETAG"
    measure app-304 "$URL" -H "If-None-Match: $ETAG"
  else
    COND_STATUS="If-None-Match answered HTTP $COND_CODE, not 304"
    NOTES+=("GET with If-None-Match: $ETAG answered HTTP $COND_CODE instead of 304")
    FAIL=1
  fi
fi

# ---------------------------------------------------------------------------------------------------------------
# 4. Report.
fmt_rps() { awk -v v="$1" 'BEGIN { if (v == "") print "–"; else if (v >= 100) printf "%.0f", v; else printf "%.1f", v }'; }
fmt_ms() { awk -v v="$1" 'BEGIN { if (v == "") print "–"; else printf "%.2f", v }'; }

row() { # NAME [STATUS]: one table row; checks errors and response sizes
  local name=$1 status=${2:-}
  if [[ -n $status ]]; then printf '| %s | %s | – | – | – | – | – | – |\n' "$name" "$status"; return; fi
  local rps errs
  rps=$(get "$name" rps)
  if [[ -z $rps ]]; then printf '| %s | wrk failed | – | – | – | – | – | – |\n' "$name"; return; fi
  errs=$(get "$name" errors_total)
  if ((errs > 0)); then
    FAIL=1
    local detail="" k v
    for k in connect read write timeout status; do
      v=$(get "$name" "errors_$k")
      if ((v > 0)); then detail+="${detail:+, }$k $v"; fi
    done
    NOTES+=("$name: $errs errors ($detail); 'status' counts answers >= 400")
    errs="**$errs** ($detail)"
  fi
  local bpr
  bpr=$(get "$name" bytes_per_response)
  if [[ $name == app-304 ]]; then
    if ((bpr >= SIZE)); then
      FAIL=1
      NOTES+=("app-304: $bpr bytes per response, so wrk got full bodies, not 304s")
    fi
  elif ((bpr < SIZE)); then
    NOTES+=("$name: $bpr bytes per response, less than the $SIZE-byte body curl got: wrk may get another representation")
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$(fmt_rps "$rps")" \
    "$(fmt_ms "$(get "$name" latency_p50_ms)")" "$(fmt_ms "$(get "$name" latency_p90_ms)")" \
    "$(fmt_ms "$(get "$name" latency_p99_ms)")" "$errs" "$(get "$name" requests)" "$bpr"
}

ROWS=$(
  row app
  row nginx
  row app-304 "$COND_STATUS"
  printf 'FAIL=%s\n' "$FAIL"
  for n in "${NOTES[@]+"${NOTES[@]}"}"; do printf 'NOTE=%s\n' "$n"; done
)
# row() runs in a subshell above: take its verdict and notes back
FAIL=$(sed -n 's/^FAIL=//p' <<<"$ROWS" | tail -n 1)
mapfile -t NOTES < <(sed -n 's/^NOTE=//p' <<<"$ROWS")
ROWS=$(grep '^|' <<<"$ROWS")

APP_RPS=$(get app rps)
NGINX_RPS=$(get nginx rps)
COND_RPS=$(get app-304 rps)
RATIO=$(awk -v a="$APP_RPS" -v n="$NGINX_RPS" 'BEGIN {
  if (a == "" || n == "" || n == 0) print "–"; else printf "**%.2f** (nginx answers %.1f× as many requests per second)", a / n, n / a }')
COND_RATIO=""
if [[ -n $COND_RPS && -n $APP_RPS ]]; then
  COND_RATIO=$(awk -v c="$COND_RPS" -v a="$APP_RPS" 'BEGIN { printf "; app-304/app: %.2f", c / a }')
fi

CMDLINE=""
for n in "${SETTINGS[@]}"; do
  v=${!n}
  [[ $n == OUT ]] && v=$OUT_ARG
  CMDLINE+="$n=$(q "$v") "
done
CMDLINE+="bash bench/public-layer.sh"

OUT_REL=${OUT#"$ROOT"/}
RAW_OUT=${OUT%.md}.log
RAW_REL=${RAW_OUT#"$ROOT"/}
if ((FAIL)); then VERDICT="**FAILED**: see the notes; exit status 1"; else VERDICT="OK: no socket errors, no answers >= 400"; fi

mkdir -p "$(dirname "$OUT")"
{
  printf '# Public layer benchmark: application vs. nginx with the same bytes\n\n'
  printf -- '- Date: %s; machine: `nproc` %s, %s; %s; nginx %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$(nproc)" \
    "$(uname -srm)" "$(wrk --version 2>&1 | head -n 1 | awk '{print $1, $2}')" "$NGINX_VERSION"
  printf -- '- Endpoint: `GET %s` → HTTP 200, %s bytes (%s), `Content-Type: %s`, ETag: %s\n' "$URL" "$SIZE" \
    "$LENGTH_INFO" "${CONTENT_TYPE:-(none)}" "$([[ -n $ETAG ]] && printf '`%s`' "$ETAG" || printf 'none')"
  printf -- '- nginx: private instance on 127.0.0.1:%s serving those bytes (checked with `cmp`) from a file with the same\n' "$NGINX_PORT"
  printf '  Content-Type; `worker_processes auto`, `sendfile on`, `etag on`, `access_log off`\n'
  printf -- '- Each run: %s warm-up (not counted), then %s; application, nginx and wrk share the machine\n' "$WARMUP" \
    "\`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout $TIMEOUT --latency\`"
  printf -- '- app-304: the same request with `If-None-Match: <ETag>` (checked with curl to answer 304 first)\n\n'
  printf '| run | requests/s | p50 ms | p90 ms | p99 ms | errors | requests | bytes/response |\n'
  printf '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
  printf '%s\n\n' "$ROWS"
  printf 'Throughput app/nginx: %s%s\n\n' "$RATIO" "$COND_RATIO"
  printf 'Result: %s\n' "$VERDICT"
  if ((${#NOTES[@]})); then
    printf '\nNotes:\n\n'
    for n in "${NOTES[@]}"; do printf -- '- %s\n' "$n"; done
  fi
  printf '\nCommand line (from the project root):\n\n```bash\n%s\n```\n\nwrk runs:\n\n```bash\n' "$CMDLINE"
  for c in "${WRK_CMDS[@]+"${WRK_CMDS[@]}"}"; do printf '%s\n' "$c"; done
  printf '```\n\nRaw wrk output: `%s`\n' "$RAW_REL"
} >"$OUT"
cp "$RAW" "$RAW_OUT"

log "report written to $OUT_REL"
cat "$OUT"
exit "$FAIL"
