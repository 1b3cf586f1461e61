#!/usr/bin/env bash
# Prints what a benchmark result needs to be read: machine, load, JDK, commit.
echo "# machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "# memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
echo "# load average (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# jdk: $(java -version 2>&1 | head -2 | tail -1)"
echo "# commit: $(git -C "$(dirname "$0")" rev-parse --short HEAD 2>/dev/null || echo unknown) (plus uncommitted changes)"
