#!/usr/bin/env bash
# Every figure of issue #13 in one go, for a rerun on a quiet machine (about 10 minutes there):
#
#   bench/run-all.sh            # full: as each command's defaults
#   bench/run-all.sh --small    # a quick check that everything works (about 5 minutes; not for quoting)
#
# Builds once (mvn -o -q package -DskipTests of platform, stack and the four services, then bench/load and
# bench/bare-quarkus: nothing is installed), then runs, on the benchmark ports of suite-bench.sh and this
# tree's .local/ (stop your own ./suite first):
#   1. bench/run-suite-up.sh   ./suite up time, stopped -> all four ready (leaves the suite up)
#   2. bench/run-startup.sh    per service: start -> first successful request, RSS after warm-up, vs bare Quarkus
#   3. bench/run-rest.sh       REST GET/POST throughput and p50/p99 at fixed rates vs pgbench -S
#   4. bench/run-events.sh     write -> webhook delivered p50/p99 at 100 events/s
#   5. bench/run-memory.sh     whole-suite memory after all of the above
# and stops the suite. Each writes its own bench/results/<name>-<UTC date>.txt; this prints their
# summaries together and writes them to bench/results/all-<UTC date>.txt.
set -euo pipefail
source "$(dirname "$0")/suite-bench.sh"
UP=() STARTUP=() REST=() EVENTS=() MEMORY=()
case ${1:-} in
    "") ;;
    --small)
        UP=(--runs 1) STARTUP=(--runs 1 --warmup 200)
        REST=(--rates 50,100 --seconds 5 --max-seconds 5 --scale 2)
        EVENTS=(--count 300 --warmup 100) MEMORY=(--warmup 200) ;;
    *) echo "usage: $0 [--small]" >&2; exit 2 ;;
esac
OUT="$BENCH/results/all-$STAMP.txt"
mkdir -p "$BENCH/results" "$BENCH/target"
begin=$SECONDS
build_for_bench
export SKIP_BUILD=1
trap '"$SUITE" down >/dev/null 2>&1 || true' EXIT
phase() {
    local name=$1 t=$SECONDS
    shift
    echo "==== $name ($(date -u +%H:%M:%S))"
    "$@" | tee "$BENCH/target/all-$name.log"
    echo "==== $name took $((SECONDS - t)) s"
}
phase suite-up env KEEP_UP=1 "$BENCH/run-suite-up.sh" "${UP[@]}"
phase startup "$BENCH/run-startup.sh" "${STARTUP[@]}"
phase rest "$BENCH/run-rest.sh" "${REST[@]}"
phase events "$BENCH/run-events.sh" "${EVENTS[@]}"
phase memory "$BENCH/run-memory.sh" "${MEMORY[@]}"
"$SUITE" down >/dev/null
trap - EXIT
{
    result_header "All suite figures of issue #13 (bench/run-all.sh ${1:-})" "see each file"
    for name in suite-up startup rest events memory; do
        echo "---- $name: $(grep '^Results: ' "$BENCH/target/all-$name.log" | sed 's/^Results: //; s#.*/bench/#bench/#')"
        sed -n '/^Summary/,/^Results: /p' "$BENCH/target/all-$name.log" | grep -v '^Results: '
        echo
    done
    echo "total $((SECONDS - begin)) s"
} | tee "$OUT"
echo "Results: $OUT"
