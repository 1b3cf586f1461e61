#!/usr/bin/env bash
# The classpath of bench/'s JMH and REST harnesses: its classes, this tree's project-service jar and
# test-jar (system-scope dependencies of bench/pom.xml, so not in target/classpath.txt) and the rest.
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
VERSION=0.1.0-SNAPSHOT
printf '%s:%s:%s:%s' "$BENCH/target/classes" "$ROOT/project-service/target/project-service-$VERSION.jar" \
    "$ROOT/project-service/target/project-service-$VERSION-tests.jar" "$(cat "$BENCH/target/classpath.txt")"
