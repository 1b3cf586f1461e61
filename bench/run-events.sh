#!/usr/bin/env bash
# Events: commit -> webhook delivered, p50/p99, at a fixed rate of writes (100/s by default).
#
#   bench/run-events.sh [--rate 100] [--count 1000] [--warmup 200] [--projects 10]
#
# Needs the suite (starts it with `./suite up` if it is not running, and stops it again at the end);
# suite-bench.sh starts it with IMPLEMENTA_NOTIFICATION_ALLOW_PRIVATE_TARGETS=true so that a loopback
# http receiver may be registered. io.implementa.bench.load.WebhookLatency (bench/load) runs a webhook
# receiver (JDK HttpServer on 127.0.0.1), creates a project, registers an INTEGRATION_ENDPOINT recipient
# with a webhook endpoint at the receiver and a subscription to io.implementa.risk.RiskIdentified of that
# projects it may read, then identifies risks over REST (POST /api/v1/projects/{id}/risks on risk-service), open-loop
# at --rate per second: --warmup unreported, then --count measured. Each is timed from the moment its
# HTTP 201 was read (the write has committed) to the arrival of the webhook carrying its event. The path:
# risk-service's outbox relay, Kafka, notification-service's consumer (rules, subscription match, delivery
# row), its delivery worker (polls every implementa.notification.delivery.poll-interval, 1 s by default),
# the HTTP POST. Writes bench/results/events-<UTC date>.txt.
set -euo pipefail
source "$(dirname "$0")/suite-bench.sh"
ARGS=(--rate 100 --count 1000 --warmup 200 --projects 10)
while (($#)); do
    case $1 in
        --rate) ARGS[1]=$2; shift 2 ;;
        --count) ARGS[3]=$2; shift 2 ;;
        --warmup) ARGS[5]=$2; shift 2 ;;
        --projects) ARGS[7]=$2; shift 2 ;;
        *) echo "usage: $0 [--rate R] [--count N] [--warmup N]" >&2; exit 2 ;;
    esac
done
OUT="$BENCH/results/events-$STAMP.txt"
mkdir -p "$BENCH/results"
build_for_bench
ensure_suite_up
trap stop_suite_if_started EXIT
TOKEN=$(bench_token)
result_header "Events: write committed (HTTP 201) -> webhook delivered" "${ARGS[*]}, delivery poll-interval ${IMPLEMENTA_NOTIFICATION_DELIVERY_POLL_INTERVAL:-1s (default)}" \
    | tee "$OUT"
load_java io.implementa.bench.load.WebhookLatency "${ARGS[@]}" --token "$TOKEN" \
    --project-url "$(service_url project-service)" --risk-url "$(service_url risk-service)" \
    --notification-url "$(service_url notification-service)" 2>&1 | tee -a "$OUT"
echo "Results: $OUT"
