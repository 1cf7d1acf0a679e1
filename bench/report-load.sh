#!/usr/bin/env bash
# Load test of the public report submission (POST /api/v1/reports): a fixed rate of submissions for a fixed time,
# each on its own connection from a source address in 127.0.0.0/8 (Linux routes all of it to lo), so the
# application's per-address limiter sees thousands of different clients. A few "noisy" clients send far more than
# the limit and must get 429 with Retry-After. Afterwards every tracking code of a 201 is looked up in the database.
# The generator is bench/report-load.py (Python 3, standard library only); wrk cannot bind source addresses.
#
#   bash bench/report-load.sh                                     # defaults, application on 127.0.0.1:8080
#   BASE_URL=http://127.0.0.1:8097 bash bench/report-load.sh      # settings as environment variables ...
#   bash bench/report-load.sh BASE_URL=http://127.0.0.1:8097 RATE=100 DURATION=30   # ... or NAME=value arguments
#
# Settings (environment or NAME=value arguments; arguments win):
#   BASE_URL     application base URL, must be on 127.0.0.0/8         http://127.0.0.1:8080
#   RATE         submissions started per second (open loop)           200
#   DURATION     seconds of load                                      60
#   POOL         normal client addresses, PREFIX.0.1, PREFIX.0.2, ..  4000
#   PREFIX       the /16 of all client addresses                      127.1
#   NOISY        noisy client addresses (at the top of PREFIX)        10
#   NOISY_SHARE  share of the submissions sent by the noisy clients   0.05
#   LIMIT        the application's thuisbasis.reports.max-per-window  5
#   WINDOW       the application's thuisbasis.reports.window, seconds 600
#   TIMEOUT      seconds per request before it counts as an error     10
#   WORKERS      generator processes                                  1
#   SEED         random seed of the schedule (which address when)     1
#   VERIFY       how accepted reports are checked: db, api or both    db (api when no database is found)
#   DATA_DIR     the embedded PostgreSQL's data directory             found from the application's process
#   DB_PORT      PostgreSQL port (user postgres, database postgres)   from DATA_DIR/postmaster.pid
#   OUT          Markdown report (plus .json next to it)              target/bench/report-load.md
#
# Normal clients draw their addresses at random from POOL, so with the defaults (12,000 submissions, 4,000
# addresses) most stay under the limit and some go just over it. The limiter is in memory: the exact per-client
# check (each client gets min(sent, LIMIT) answers 201) needs addresses the application has not seen within WINDOW,
# so restart the application or use another PREFIX (127.2, ...) before running again.
#
# Exit status: 0 all checks passed; 1 a check failed: a 5xx, a connection error or timeout, another status than
# 201/429, a 429 without Retry-After, a noisy client without 429, a client with the wrong number of 201s, a tracking
# code missing from the database (the report is written anyway); 2 setup problem (application not running, address
# binding impossible, psql missing, bad settings), no report.
set -euo pipefail

usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }

SETTINGS=(BASE_URL RATE DURATION POOL PREFIX NOISY NOISY_SHARE LIMIT WINDOW TIMEOUT WORKERS SEED VERIFY DATA_DIR DB_PORT OUT)
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

log() { printf '[report-load] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 2; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BASE_URL=${BASE_URL:-http://127.0.0.1:8080}
BASE_URL=${BASE_URL%/}
RATE=${RATE:-200}
DURATION=${DURATION:-60}
DURATION=${DURATION%s}
POOL=${POOL:-4000}
PREFIX=${PREFIX:-127.1}
NOISY=${NOISY:-10}
NOISY_SHARE=${NOISY_SHARE:-0.05}
LIMIT=${LIMIT:-5}
WINDOW=${WINDOW:-600}
WINDOW=${WINDOW%s}
TIMEOUT=${TIMEOUT:-10}
TIMEOUT=${TIMEOUT%s}
WORKERS=${WORKERS:-1}
SEED=${SEED:-1}
VERIFY=${VERIFY:-}
DATA_DIR=${DATA_DIR:-}
DB_PORT=${DB_PORT:-}
GIVEN_DATA_DIR=$DATA_DIR GIVEN_DB_PORT=$DB_PORT   # the command line in the report shows these only when given
OUT_ARG=${OUT:-target/bench/report-load.md}
if [[ -n ${OUT:-} && $OUT != /* ]]; then OUT=$PWD/$OUT; fi   # a given relative OUT is relative to where you are
OUT=${OUT:-$ROOT/target/bench/report-load.md}

for n in RATE DURATION NOISY_SHARE WINDOW TIMEOUT; do
  [[ ${!n} =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "$n must be a number, got '${!n}'"
done
for n in POOL NOISY LIMIT WORKERS SEED; do
  [[ ${!n} =~ ^[0-9]+$ ]] || die "$n must be a whole number, got '${!n}'"
done
[[ $PREFIX =~ ^127\.[0-9]{1,3}$ ]] || die "PREFIX must look like 127.N, got '$PREFIX'"
[[ -z $VERIFY || $VERIFY =~ ^(db|api|both)$ ]] || die "VERIFY must be db, api or both, got '$VERIFY'"
[[ -z $DB_PORT || $DB_PORT =~ ^[0-9]+$ ]] || die "DB_PORT must be a port number, got '$DB_PORT'"
[[ $BASE_URL =~ ^http://([^/:]+):?([0-9]*)$ ]] || die "BASE_URL must look like http://127.0.0.1:8080, got '$BASE_URL'"
PORT=${BASH_REMATCH[2]:-80}
command -v curl >/dev/null || die "curl is not installed (apt-get install curl)"
command -v python3 >/dev/null || die "python3 is not installed"
python3 -c 'import sys; sys.exit(sys.version_info < (3, 8))' || die "python3 must be 3.8 or newer"

# ---------------------------------------------------------------------------------------------------------------
# 1. Is the application there, and does the endpoint take anonymous JSON?
HEALTH=$(curl -sS --max-time 10 "$BASE_URL/actuator/health" 2>&1) ||
  die "cannot reach $BASE_URL ($HEALTH).
  Start the application first: mvn -DskipTests package && PORT=8097 java -jar target/thuisbasis-*.jar,
  and point BASE_URL at it (http://127.0.0.1:8097)."
[[ $HEALTH == *'"status":"UP"'* ]] || die "$BASE_URL/actuator/health is not UP: $HEALTH"
# an empty object from an address outside the pool (PREFIX.254.254): 422 when the endpoint is there (429 after a few
# runs within WINDOW); 401/403 means the endpoint is not public or wants a CSRF token
PROBE=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' --interface "$PREFIX.254.254" -H 'Content-Type: application/json' \
  -d '{}' "$BASE_URL/api/v1/reports" 2>&1) || die "cannot send from $PREFIX.254.254 to $BASE_URL: $PROBE"
case $PROBE in
  422 | 429) ;;
  *) die "POST $BASE_URL/api/v1/reports with {} answered HTTP $PROBE (expected 422): wrong application or not public?" ;;
esac

# ---------------------------------------------------------------------------------------------------------------
# 2. The embedded database: its data directory from the application's process, the port from postmaster.pid.
APP_PID=$(ss -ltnpH "sport = :$PORT" 2>/dev/null | sed -n 's/.*"java",pid=\([0-9]*\).*/\1/p' | head -n 1 || true)
if [[ -z $DB_PORT && -z $DATA_DIR && -n $APP_PID && -r /proc/$APP_PID/environ ]]; then
  DATA_DIR=$(tr '\0' '\n' <"/proc/$APP_PID/cmdline" | sed -n 's/^--thuisbasis\.embedded-db\.data-directory=//p' | tail -n 1)
  [[ -n $DATA_DIR ]] || DATA_DIR=$(tr '\0' '\n' <"/proc/$APP_PID/environ" | sed -n 's/^THUISBASIS_DATA_DIR=//p' | tail -n 1)
  [[ -n $DATA_DIR ]] || DATA_DIR=./data/pg
  [[ $DATA_DIR == /* ]] || DATA_DIR=$(readlink "/proc/$APP_PID/cwd")/$DATA_DIR
fi
if [[ -z $DB_PORT && -n $DATA_DIR ]]; then
  if [[ -r $DATA_DIR/postmaster.pid ]]; then DB_PORT=$(sed -n 4p "$DATA_DIR/postmaster.pid")
  else log "no $DATA_DIR/postmaster.pid: is the application using an external database? (give DB_PORT)"; fi
fi
if [[ -z $VERIFY ]]; then
  if [[ -n $DB_PORT ]]; then VERIFY=db; else VERIFY=api; log "no database port found: checking through the API only"; fi
fi
ARGS=()
if [[ $VERIFY == db || $VERIFY == both ]]; then
  [[ -n $DB_PORT ]] || die "VERIFY=$VERIFY needs the database: give DATA_DIR or DB_PORT"
  command -v psql >/dev/null || die "psql is not installed (apt-get install postgresql-client)"
  ROWS=$(PGCONNECT_TIMEOUT=5 psql -X -Atq -h localhost -p "$DB_PORT" -U postgres -d postgres \
    -c 'select count(*) from report' 2>&1) || die "psql on port $DB_PORT: $ROWS"
  log "database on port $DB_PORT (${DATA_DIR:-given}): $ROWS reports before the run"
  ARGS+=(--db-port "$DB_PORT")
fi
[[ $VERIFY == api || $VERIFY == both ]] && ARGS+=(--verify-api)
[[ -n $APP_PID ]] && ARGS+=(--server-pid "$APP_PID")

# ---------------------------------------------------------------------------------------------------------------
# 3. The run.
mkdir -p "$(dirname "$OUT")"
JSON=${OUT%.md}.json
TXT=${OUT%.md}.txt
CMDLINE=""
for n in "${SETTINGS[@]}"; do
  v=${!n}
  [[ $n == OUT ]] && v=$OUT_ARG
  [[ $n == DATA_DIR ]] && v=$GIVEN_DATA_DIR
  [[ $n == DB_PORT ]] && v=$GIVEN_DB_PORT
  [[ -n $v ]] && CMDLINE+="$n=$v "
done
CMDLINE+="bash bench/report-load.sh"
log "$CMDLINE"
LOAD_BEFORE=$(cut -d ' ' -f 1-3 /proc/loadavg)
RC=0
python3 "$ROOT/bench/report-load.py" --base-url "$BASE_URL" --rate "$RATE" --duration "$DURATION" --pool "$POOL" \
  --prefix "$PREFIX" --noisy "$NOISY" --noisy-share "$NOISY_SHARE" --limit "$LIMIT" --window "$WINDOW" \
  --timeout "$TIMEOUT" --workers "$WORKERS" --seed "$SEED" --summary "$JSON" "${ARGS[@]}" >"$TXT" || RC=$?
((RC <= 1)) || die "the generator could not start (exit $RC)"

# ---------------------------------------------------------------------------------------------------------------
# 4. Report.
{
  printf '# Report submission load test\n\n'
  printf -- '- Date: %s; machine: `nproc` %s, %s, load average before the run %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    "$(nproc)" "$(uname -srm)" "$LOAD_BEFORE"
  printf -- '- Endpoint: `POST %s/api/v1/reports`, one connection per submission; checked: %s\n' "$BASE_URL" "$VERIFY"
  printf -- '- Command: `%s`\n\n```text\n' "$CMDLINE"
  cat "$TXT"
  printf '```\n\nSummary as JSON: `%s`\n' "${JSON#"$ROOT"/}"
} >"$OUT"
log "report written to ${OUT#"$ROOT"/}"
cat "$TXT"
exit "$RC"
