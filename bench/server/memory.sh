#!/usr/bin/env bash
# Memory under hostile clients: the release server's RSS while 50 clients upload 25 MiB each at once, while 50 slow
# readers open those secrets, with about 1 GiB stored, and the latency of a small chunked create while large uploads
# trickle (server/examples/bench_memory.rs does the clients and reads /proc/<pid>/status). Then the server is
# restarted on the same data directory (1 GiB stored) and its idle RSS read again.
#
#   bash bench/server/memory.sh
#   CINDER_BIN=/tmp/cinder-main-release bash bench/server/memory.sh    # measure that binary
#   CONCURRENT=50 BIG_MIB=25 SLOW_RATE=65536 SLOW_SECS=20 STORED=45 STORED_MIB=23 TRICKLERS=6 bash bench/server/memory.sh
#
# Needs about 2.5 GiB free under ${TMPDIR:-/tmp} and root (or the server's user) to reset the peak RSS between points.
# Prints a Markdown table for docs/benchmarks.md.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

if [ -n "${CINDER_BIN:-}" ]; then
  (cd "$ROOT" && cargo build --quiet --release -p cinder-server --example bench_memory)
else
  (cd "$ROOT" && cargo build --quiet --release -p cinder-server --bin cinder --example bench_memory)
  CINDER_BIN=$ROOT/target/release/cinder
fi

. "$HERE/server.sh"
start() { start_server CINDER_MAX_STORED_BYTES=4GiB; }

start
sleep 1
CPU=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
echo "Date: $(date -u +%Y-%m-%d), machine: $(nproc) cores ($CPU), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr)."
echo "Binary: $CINDER_BIN; data in $WORK/data ($(df -h --output=source "$WORK" | tail -1)); CINDER_CACHE_BYTES default."
echo
"$ROOT/target/release/examples/bench_memory" "$ADDR" "$PID"
STORED_FILES=$(find "$WORK/data/ciphertext" -type f | wc -l)
STORED_MB=$(du -sm "$WORK/data/ciphertext" | cut -f1)
stop_server

start
sleep 5
echo "| 6 | restarted on that data directory ($STORED_FILES files, $STORED_MB MB of ciphertext), 5 s idle | | $(mib_of VmHWM) | | $(mib_of VmRSS) | $(awk '$1 == "Threads:" { print $2 }' "/proc/$PID/status") |"
