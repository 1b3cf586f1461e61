#!/usr/bin/env bash
# Planning benchmarks: Monte Carlo forecast and incremental recompute in process (JMH), then bulk
# planning and schedule reads over REST against the packaged project-service.
#
#   bench/run-planning.sh [--bulk-runs 5] [--schedule-runs 20] [--bulk-tasks 2000] [--project-tasks 10000]
#
# SKIP_JMH=1 runs the REST part only (e.g. at a reduced size on a shared machine).
#
# 1. JMH: MonteCarloBenchmark (10,000 iterations on a 1,000-task network, PERT and triangular) and
#    IncrementalBenchmark (one duration change on 10,000 tasks); 2 warm-up and 5 measured iterations
#    of at least 1 s, one fork.
# 2. io.implementa.bench.planning.PlanningHttp: starts embedded PostgreSQL and Kafka and the packaged
#    project-service (quarkus-app), times POST .../tasks/bulk of a 2,000-task plan and GET .../schedule
#    of a 10,000-task project, stops everything.
# Builds platform, stack and project-service (its jar, test-jar and quarkus-app) with `package`, nothing
# installed, and bench/ (set SKIP_BUILD=1 to reuse what is built). Writes bench/results/planning-<UTC date>.txt;
# the service's log goes to bench/target/planning/.
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
STAMP=$(date -u +%Y-%m-%dT%H%M)
OUT="$BENCH/results/planning-$STAMP.txt"
JAR="$ROOT/project-service/target/quarkus-app/quarkus-run.jar"

if [[ -z ${SKIP_BUILD:-} || ! -f $JAR || ! -f $BENCH/target/classpath.txt ]]; then
    echo "Building project-service and bench/ ..."
    mvn -q -f "$ROOT/pom.xml" package -DskipTests -pl platform,stack,project-service
    mvn -q -f "$BENCH/pom.xml" package -DskipTests
fi

mkdir -p "$BENCH/results" "$BENCH/target/planning"
{
    echo "# Planning benchmarks, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    "$BENCH/machine.sh"
    echo
} >"$OUT"
CP="$("$BENCH/classpath.sh")"
if [[ -z ${SKIP_JMH:-} ]]; then
    java -Xmx2g -cp "$CP" org.openjdk.jmh.Main \
        -wi 2 -w 1s -i 5 -r 1s -f 1 -jvmArgs "-Xmx2g" -rf text -rff "$BENCH/target/planning-summary.txt" \
        'io.implementa.bench.forecast.MonteCarloBenchmark' 'io.implementa.bench.cpm.IncrementalBenchmark' 2>&1 \
        | tee -a "$OUT"
    echo | tee -a "$OUT"
fi
java -Xmx1g -cp "$CP" io.implementa.bench.planning.PlanningHttp \
    --jar "$JAR" --work "$BENCH/target/planning" "$@" 2>&1 \
    | grep --line-buffered -v -e '^SLF4J' -e 'JBossLoggerFinder getLogger' -e 'LogManager accessed before' | tee -a "$OUT"
echo "Results: $OUT"
