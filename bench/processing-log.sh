#!/usr/bin/env bash
# Benchmark of the processing log's search by data subject (issue 17, item 5): p95 <= 200 ms at 10 million rows.
#
#   bash bench/processing-log.sh                  # build, generate 10,000,000 rows once (kept), measure
#   FRESH=1 bash bench/processing-log.sh          # throw the kept database away first
#   ROWS=1000000 QUERIES=2000 bash bench/processing-log.sh
#
# Runs nl.thuisbasis.audit.search.ProcessingLogSubjectBenchmark (src/test/java; not a test, never part of `mvn verify`):
#   1. starts the embedded PostgreSQL the application runs on (zonky, fsync and synchronous commit on) with its data in
#      DATA_DIR, and migrates it with the application's own Flyway migrations (so the table and its indexes are the
#      product's, V32's processing_log_subject among them);
#   2. when the log has fewer than ROWS rows, generates the rest with generate_series, a million per statement (two
#      years; SUBJECTS clients and candidates, 80% uniform and 20% skewed to heavy files; 40 actions, 2,000 actors;
#      30% of the rows about no subject; 5% of the subject rows in the pre-V32 shape), secondary indexes dropped during
#      the load and made again from their own definitions, then VACUUM ANALYZE;
#   3. calls LogSearchRepository.ofSubject (the real statement, LogSearchRepository.SUBJECT_SQL, through JdbcClient)
#      WARMUP times, then QUERIES times for random clients, and prints p50/p95/p99/max, the heaviest client and the
#      plan (EXPLAIN ANALYZE).
# Settings (environment): ROWS (10000000), SUBJECTS (200000), QUERIES (5000), WARMUP (500), LIMIT (100, entries per
# search), DATA_DIR (target/bench/processing-log-pg), FRESH (0). Exit status 1 when p95 > 200 ms.
# Generating 10 million rows takes about 10 minutes on 2 cores and about 4 GB of disk.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipNpm=true -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
JAVA="${JAVA_HOME:-}/bin/java"
if [ ! -x "$JAVA" ] || ! "$JAVA" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA="$(ls -d /usr/lib/jvm/*/bin/java | while read -r j; do "$j" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && echo "$j"; done | head -1)"
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr); java: $("$JAVA" -version 2>&1 | head -1)"
exec "$JAVA" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    nl.thuisbasis.audit.search.ProcessingLogSubjectBenchmark
