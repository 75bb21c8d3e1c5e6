#!/usr/bin/env bash
# Load test of the release server: /healthz (the ceiling), create (1.4 KB, durable), peek and open (durable), each at
# 50 connections with wrk, one after another against ONE server process in ONE run, plus the server's RSS and the
# server's CPU time per request (utime + stime of the server process from /proc/<pid>/stat before and after each
# phase, divided by the requests wrk completed): unlike req/s, that barely depends on what else the machine runs.
#
#   bash bench/server/run.sh            # needs wrk (apt-get install -y wrk)
#   DURATION=30s CONNS=50 THREADS=1 SECRETS=300000 bash bench/server/run.sh
#   CINDER_BIN=/tmp/cinder-main-release bash bench/server/run.sh   # measure that binary (only bench_seed is built)
#
# Prints a Markdown table for docs/benchmarks.md. The load generator runs on the same machine as the server.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DURATION=${DURATION:-10s}
CONNS=${CONNS:-50}
THREADS=${THREADS:-1}
SECRETS=${SECRETS:-200000}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [ -n "${CINDER_BIN:-}" ]; then
  (cd "$ROOT" && cargo build --quiet --release -p cinder-server --example bench_seed)
else
  (cd "$ROOT" && cargo build --quiet --release -p cinder-server --bin cinder --example bench_seed)
  CINDER_BIN=$ROOT/target/release/cinder
fi

. "$HERE/server.sh"
start_server CINDER_MAX_SECRETS=100000000 CINDER_MAX_STORED_BYTES=64GiB
sleep 1
IDLE_RSS=$(mib_of VmRSS)

echo "seeding $SECRETS secrets for peek and open..." >&2
"$ROOT/target/release/examples/bench_seed" "http://$ADDR" "$SECRETS" "$WORK/fixtures.txt"

TARGETS=("$ADDR $WORK/fixtures.txt")
: >"$WORK/results.tsv"
: >"$WORK/cpu.txt"
phase healthz healthz.lua /healthz
phase create create.lua /
phase peek peek.lua /
phase open open.lua /
PEAK_RSS=$(mib_of VmHWM)
sleep 5
AFTER_RSS=$(mib_of VmRSS)

CPU=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
echo
echo "Date: $(date -u +%Y-%m-%d), machine: $(nproc) cores ($CPU), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr)."
echo "wrk $THREADS thread(s), $CONNS connections, $DURATION per phase, on the same machine; $SECRETS seeded secrets."
echo
echo "| phase | req/s | p50 (ms) | p99 (ms) | non-2xx | socket errors | server CPU/request (µs) | of which user / system (µs) | server RSS after (MB) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
table
echo
echo "Server RSS: idle after start $IDLE_RSS MB, peak $PEAK_RSS MB, idle 5 s after the load $AFTER_RSS MB."
