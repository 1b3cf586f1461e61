#!/usr/bin/env bash
# Utilisation benchmark (JMH): 1,000 people x 2 years of allocations, over the resource-service's own code.
#
#   bench/run-utilisation.sh [extra JMH options]      e.g. bench/run-utilisation.sh -p allocationsPerPerson=100
#
# Compiles resource-service and packages its classes as a plain jar (nothing is installed into the local
# Maven repository), builds bench/utilisation, runs JMH and writes bench/results/utilisation-<UTC date>.txt.
# Default run: 3 warm-up and 5 measured iterations of 2 s each, one fork (about 3 minutes).
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
STAMP=$(date -u +%Y-%m-%dT%H%M)
OUT="$BENCH/results/utilisation-$STAMP.txt"

echo "Building resource-service classes and bench/utilisation ..."
mvn -o -q -f "$ROOT/resource-service/pom.xml" compile jar:jar
mvn -o -q -f "$BENCH/utilisation/pom.xml" package -DskipTests

mkdir -p "$BENCH/results"
{
    echo "# Utilisation benchmark (1,000 people x 2 years), $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    "$BENCH/machine.sh"
    echo
} >"$OUT"
CP="$BENCH/utilisation/target/classes:$ROOT/resource-service/target/classes:$(cat "$BENCH/utilisation/target/classpath.txt")"
java -Xmx2g -cp "$CP" org.openjdk.jmh.Main \
    -wi 3 -w 2s -i 5 -r 2s -f 1 -jvmArgs "-Xmx2g" "$@" 'io.implementa.bench.utilisation.*' 2>&1 | tee -a "$OUT"
echo "Results: $OUT"
