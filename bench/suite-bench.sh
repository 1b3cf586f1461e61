#!/usr/bin/env bash
# Sourced by the suite benchmarks (run-suite-up.sh, run-startup.sh, run-rest.sh, run-events.sh,
# run-memory.sh, run-all.sh): the settings they start ./suite with, and the helpers they share.
#
# The benchmarks run the real suite as `./suite up` starts it (embedded PostgreSQL and Kafka in one
# background JVM, the four packaged services with -Xmx384m), on ports of their own so that a developer's
# suite on the default ports is not disturbed (override any of the variables below):
export IMPLEMENTA_POSTGRES_PORT=${IMPLEMENTA_POSTGRES_PORT:-25433}
export IMPLEMENTA_KAFKA_PORT=${IMPLEMENTA_KAFKA_PORT:-29092}
export IMPLEMENTA_PROJECT_PORT=${IMPLEMENTA_PROJECT_PORT:-28081}
export IMPLEMENTA_RISK_PORT=${IMPLEMENTA_RISK_PORT:-28082}
export IMPLEMENTA_RESOURCE_PORT=${IMPLEMENTA_RESOURCE_PORT:-28083}
export IMPLEMENTA_NOTIFICATION_PORT=${IMPLEMENTA_NOTIFICATION_PORT:-28084}
# One caller drives every request: lift the per-caller rate limit (50/s by default), which is not measured.
export IMPLEMENTA_RATE_LIMIT_REQUESTS_PER_SECOND=${IMPLEMENTA_RATE_LIMIT_REQUESTS_PER_SECOND:-1000000}
export IMPLEMENTA_RATE_LIMIT_BURST=${IMPLEMENTA_RATE_LIMIT_BURST:-1000000}
# The event benchmark's webhook receiver listens on loopback over plain http.
export IMPLEMENTA_NOTIFICATION_ALLOW_PRIVATE_TARGETS=${IMPLEMENTA_NOTIFICATION_ALLOW_PRIVATE_TARGETS:-true}
# Bare-Quarkus yardstick port (run-startup.sh).
BARE_PORT=${BARE_PORT:-28090}

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
SUITE="$ROOT/suite"
SERVICES=(project-service risk-service resource-service notification-service)
STAMP=$(date -u +%Y-%m-%dT%H%M)
# Set by ensure_suite_up when this script started the suite (and so stops it at the end).
STARTED_SUITE=

service_port() {
    local name=${1%-service}
    local var="IMPLEMENTA_${name^^}_PORT"
    printf '%s' "${!var}"
}

service_url() { printf 'http://127.0.0.1:%s' "$(service_port "$1")"; }

# Builds the four services (quarkus-app), the platform and stack they need, the load generator and the
# bare-Quarkus yardstick: `package` only, nothing is installed. SKIP_BUILD=1 reuses what is built.
build_for_bench() {
    if [[ -n ${SKIP_BUILD:-} ]]; then mark_built; return 0; fi
    echo "Building platform, stack and the four services (mvn -o -q package -DskipTests -pl ...) ..."
    mvn -o -q -f "$ROOT/pom.xml" package -DskipTests \
        -pl platform,stack,project-service,risk-service,resource-service,notification-service
    echo "Building bench/load and bench/bare-quarkus ..."
    mvn -o -q -f "$BENCH/load/pom.xml" package -DskipTests
    mvn -o -q -f "$BENCH/bare-quarkus/pom.xml" package -DskipTests
    mark_built
}

# ./suite up rebuilds the whole reactor when any pom.xml or src/main file of the tree (bench/ included) is
# newer than its jars; the jars were just built from this tree, so mark them as newer than everything.
mark_built() {
    touch "$ROOT"/stack/target/implementa-stack-*.jar
    for service in "${SERVICES[@]}"; do touch "$ROOT/$service/target/quarkus-app/quarkus-run.jar"; done
}

# Starts the suite unless it already runs (with this file's settings); remembers to stop it at the end.
ensure_suite_up() {
    # (grep without -q: an early exit would fail the pipeline under pipefail)
    if "$SUITE" status | grep -E '^infra +[0-9]+' >/dev/null; then
        return 0
    fi
    echo "Starting the suite (./suite up, benchmark ports) ..."
    "$SUITE" up >"$BENCH/target/suite-up.log" 2>&1 || { cat "$BENCH/target/suite-up.log"; return 1; }
    STARTED_SUITE=1
}

stop_suite_if_started() {
    if [[ -n $STARTED_SUITE && -z ${KEEP_UP:-} ]]; then
        echo "Stopping the suite (./suite down) ..."
        "$SUITE" down >/dev/null
    fi
}

bench_token() { "$SUITE" token bench-admin --roles admin --email bench-admin@example.com --name "Bench Admin" --hours 4; }

# Writes the header of a raw result file: title, date, machine, load, JDK, commit.
result_header() {
    echo "# $1, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    "$BENCH/machine.sh"
    echo "# settings: $2"
    echo
}

load_java() {
    java -Xmx512m -cp "$BENCH/load/target/classes:$(cat "$BENCH/load/target/classpath.txt")" "$@"
}

# Resident and proportional set size of a process, in MiB: "RSS PSS" (PSS shares shared pages out fairly).
rss_pss_mib() {
    local pid=$1 rss pss
    rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    pss=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
    awk -v r="${rss:-0}" -v p="${pss:-0}" 'BEGIN {printf "%.1f %.1f\n", r / 1024, p / 1024}'
}

# GETs url n times over one connection (curl reuses it); prints how many answered 200.
warm_up() {
    local url=$1 n=$2 token=$3 args=() i
    for ((i = 0; i < n; i++)); do args+=("$url" -o /dev/null); done
    curl -s -H "Authorization: Bearer $token" -w '%{http_code}\n' "${args[@]}" | grep -c '^200$' || true
}
