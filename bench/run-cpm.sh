#!/usr/bin/env bash
# CPM engine benchmarks (JMH): full pass, network build, incremental recompute.
#
#   bench/run-cpm.sh [extra JMH options]      e.g. bench/run-cpm.sh -p tasks=100000
#
# Installs project-service (with its test-jar: NetworkGenerator) and what it needs into the local
# Maven repository, builds bench/, runs JMH and writes bench/results/cpm-<UTC date>.txt.
# Default run: 3 warm-up and 5 measured iterations of 1 s each, one fork (about 2 minutes).
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
STAMP=$(date -u +%Y-%m-%dT%H%M)
OUT="$BENCH/results/cpm-$STAMP.txt"

echo "Building project-service and bench/ (package only, nothing installed) ..."
mvn -q -f "$ROOT/pom.xml" package -DskipTests -pl platform,stack,project-service
mvn -q -f "$BENCH/pom.xml" package -DskipTests

mkdir -p "$BENCH/results"
{
    echo "# CPM benchmarks, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    "$BENCH/machine.sh"
    echo
} >"$OUT"
java -Xmx2g -cp "$("$BENCH/classpath.sh")" org.openjdk.jmh.Main \
    -wi 3 -w 1s -i 5 -r 1s -f 1 -jvmArgs "-Xmx2g" -rf text -rff "$BENCH/target/cpm-summary.txt" \
    "$@" 'io.implementa.bench.cpm.*' 2>&1 | tee -a "$OUT"
echo "Results: $OUT"
