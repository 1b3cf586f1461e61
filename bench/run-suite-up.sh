#!/usr/bin/env bash
# `./suite up` time: from everything stopped to all four services ready, as a user sees it.
#
#   bench/run-suite-up.sh [--runs 3]
#
# Builds (see suite-bench.sh; SKIP_BUILD=1 reuses what is built), then --runs times: `./suite down`, and
# the wall time of `./suite up` (start PostgreSQL and Kafka in one background JVM, wait for them, start
# the four services, return once each answers 200 on /q/health/ready). The data in .local/ is kept
# between runs, as between two uses of the suite; a run that found no data (the tree's first start,
# Flyway creating every schema) is labelled so. Uses the benchmark ports of suite-bench.sh and this
# tree's .local/: stop your own ./suite first. Leaves the suite stopped (KEEP_UP=1: running).
# Writes bench/results/suite-up-<UTC date>.txt; ./suite's output of each run goes to
# bench/target/suite-up/run-<n>.log.
set -euo pipefail
source "$(dirname "$0")/suite-bench.sh"
RUNS=3
while (($#)); do
    case $1 in
        --runs) RUNS=$2; shift 2 ;;
        *) echo "usage: $0 [--runs N]" >&2; exit 2 ;;
    esac
done
OUT="$BENCH/results/suite-up-$STAMP.txt"
mkdir -p "$BENCH/results" "$BENCH/target/suite-up"
build_for_bench
result_header "./suite up, stopped to all four services ready" \
    "runs=$RUNS, services $(printf '%s ' "${SERVICES[@]}")on ports $IMPLEMENTA_PROJECT_PORT-$IMPLEMENTA_NOTIFICATION_PORT, JVM options ${IMPLEMENTA_SERVICE_JAVA_OPTS:--Xmx384m}" \
    | tee "$OUT"
"$SUITE" down >/dev/null
times=()
for ((run = 1; run <= RUNS; run++)); do
    if [[ -d $ROOT/.local/postgres ]]; then data="data kept"; else data="empty data (first start)"; fi
    log="$BENCH/target/suite-up/run-$run.log"
    start=$(date +%s%N)
    "$SUITE" up >"$log" 2>&1 || { cat "$log"; exit 1; }
    end=$(date +%s%N)
    ms=$(((end - start) / 1000000))
    if grep -q '^Building' "$log"; then
        echo "run $run: ./suite up rebuilt the tree first; this run's time includes the build" | tee -a "$OUT"
    fi
    printf 'run %d: %6.1f s  (%s; load average %s)\n' "$run" "$(awk -v m=$ms 'BEGIN {print m / 1000}')" "$data" \
        "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$OUT"
    [[ $data == "data kept" ]] && times+=("$ms")
    if ((run < RUNS)) || [[ -z ${KEEP_UP:-} ]]; then "$SUITE" down >/dev/null; fi
done
{
    echo
    echo "Summary: ./suite up, stopped -> all four services ready"
    if ((${#times[@]} > 0)); then
        printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {
            printf "  data kept: %d runs, median %.1f s, min %.1f s, max %.1f s\n", NR, a[int((NR + 1) / 2)] / 1000, a[1] / 1000, a[NR] / 1000}'
    fi
} | tee -a "$OUT"
echo "Results: $OUT"
