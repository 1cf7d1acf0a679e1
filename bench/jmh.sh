#!/usr/bin/env bash
# Runs the JMH benchmarks (src/test/java/**/bench). Usage: bash bench/jmh.sh [JMH options, e.g. a benchmark name]
# Builds the test classes and the test class path with Maven, then starts JMH's runner on the JDK Maven uses.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipNpm=true -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
JAVA="${JAVA_HOME:-}/bin/java"
if [ ! -x "$JAVA" ] || ! "$JAVA" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA="$(ls -d /usr/lib/jvm/*/bin/java | while read -r j; do "$j" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && echo "$j"; done | head -1)"
fi
exec "$JAVA" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main "$@"
