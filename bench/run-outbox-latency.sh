#!/usr/bin/env bash
# Outbox latency, commit -> broker, of the packaged project-service against embedded PostgreSQL
# and Kafka (all started and stopped by this command).
#
#   bench/run-outbox-latency.sh [--rates 20,100] [--count 1000] [--warmup 200]
#
# Builds project-service (quarkus-app) and bench/ with Maven (set SKIP_BUILD=1 to reuse what is
# built), runs io.implementa.bench.outbox.OutboxLatency and writes
# bench/results/outbox-latency-<UTC date>.txt. The service's log goes to bench/target/outbox-latency/.
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
STAMP=$(date -u +%Y-%m-%dT%H%M)
OUT="$BENCH/results/outbox-latency-$STAMP.txt"
JAR="$ROOT/project-service/target/quarkus-app/quarkus-run.jar"

if [[ -z ${SKIP_BUILD:-} || ! -f $JAR || ! -f $BENCH/target/classpath.txt ]]; then
    echo "Building project-service and bench/ (package only, nothing installed) ..."
    mvn -q -f "$ROOT/pom.xml" package -DskipTests -pl platform,stack,project-service
    mvn -q -f "$BENCH/pom.xml" package -DskipTests
fi

mkdir -p "$BENCH/results" "$BENCH/target/outbox-latency"
{
    echo "# Outbox latency (commit -> broker), $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    "$BENCH/machine.sh"
    echo
} >"$OUT"
java -Xmx1g -cp "$("$BENCH/classpath.sh")" \
    io.implementa.bench.outbox.OutboxLatency --jar "$JAR" --work "$BENCH/target/outbox-latency" "$@" 2>&1 \
    | grep --line-buffered -v -e '^SLF4J' -e 'JBossLoggerFinder getLogger' -e 'LogManager accessed before' | tee -a "$OUT"
echo "Results: $OUT"
