#!/usr/bin/env bash
# Per service: time from process start to the first successful request, and RSS after warm-up, beside a
# bare Quarkus REST application (bench/bare-quarkus) started the same way on the same machine.
#
#   bench/run-startup.sh [--runs 3] [--warmup 500]
#
# Needs the suite (starts it with `./suite up` if it is not running, and stops it again at the end). For
# each service in turn: stops the instance ./suite started, then --runs times starts it again with the
# very command line and environment ./suite gave it (read from /proc: java -Xmx384m -jar
# <service>/target/quarkus-app/quarkus-run.jar, QUARKUS_PROFILE=local, same database and broker), and
# measures from just before the fork to the first HTTP 200 of an authenticated, database-backed GET
# (polled every 20 ms):
#   project-service  GET /api/v1/projects         risk-service          GET /api/v1/projects/{id}/risks
#   resource-service GET /api/v1/resources        notification-service  GET /api/v1/recipients
# then sends --warmup more of the same GET over one connection, waits 2 s and reads the process's RSS
# (VmRSS) and PSS (smaps_rollup). The last instance is left running as the suite's. The bare application
# (one GET /hello endpoint, quarkus-rest only, same Quarkus version, fast-jar) is started --runs times the
# same way (same java options, from the same directory) and measured alike. Ratios: service / bare, on
# medians. Writes bench/results/startup-<UTC date>.txt; logs in bench/target/startup/.
set -euo pipefail
source "$(dirname "$0")/suite-bench.sh"
RUNS=3
WARMUP=500
while (($#)); do
    case $1 in
        --runs) RUNS=$2; shift 2 ;;
        --warmup) WARMUP=$2; shift 2 ;;
        *) echo "usage: $0 [--runs N] [--warmup N]" >&2; exit 2 ;;
    esac
done
OUT="$BENCH/results/startup-$STAMP.txt"
WORK="$BENCH/target/startup"
mkdir -p "$BENCH/results" "$WORK"
build_for_bench
ensure_suite_up
trap stop_suite_if_started EXIT
TOKEN=$(bench_token)
result_header "Start-up to first successful request, and RSS after warm-up: services vs bare Quarkus" \
    "runs=$RUNS, warm-up=$WARMUP GETs, poll every 20 ms" | tee "$OUT"

# A project for risk-service's route (its register is made from ProjectCreated).
PROJECT_ID=$(curl -s -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"key\":\"BS$(date +%H%M%S)\",\"name\":\"Start-up benchmark\",\"type\":\"IMPLEMENTATION\",
         \"sponsor\":{\"subject\":\"bench-sponsor\",\"email\":\"sponsor@example.com\",\"name\":\"Bench Sponsor\"},
         \"manager\":{\"subject\":\"bench-admin\",\"email\":\"bench-admin@example.com\",\"name\":\"Bench Admin\"},
         \"plannedStart\":\"2027-01-04\",\"plannedEnd\":\"2027-12-17\"}" \
    "$(service_url project-service)/api/v1/projects" | sed -E 's/^\{"id":"([^"]+)".*/\1/')
for _ in $(seq 1 600); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
        "$(service_url risk-service)/api/v1/projects/$PROJECT_ID/risk-register") == 200 ]] && break
    sleep 0.1
done

route() {
    case $1 in
        project-service) echo /api/v1/projects ;;
        risk-service) echo "/api/v1/projects/$PROJECT_ID/risks" ;;
        resource-service) echo /api/v1/resources ;;
        notification-service) echo /api/v1/recipients ;;
        bare-quarkus) echo /hello ;;
    esac
}

stop_pid() {
    local pid=$1 i
    kill -TERM "$pid" 2>/dev/null || return 0
    for i in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
}

# measure NAME URL LOG CMD...: starts CMD (environment as given by the caller), prints
# "<ms to first 200> <RSS MiB> <PSS MiB> <pid>".
measure() {
    local name=$1 url=$2 log=$3 start pid now code
    shift 3
    start=$(date +%s%N)
    (cd "$ROOT" && exec setsid "$@" >"$log" 2>&1 </dev/null) &
    pid=$!
    while :; do
        code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$url" || true)
        now=$(date +%s%N)
        [[ $code == 200 ]] && break
        if ! kill -0 "$pid" 2>/dev/null; then echo "$name exited during start-up (log: $log)" >&2; return 1; fi
        if (((now - start) > 180000000000)); then echo "$name not answering after 180 s (log: $log)" >&2; return 1; fi
        sleep 0.02
    done
    local ok
    ok=$(warm_up "$url" "$WARMUP" "$TOKEN")
    ((ok == WARMUP)) || echo "  warning: $name answered 200 to $ok of $WARMUP warm-up requests" >&2
    sleep 2
    echo "$(((now - start) / 1000000)) $(rss_pss_mib "$pid") $pid"
}

median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

declare -A START RSS PSS
printf '%-22s %4s %10s %9s %9s\n' name run "first-200" "RSS MiB" "PSS MiB" | tee -a "$OUT"
for service in "${SERVICES[@]}" bare-quarkus; do
    if [[ $service == bare-quarkus ]]; then
        # The same java options as the services, the yardstick's own jar and port.
        env_args=(PATH="$PATH" HOME="$HOME" QUARKUS_HTTP_PORT="$BARE_PORT")
        cmd=("${service_cmd[@]}")
        for i in "${!cmd[@]}"; do
            [[ ${cmd[$i]} == */quarkus-run.jar ]] && cmd[$i]="$BENCH/bare-quarkus/target/quarkus-app/quarkus-run.jar"
        done
        url="http://127.0.0.1:$BARE_PORT/hello"
    else
        pidfile="$ROOT/.local/pids/$service.pid"
        read -r pid port <"$pidfile" || true # no newline at its end
        mapfile -d '' env_args <"/proc/$pid/environ"
        mapfile -d '' service_cmd <"/proc/$pid/cmdline"
        cmd=("${service_cmd[@]}")
        url="http://127.0.0.1:$port$(route "$service")"
        stop_pid "$pid"
    fi
    starts=() rsss=() psss=()
    for ((run = 1; run <= RUNS; run++)); do
        read -r ms rss pss pid < <(measure "$service" "$url" "$WORK/$service-$run.log" env -i "${env_args[@]}" "${cmd[@]}")
        printf '%-22s %4d %8d ms %9.1f %9.1f\n' "$service" "$run" "$ms" "$rss" "$pss" | tee -a "$OUT"
        starts+=("$ms") rsss+=("$rss") psss+=("$pss")
        if ((run < RUNS)) || [[ $service == bare-quarkus ]]; then
            stop_pid "$pid"
        else
            printf '%s %s' "$pid" "$port" >"$pidfile" # the suite's instance again
        fi
    done
    START[$service]=$(printf '%s\n' "${starts[@]}" | median)
    RSS[$service]=$(printf '%s\n' "${rsss[@]}" | median)
    PSS[$service]=$(printf '%s\n' "${psss[@]}" | median)
done
{
    echo
    echo "Summary (medians of $RUNS runs; ratio = service / bare Quarkus)"
    printf '%-22s %12s %7s %10s %7s %10s %7s\n' name "first-200" ratio "RSS MiB" ratio "PSS MiB" ratio
    for service in "${SERVICES[@]}" bare-quarkus; do
        awk -v n="$service" -v s="${START[$service]}" -v r="${RSS[$service]}" -v p="${PSS[$service]}" \
            -v bs="${START[bare-quarkus]}" -v br="${RSS[bare-quarkus]}" -v bp="${PSS[bare-quarkus]}" \
            'BEGIN {printf "%-22s %9d ms %6.1fx %10.1f %6.1fx %10.1f %6.1fx\n", n, s, s / bs, r, r / br, p, p / bp}'
    done
} | tee -a "$OUT"
echo "Results: $OUT"
