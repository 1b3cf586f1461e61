#!/usr/bin/env bash
# Whole-suite memory with everything running: RSS (and PSS) of the four services, of the infrastructure
# JVM (the embedded Kafka broker) and of the PostgreSQL server (postmaster and every backend), after warm-up.
#
#   bench/run-memory.sh [--warmup 500]
#
# Needs the suite (starts it with `./suite up` if it is not running, and stops it again at the end).
# Warm-up: --warmup authenticated, database-backed GETs per service over one connection (run last in
# bench/run-all.sh, the services have by then also served the REST and event benchmarks), then 5 s of
# quiet. RSS counts every resident page of a process, shared ones included, so summing RSS over the
# PostgreSQL processes counts its shared buffers once per backend; PSS (/proc/PID/smaps_rollup) divides
# each shared page among the processes sharing it, so the PSS total is the memory the suite really takes.
# Writes bench/results/memory-<UTC date>.txt.
set -euo pipefail
source "$(dirname "$0")/suite-bench.sh"
WARMUP=500
while (($#)); do
    case $1 in
        --warmup) WARMUP=$2; shift 2 ;;
        *) echo "usage: $0 [--warmup N]" >&2; exit 2 ;;
    esac
done
OUT="$BENCH/results/memory-$STAMP.txt"
mkdir -p "$BENCH/results"
build_for_bench
ensure_suite_up
trap stop_suite_if_started EXIT
TOKEN=$(bench_token)
result_header "Whole-suite memory, everything running, after warm-up" \
    "warm-up=$WARMUP GETs per service, service JVM options ${IMPLEMENTA_SERVICE_JAVA_OPTS:--Xmx384m}, infrastructure JVM -Xmx768m" \
    | tee "$OUT"
for url in "$(service_url project-service)/api/v1/projects" "$(service_url resource-service)/api/v1/resources" \
    "$(service_url notification-service)/api/v1/recipients" "$(service_url risk-service)/q/health/ready"; do
    warm_up "$url" "$WARMUP" "$TOKEN" >/dev/null
done
sleep 5
pid_of() { read -r pid _ <"$ROOT/.local/pids/$1.pid" || true; echo "$pid"; }
{
    printf '%-34s %8s %10s %10s\n' process pid "RSS MiB" "PSS MiB"
    total_rss=0 total_pss=0
    row() {
        read -r rss pss < <(rss_pss_mib "$2")
        printf '%-34s %8s %10.1f %10.1f\n' "$1" "$2" "$rss" "$pss"
        total_rss=$(awk -v a="$total_rss" -v b="$rss" 'BEGIN {print a + b}')
        total_pss=$(awk -v a="$total_pss" -v b="$pss" 'BEGIN {print a + b}')
    }
    for service in "${SERVICES[@]}"; do row "$service" "$(pid_of "$service")"; done
    services_rss=$total_rss services_pss=$total_pss
    row "infrastructure JVM (Kafka broker)" "$(pid_of infra)"
    postmaster=$(head -n 1 "$ROOT/.local/postgres/postmaster.pid")
    pg_rss=0 pg_pss=0 pg_count=0
    for pid in "$postmaster" $(pgrep -P "$postmaster"); do
        read -r rss pss < <(rss_pss_mib "$pid")
        pg_rss=$(awk -v a="$pg_rss" -v b="$rss" 'BEGIN {print a + b}')
        pg_pss=$(awk -v a="$pg_pss" -v b="$pss" 'BEGIN {print a + b}')
        pg_count=$((pg_count + 1))
    done
    printf '%-34s %8s %10.1f %10.1f\n' "PostgreSQL ($pg_count processes)" "$postmaster" "$pg_rss" "$pg_pss"
    total_rss=$(awk -v a="$total_rss" -v b="$pg_rss" 'BEGIN {print a + b}')
    total_pss=$(awk -v a="$total_pss" -v b="$pg_pss" 'BEGIN {print a + b}')
    echo
    echo "Summary: whole-suite memory after warm-up"
    printf '  four services:            RSS %7.1f MiB   PSS %7.1f MiB\n' "$services_rss" "$services_pss"
    printf '  everything (+ Kafka, PG): RSS %7.1f MiB   PSS %7.1f MiB   (RSS over-counts shared pages; PSS is the real total)\n' \
        "$total_rss" "$total_pss"
} | tee -a "$OUT"
echo "Results: $OUT"
