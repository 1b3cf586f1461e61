#!/usr/bin/env bash
# REST throughput and p50/p99 latency of project-service (a database-backed GET and a POST) at fixed
# request rates and at saturation, beside `pgbench -S` (select-only) against the same PostgreSQL server.
#
#   bench/run-rest.sh [--rates 50,100,200] [--seconds 15] [--concurrency 8] [--max-seconds 10] [--scale 10]
#
# Needs the suite (starts it with `./suite up` if it is not running, and stops it again at the end).
# 1. pgbench (PostgreSQL's own client, /usr/bin/pgbench) against the suite's embedded PostgreSQL: database
#    `pgbench` created beside the services' ones, initialised at --scale (10: 1M accounts, all cached);
#    then `pgbench -S` (one SELECT by primary key per transaction) with --concurrency clients for
#    --max-seconds (the ceiling: its tps), and at each --rates rate for --seconds with `-R` (fixed rate;
#    latency counted from the scheduled start, as below) and `-l` (per-transaction log -> percentiles).
# 2. io.implementa.bench.load.RestLoad (bench/load, JDK HttpClient + HdrHistogram) against project-service:
#    GET /api/v1/projects/{id} and POST /api/v1/projects, 5 s warm-up each, then open-loop at each rate for
#    --seconds (latency from when each request was due: no coordinated omission), then closed-loop with
#    --concurrency connections for --max-seconds (its throughput is the figure compared with pgbench's).
# Ratios: REST / pgbench. Writes bench/results/rest-<UTC date>.txt; pgbench logs in bench/target/rest/.
set -euo pipefail
source "$(dirname "$0")/suite-bench.sh"
RATES=50,100,200
SECONDS_PER_RATE=15
CONCURRENCY=8
MAX_SECONDS=10
SCALE=10
while (($#)); do
    case $1 in
        --rates) RATES=$2; shift 2 ;;
        --seconds) SECONDS_PER_RATE=$2; shift 2 ;;
        --concurrency) CONCURRENCY=$2; shift 2 ;;
        --max-seconds) MAX_SECONDS=$2; shift 2 ;;
        --scale) SCALE=$2; shift 2 ;;
        *) echo "usage: $0 [--rates R,R] [--seconds S] [--concurrency C] [--max-seconds S] [--scale N]" >&2; exit 2 ;;
    esac
done
command -v pgbench >/dev/null || { echo "pgbench is missing: apt-get install postgresql-client" >&2; exit 1; }
OUT="$BENCH/results/rest-$STAMP.txt"
WORK="$BENCH/target/rest"
mkdir -p "$BENCH/results" "$WORK"
rm -f "$WORK"/pgbench-*
build_for_bench
ensure_suite_up
trap stop_suite_if_started EXIT
TOKEN=$(bench_token)
# shellcheck source=/dev/null
source "$ROOT/.local/infra.env"
hostport=${POSTGRES_SERVER_URL#jdbc:postgresql://}
export PGHOST=${hostport%%:*} PGPORT=${hostport##*:} PGUSER=$POSTGRES_USER PGPASSWORD=$POSTGRES_PASSWORD
result_header "REST throughput and latency (project-service) vs pgbench -S" \
    "rates=$RATES/s for $SECONDS_PER_RATE s, saturation with $CONCURRENCY connections for $MAX_SECONDS s, pgbench scale $SCALE, PostgreSQL $PGHOST:$PGPORT ($(psql -d postgres -tAc 'show server_version'))" \
    | tee "$OUT"

echo "pgbench: initialising scale $SCALE ..." | tee -a "$OUT"
if [[ -z $(psql -d postgres -tAc "select 1 from pg_database where datname = 'pgbench'") ]]; then
    psql -d postgres -qc 'create database pgbench'
fi
pgbench -i -q -s "$SCALE" pgbench >"$WORK/pgbench-init.log" 2>&1
declare -A PG_P50 PG_P99
pgbench -S -c "$CONCURRENCY" -j 2 -T "$MAX_SECONDS" pgbench 2>&1 | tee "$WORK/pgbench-max.txt" | grep -E '^(tps|latency)' | sed 's/^/  max: /' | tee -a "$OUT"
PG_MAX=$(awk '/^tps/ {print $3; exit}' "$WORK/pgbench-max.txt")
for rate in ${RATES//,/ }; do
    pgbench -S -c "$CONCURRENCY" -j 2 -R "$rate" -T "$SECONDS_PER_RATE" -l --log-prefix="$WORK/pgbench-r$rate" pgbench \
        >"$WORK/pgbench-r$rate.txt" 2>&1
    read -r n p50 p90 p99 max < <(cat "$WORK"/pgbench-r"$rate".[0-9]* | awk '{print $3}' | sort -n | awk '
        {a[NR] = $1} END {printf "%d %.2f %.2f %.2f %.2f\n", NR, a[int(NR * 0.50 + 0.999)] / 1000,
            a[int(NR * 0.90 + 0.999)] / 1000, a[int(NR * 0.99 + 0.999)] / 1000, a[NR] / 1000}')
    PG_P50[$rate]=$p50 PG_P99[$rate]=$p99
    printf '  rate=%s/s: %d transactions, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n' \
        "$rate" "$n" "$p50" "$p90" "$p99" "$max" | tee -a "$OUT"
done
echo | tee -a "$OUT"

load_java io.implementa.bench.load.RestLoad --project-url "$(service_url project-service)" --token "$TOKEN" \
    --rates "$RATES" --seconds "$SECONDS_PER_RATE" --concurrency "$CONCURRENCY" --max-seconds "$MAX_SECONDS" \
    2>&1 | tee "$WORK/restload.txt" | tee -a "$OUT"

{
    echo
    echo "Summary: project-service REST vs pgbench -S on the same PostgreSQL (ratio = REST / pgbench)"
    printf '%-5s %-12s %10s %10s %7s %9s %9s %7s %9s %9s %7s\n' op load "REST ok/s" "pgb tps" ratio \
        "REST p50" "pgb p50" ratio "REST p99" "pgb p99" ratio
    for op in GET POST; do
        for rate in ${RATES//,/ }; do
            awk -v op=$op -v load="rate=$rate/s" -v pp50="${PG_P50[$rate]}" -v pp99="${PG_P99[$rate]}" -v rate=$rate '
                $1 == op && $2 == load {printf "%-5s %-12s %10.1f %10.1f %7s %6.2f ms %6.2f ms %6.1fx %6.2f ms %6.2f ms %6.1fx\n",
                    op, load, $6, rate, "-", $7, pp50, $7 / pp50, $9, pp99, $9 / pp99}' "$WORK/restload.txt"
        done
        awk -v op=$op -v pgmax="$PG_MAX" -v c="$CONCURRENCY" '
            $1 == op && $2 ~ /^max/ {printf "%-5s %-12s %10.1f %10.1f %6.3fx %6.2f ms %9s %7s %6.2f ms %9s %7s\n",
                op, $2, $6, pgmax, $6 / pgmax, $7, "-", "-", $9, "-", "-"}' "$WORK/restload.txt"
    done
} | tee -a "$OUT"
echo "Results: $OUT"
