#!/usr/bin/env bash
# Load test of the release server on Redis (issue 11's targets): /healthz (the ceiling), create (1.4 KB), peek and
# open at 50 connections against ONE and then TWO `cinder` processes on one redis-server that keeps every write on
# disk (appendonly yes, appendfsync always, noeviction, as the server demands), with the CPU time per request of the
# servers and of Redis, Redis's RSS, and the bytes of Redis memory each live 1 KiB secret takes (LIVE of them).
#
#   bash bench/server/redis.sh           # needs wrk (apt-get install -y wrk) and redis-server (the test setup has it)
#   DURATION=30s CONNS=50 SECRETS=200000 LIVE=100000 bash bench/server/redis.sh
#
# Prints Markdown for docs/benchmarks.md. The load generator and Redis share the machine's cores with the servers.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DURATION=${DURATION:-10s}
CONNS=${CONNS:-50}
THREADS=${THREADS:-1}
SECRETS=${SECRETS:-100000}
LIVE=${LIVE:-100000}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v redis-server >/dev/null || { echo "redis-server is missing: apt-get install -y redis-server" >&2; exit 1; }
(cd "$ROOT" && cargo build --quiet --release -p cinder-server --bin cinder --example bench_seed)
CINDER_BIN=$ROOT/target/release/cinder
SEED=$ROOT/target/release/examples/bench_seed

. "$HERE/server.sh"
RPORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$WORK/redis"
redis-server --bind 127.0.0.1 --port "$RPORT" --dir "$WORK/redis" --save '' --appendonly yes --appendfsync always \
  --maxmemory-policy noeviction --daemonize no >"$WORK/redis.log" 2>&1 &
EXTRA_PID=$!
trap 'stop_server; kill "$EXTRA_PID" 2>/dev/null || true; wait "$EXTRA_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 100); do redis-cli -p "$RPORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
STORE=redis://127.0.0.1:$RPORT/
rcli() { redis-cli -p "$RPORT" "$@"; }
used() { rcli info memory | awk -F: '$1 == "used_memory" { print $2 + 0 }'; }
redis_rss_mb() { awk '$1 == "VmRSS:" { printf "%.1f", $2 / 1024 }' "/proc/$EXTRA_PID/status"; }
settings=(CINDER_STORE="$STORE" CINDER_MAX_SECRETS=100000000 CINDER_MAX_STORED_BYTES=1000GiB)

# Runs the four phases against the servers in PIDS/TARGETS, each open with its own share of freshly seeded secrets.
phases() {
  : >"$WORK/results.tsv"
  : >"$WORK/cpu.txt"
  : >"$WORK/rss.txt"
  phase healthz healthz.lua /healthz
  phase create create.lua /
  phase peek peek.lua /
  phase open open.lua /
}
header() {
  echo "| phase | req/s | p50 (ms) | p99 (ms) | non-2xx | socket errors | servers' CPU/request (µs) | of which user / system (µs) | Redis CPU/request (µs) | last server's RSS after (MB) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
}

start_server "${settings[@]}"
echo "seeding $SECRETS secrets for peek and open..." >&2
"$SEED" "http://$ADDR" "$SECRETS" "$WORK/fixtures.txt"
TARGETS=("$ADDR $WORK/fixtures.txt")
phases
cp "$WORK/results.tsv" "$WORK/results-1.tsv"
ONE=$(table)
RSS_ONE=$(redis_rss_mb)

# Two processes: each gets half the connections and half of a new batch of seeded secrets.
start_server "${settings[@]}"
echo "seeding $SECRETS more secrets for two processes..." >&2
"$SEED" "http://$ADDR" "$SECRETS" "$WORK/fixtures2.txt"
split -n l/2 -d "$WORK/fixtures2.txt" "$WORK/half."
first=$(sed -n 's/.*listening on http:\/\/\([^ ]*\).*/\1/p' "$WORK/server-0.out")
TARGETS=("$first $WORK/half.00" "$ADDR $WORK/half.01")
phases
TWO=$(table)
RSS_TWO=$(redis_rss_mb)
stop_server

# Bytes per live 1 KiB secret: an empty Redis (the schema and limit keys aside), LIVE secrets of 1,040 bytes of
# ciphertext (1 KiB padded to its envelope bucket, plus the tag), used_memory before and after.
rcli flushall >/dev/null
start_server "${settings[@]}"
BEFORE=$(used)
echo "seeding $LIVE live 1 KiB secrets..." >&2
SEED_BYTES=1040 SEED_TTL=86400 "$SEED" "http://$ADDR" "$LIVE" "$WORK/live.txt"
AFTER=$(used)
KEYS=$(rcli dbsize)
stop_server

CPU=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
echo
echo "Date: $(date -u +%Y-%m-%d), machine: $(nproc) cores ($CPU), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr)."
echo "$(redis-server --version | cut -d' ' -f1-3), appendonly yes, appendfsync always; wrk $THREADS thread(s) per server, $CONNS connections in all, $DURATION per phase, on the same machine; $SECRETS seeded secrets per run."
echo
echo "One cinder process:"
echo
header
echo "$ONE"
echo
echo "Two cinder processes on the same Redis ($((CONNS / 2)) connections each; req/s summed, latencies of the slower):"
echo
header
echo "$TWO"
echo
echo "Redis RSS: $RSS_ONE MB after the one-process run, $RSS_TWO MB after the two-process run."
echo "Live 1 KiB secrets: $LIVE in $(awk -v a="$AFTER" -v b="$BEFORE" 'BEGIN { printf "%.1f", (a - b) / 1048576 }') MB of Redis used_memory ($(awk -v a="$AFTER" -v b="$BEFORE" -v n="$LIVE" 'BEGIN { printf "%.0f", (a - b) / n }') bytes each; $KEYS keys; Redis RSS $(redis_rss_mb) MB)."
