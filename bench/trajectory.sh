#!/usr/bin/env bash
# Benchmark of client trajectories (issue 16) at national scale: a key worker's caseload and one client's overview,
# the pages a care worker opens all day, on an embedded PostgreSQL with 50,000 clients and 500,000 assessments.
#
#   bash bench/trajectory.sh                        # build the jar if missing, fresh database, generate, measure
#   REUSE=1 bash bench/trajectory.sh                # keep DATA_DIR's database (generate only when it has no data)
#   bash bench/trajectory.sh CONNECTIONS=8 DURATION=60s   # settings as environment variables or NAME=value arguments
#
# In one run the script:
#   1. starts the packaged jar (target/thuisbasis-*.jar; `mvn -B -q -DskipTests -DskipNpm=true package` when there
#      is none) on PORT with its embedded PostgreSQL in DATA_DIR/pg (deleted first unless REUSE=1), demo data on, the
#      session cookie without Secure (plain http on localhost) and Tomcat's access log on (status, microseconds, URL);
#   2. generates the data with bench/trajectory-data.sql through psql (set-based INSERT ... SELECT generate_series, one
#      transaction, then VACUUM ANALYZE): CLIENTS clients over PROVIDERS providers with WORKERS key workers each,
#      ASSESSMENTS assessments per client with 14 domain scores each, phase histories, support plans; the demo
#      account begeleider (leger-des-heils) has 60 clients, 10 of them as stand-in;
#   3. logs in as begeleider with the login form (CSRF token from the page), checks that every page answers 200;
#   4. for each number of connections in CONNECTIONS and each page: a warm-up of WARMUP (not counted), then
#      `wrk -tTHREADS -cN -dDURATION --latency -s bench/trajectory.lua` with the session cookie:
#        caseload              GET /trajecten                               (mine, first page, by name)
#        caseload-next-eval    GET /trajecten?volgorde=NEXT_EVALUATION
#        caseload-overdue      GET /trajecten?volgorde=OVERDUE
#        team                  GET /trajecten?team=ja                       (the whole team: 5,000 clients)
#        overview              GET /trajecten/{id}, rotating over OVERVIEW_CLIENTS clients of leger-des-heils
#                              (begeleider's first), each with ASSESSMENTS assessments
#      wrk measures on localhost, so its latencies include wrk's own share of the cores; the server-side percentiles
#      come from the access log lines of the measured run (Tomcat's %D: from reading the request to the response);
#   5. writes a Markdown report (machine, data sizes, generation time, the command, one table per CONNECTIONS) to OUT
#      and the raw wrk output next to it, prints the report and stops the application.
#
# Settings: PORT (8097), DATA_DIR (target/bench/trajectory-data), REUSE (0), CLIENTS (50000), PROVIDERS (10),
# WORKERS (40), ASSESSMENTS (10), OVERVIEW_CLIENTS (200), CONNECTIONS ("1 8"), THREADS (2), DURATION (30s), WARMUP
# (10s), JAVA (Temurin 25 when installed, else java), JVM_OPTS (empty), OUT (target/bench/trajectory.md).
#
# Targets (issue 16), checked on the server-side p95 of every run: caseload (first page) <= 100 ms, overview <= 150 ms.
# Exit status: 0 targets met and no errors; 1 a target missed, a socket error or an answer other than 2xx (the report
# is written anyway); 2 cannot start (no wrk/psql, port in use, application does not come up, login fails).
set -euo pipefail

usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }
SETTINGS=(PORT DATA_DIR REUSE CLIENTS PROVIDERS WORKERS ASSESSMENTS OVERVIEW_CLIENTS CONNECTIONS THREADS DURATION WARMUP JAVA JVM_OPTS OUT)
for arg in "$@"; do
  case $arg in
    -h | --help) usage; exit 0 ;;
    *=*)
      name=${arg%%=*}
      if [[ " ${SETTINGS[*]} " == *" $name "* ]]; then export "${arg?}"
      else printf 'unknown setting: %s\n\n' "$name" >&2; usage >&2; exit 2; fi ;;
    *) printf 'unknown argument: %s\n\n' "$arg" >&2; usage >&2; exit 2 ;;
  esac
done

log() { printf '[trajectory] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 2; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PORT=${PORT:-8097}
DATA_DIR=${DATA_DIR:-$ROOT/target/bench/trajectory-data}
[[ $DATA_DIR == /* ]] || DATA_DIR=$ROOT/$DATA_DIR
REUSE=${REUSE:-0}
CLIENTS=${CLIENTS:-50000}
PROVIDERS=${PROVIDERS:-10}
WORKERS=${WORKERS:-40}
ASSESSMENTS=${ASSESSMENTS:-10}
OVERVIEW_CLIENTS=${OVERVIEW_CLIENTS:-200}
CONNECTIONS=${CONNECTIONS:-1 8}
THREADS=${THREADS:-2}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
if [[ -z ${JAVA:-} ]]; then
  if [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; else JAVA=java; fi
fi
JVM_OPTS=${JVM_OPTS:-}
OUT=${OUT:-$ROOT/target/bench/trajectory.md}
[[ $OUT == /* ]] || OUT=$ROOT/$OUT
BASE_URL=http://127.0.0.1:$PORT
USERNAME=begeleider
PASSWORD=Thuisbasis-demo-2026
LUA=bench/trajectory.lua

for n in PORT CLIENTS PROVIDERS WORKERS ASSESSMENTS OVERVIEW_CLIENTS THREADS; do
  [[ ${!n} =~ ^[0-9]+$ ]] || die "$n must be a whole number, got '${!n}'"
done
((PROVIDERS >= 1 && PROVIDERS <= 10)) || die "PROVIDERS must be 1 to 10 (the first four are the demo's providers)"
((WORKERS >= 2 && WORKERS <= 99)) || die "WORKERS must be 2 to 99"
command -v wrk >/dev/null || die "wrk is not installed (apt-get install wrk)"
command -v psql >/dev/null || die "psql is not installed (apt-get install postgresql-client)"
command -v curl >/dev/null || die "curl is not installed (apt-get install curl)"
if curl -s -o /dev/null --max-time 2 "$BASE_URL/"; then die "port $PORT is in use: stop what runs there or give PORT"; fi

# ---------------------------------------------------------------------------------------------------------------
# 1. The application on its own database.
JAR=$(ls "$ROOT"/target/thuisbasis-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true)
if [[ -z $JAR ]]; then
  log "no jar in target/: mvn -B -q -DskipTests -DskipNpm=true package"
  mvn -B -q -DskipTests -DskipNpm=true package
  JAR=$(ls "$ROOT"/target/thuisbasis-*.jar | grep -v -- '-plain\.jar$' | head -n 1)
fi
if [[ $REUSE != 1 ]]; then rm -rf "$DATA_DIR"; fi
mkdir -p "$DATA_DIR/logs" "$(dirname "$OUT")"
RAW=${OUT%.md}.log
: >"$RAW"
APP_PID=
stop_app() {
  if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
  fi
  # the embedded PostgreSQL is this run's child; stop it too if the JVM left it running
  if [[ -r $DATA_DIR/pg/postmaster.pid ]]; then
    local pg; pg=$(sed -n 1p "$DATA_DIR/pg/postmaster.pid")
    if [[ -n $pg ]] && kill -0 "$pg" 2>/dev/null; then kill -INT "$pg" 2>/dev/null || true; fi
  fi
}
trap stop_app EXIT
log "starting $(basename "$JAR") on port $PORT with data in ${DATA_DIR#"$ROOT"/}"
(
  cd "$DATA_DIR"
  # shellcheck disable=SC2086 # JVM_OPTS are words
  SESSION_COOKIE_SECURE=false exec "$JAVA" $JVM_OPTS -jar "$JAR" --server.port="$PORT" \
    --thuisbasis.embedded-db.data-directory="$DATA_DIR/pg" \
    --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$DATA_DIR/logs" \
    --server.tomcat.accesslog.buffered=false '--server.tomcat.accesslog.pattern=%s %D %U%q' >"$DATA_DIR/app.log" 2>&1
) &
APP_PID=$!
STARTED=$(date +%s)
until curl -sf --max-time 2 "$BASE_URL/actuator/health" | grep -q '"UP"'; do
  kill -0 "$APP_PID" 2>/dev/null || die "the application stopped; see ${DATA_DIR#"$ROOT"/}/app.log"
  (($(date +%s) - STARTED < 300)) || die "the application is not UP after 300 s; see ${DATA_DIR#"$ROOT"/}/app.log"
  sleep 1
done
log "UP after $(($(date +%s) - STARTED)) s"
DB_PORT=$(sed -n 4p "$DATA_DIR/pg/postmaster.pid")
sql() { PGCONNECT_TIMEOUT=5 psql -X -Atq -h localhost -p "$DB_PORT" -U postgres -d postgres "$@"; }

# ---------------------------------------------------------------------------------------------------------------
# 2. The data.
GENERATED=$(sql -c "select count(*) from trajectory_client where created_by = 'bench'")
GEN_SECONDS=
if [[ $GENERATED == 0 ]]; then
  log "generating $CLIENTS clients with $ASSESSMENTS assessments each (a few minutes)"
  t0=$(date +%s.%N)
  psql -X -q -h localhost -p "$DB_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -v clients="$CLIENTS" \
    -v providers="$PROVIDERS" -v workers="$WORKERS" -v assessments="$ASSESSMENTS" -f bench/trajectory-data.sql >/dev/null
  GEN_SECONDS=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }')
  log "generated in $GEN_SECONDS s"
else
  log "reusing $GENERATED generated clients in ${DATA_DIR#"$ROOT"/}"
fi
SIZES=$(sql -F ' | ' <<'EOF'
select 'clients', count(*) from trajectory_client
union all select 'providers with clients', count(distinct provider_code) from trajectory_client
union all select 'phase history rows', count(*) from trajectory_phase
union all select 'assessments', count(*) from life_domain_assessment
union all select 'domain scores', count(*) from life_domain_score
union all select 'goals', count(*) from support_goal
union all select 'actions', count(*) from support_action
union all select 'of which open and overdue', count(*) from support_action where status in ('PLANNED', 'IN_PROGRESS') and due_on < current_date
union all select 'evaluations', count(*) from support_evaluation
union all select 'clients of leger-des-heils', count(*) from trajectory_client where provider_code = 'leger-des-heils'
union all select 'clients of begeleider (key worker or stand-in)', count(*) from trajectory_client where key_worker = 'begeleider' or stand_in = 'begeleider'
union all select 'processing log rows before the run', count(*) from processing_log
EOF
)
DB_SIZE=$(sql -c "select pg_size_pretty(pg_database_size('postgres'))")
IDS=$DATA_DIR/overview-paths.txt
sql -c "select '/trajecten/' || id from trajectory_client c where provider_code = 'leger-des-heils' and created_by = 'bench'
          and (select count(*) from life_domain_assessment a where a.client_id = c.id) = $ASSESSMENTS
        order by (key_worker = 'begeleider' or stand_in = 'begeleider') desc, client_number limit $OVERVIEW_CLIENTS" >"$IDS"
(($(wc -l <"$IDS") > 0)) || die "no clients of leger-des-heils with $ASSESSMENTS assessments"

# ---------------------------------------------------------------------------------------------------------------
# 3. Log in as the key worker.
JAR_COOKIES=$DATA_DIR/cookies
rm -f "$JAR_COOKIES"
CSRF=$(curl -fsS -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE_URL/login" | grep -o 'name="csrf-token" content="[^"]*"' |
  sed 's/.*content="//; s/"$//')
curl -fsS -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" -X POST "$BASE_URL/login" --data-urlencode "username=$USERNAME" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF"
SESSION=$(awk '$6 == "JSESSIONID" { print $7 }' "$JAR_COOKIES" | tail -n 1)
[[ -n $SESSION ]] || die "login as $USERNAME failed (no session cookie)"
COOKIE="Cookie: JSESSIONID=$SESSION"

RUNS=(
  "caseload|/trajecten|100"
  "caseload-next-eval|/trajecten?volgorde=NEXT_EVALUATION|100"
  "caseload-overdue|/trajecten?volgorde=OVERDUE|100"
  "team|/trajecten?team=ja|100"
  "overview|@$IDS|150"
)
for run in "${RUNS[@]}"; do
  IFS='|' read -r name path _ <<<"$run"
  [[ $path == @* ]] && path=$(head -n 1 "${path#@}")
  status=$(curl -s -o "$DATA_DIR/check.html" -w '%{http_code}' -H "$COOKIE" "$BASE_URL$path")
  [[ $status == 200 ]] || die "GET $path answers $status as $USERNAME"
  if [[ $name == caseload ]]; then
    rows=$(grep -o 'href="/trajecten/[0-9a-f-]\{36\}"' "$DATA_DIR/check.html" | sort -u | wc -l)
    log "GET $path: 200, $rows clients on the page"
  fi
done

# ---------------------------------------------------------------------------------------------------------------
# 4. The runs.
access_lines() { cat "$DATA_DIR"/logs/access_log*.log 2>/dev/null | wc -l; }
# server-side percentiles (ms) of the access log lines after line $1: "p50 p95 p99"
server_percentiles() {
  cat "$DATA_DIR"/logs/access_log*.log | tail -n +"$(($1 + 1))" | awk '{ print $2 / 1000 }' | sort -n |
    awk '{ v[NR] = $1 } END { if (NR == 0) { print "- - -"; exit }
      split("50 95 99", p, " "); for (i = 1; i <= 3; i++) { k = int(NR * p[i] / 100 + 0.999999); if (k < 1) k = 1;
        printf "%.1f ", v[k] } print "" }'
}
wrk_run() { # CONNECTIONS DURATION PATH|@FILE
  local target=$3 extra=() t=$THREADS
  ((t <= $1)) || t=$1   # wrk wants at least one connection per thread
  if [[ $target == @* ]]; then extra=(-- "${target#@}"); target=/trajecten; fi
  wrk -t"$t" -c"$1" -d"$2" --latency -H "$COOKIE" -s "$LUA" "$BASE_URL$target" "${extra[@]}" 2>&1
}
get() { awk -v k="bench.$2" '$1 == k { print $2 }' <<<"$1"; }
FAIL=0
TABLES=""
for c in $CONNECTIONS; do
  table="| page | requests/s | p50 ms | p95 ms | p99 ms | max ms | server p50 | server p95 | server p99 | non-2xx | socket errors | target (server p95) |\n"
  table+="|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n"
  for run in "${RUNS[@]}"; do
    IFS='|' read -r name path target <<<"$run"
    log "$name, $c connection(s): warm-up $WARMUP, then $DURATION"
    wrk_run "$c" "$WARMUP" "$path" >>"$RAW" || die "wrk failed; see ${RAW#"$ROOT"/}"
    before=$(access_lines)
    out=$(wrk_run "$c" "$DURATION" "$path") || die "wrk failed: $out"
    printf '### %s, %s connection(s)\n%s\n' "$name" "$c" "$out" >>"$RAW"
    read -r s50 s95 s99 <<<"$(server_percentiles "$before")"
    verdict="<= $target ms: met"
    if [[ $s95 == - ]] || awk -v a="$s95" -v b="$target" 'BEGIN { exit !(a > b) }'; then verdict="<= $target ms: **missed**"; FAIL=1; fi
    errors=$(get "$out" errors_socket); non2xx=$(get "$out" non2xx)
    [[ ${errors:-1} == 0 && ${non2xx:-1} == 0 ]] || FAIL=1
    shown=$path; [[ $shown == @* ]] && shown="/trajecten/{id} ($(wc -l <"${path#@}") clients)"
    table+="| $name \`$shown\` | $(get "$out" rps) | $(get "$out" latency_p50_ms) | $(get "$out" latency_p95_ms) | $(get "$out" latency_p99_ms) | $(get "$out" latency_max_ms) | $s50 | $s95 | $s99 | ${non2xx:-?} | ${errors:-?} | $verdict |\n"
  done
  TABLES+="\n**$c connection(s)**, wrk -t$((THREADS < c ? THREADS : c)) -c$c -d$DURATION (after a $WARMUP warm-up):\n\n$table"
done
LOG_ROWS=$(sql -c "select count(*) from processing_log")

# ---------------------------------------------------------------------------------------------------------------
# 5. Report.
CMDLINE=""
for n in "${SETTINGS[@]}"; do
  v=${!n:-}
  case $n in
    PORT) [[ $v == 8097 ]] && v= ;;
    DATA_DIR) [[ $v == "$ROOT/target/bench/trajectory-data" ]] && v= ;;
    REUSE) [[ $v == 0 ]] && v= ;;
    CLIENTS) [[ $v == 50000 ]] && v= ;;
    PROVIDERS) [[ $v == 10 ]] && v= ;;
    WORKERS) [[ $v == 40 ]] && v= ;;
    ASSESSMENTS) [[ $v == 10 ]] && v= ;;
    OVERVIEW_CLIENTS) [[ $v == 200 ]] && v= ;;
    CONNECTIONS) [[ $v == "1 8" ]] && v= ;;
    THREADS) [[ $v == 2 ]] && v= ;;
    DURATION) [[ $v == 30s ]] && v= ;;
    WARMUP) [[ $v == 10s ]] && v= ;;
    JAVA) [[ $v == /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]] && v= ;;
    OUT) [[ $v == "$ROOT/target/bench/trajectory.md" ]] && v= ;;
  esac
  [[ -n $v ]] && CMDLINE+="$n='$v' "
done
CMDLINE+="bash bench/trajectory.sh"
{
  printf '# Client trajectories: caseload and overview\n\n'
  printf -- '- Date: %s; commit %s; machine: `nproc` %s, %s, load average at the end %s\n' "$(date -u +%FT%TZ)" \
    "$(git rev-parse --short HEAD 2>/dev/null || echo '?')" "$(nproc)" "$(uname -srm)" "$(cut -d ' ' -f 1-3 /proc/loadavg)"
  printf -- '- Application: %s, %s, embedded %s\n' "$(basename "$JAR")" "$("$JAVA" -version 2>&1 | head -n 1)" \
    "$(sql -c 'show server_version')"
  if [[ -n $GEN_SECONDS ]]; then generated="$GEN_SECONDS s"; else generated="an earlier run (REUSE=1)"; fi
  printf -- '- Data generated in %s; database size %s\n' "$generated" "$DB_SIZE"
  printf -- '- Command: `%s`\n\n| data | rows |\n|---|---:|\n' "$CMDLINE"
  while IFS= read -r line; do printf '| %s |\n' "$line"; done <<<"$SIZES"
  printf '| processing log rows after the run | %s |\n' "$LOG_ROWS"
  printf '%b\n' "$TABLES"
  printf 'Latencies of wrk are measured on the same machine (localhost), so they include the client'"'"'s share of the cores;\n'
  printf 'server-side is Tomcat'"'"'s access log (%%D) of the measured run. Raw wrk output: `%s`.\n' "${RAW#"$ROOT"/}"
} >"$OUT"
log "report written to ${OUT#"$ROOT"/}"
cat "$OUT"
exit "$FAIL"
