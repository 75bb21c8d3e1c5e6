#!/usr/bin/env bash
# Disk use over rounds of expired secrets: "deleted after expiry" must hold on disk, so the data directory must not grow
# round after round. Creates ROUNDS x COUNT secrets of 1.4 KB with a 1 s lifetime, waits for the sweeper, and prints
# the data directory's size (du) and its ciphertext folder after each round.
#
#   bash bench/server/disk.sh                 # ROUNDS=3 COUNT=5000
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ROUNDS=${ROUNDS:-3}
COUNT=${COUNT:-5000}
(cd "$ROOT" && cargo build --quiet --release -p cinder-server --bin cinder --example bench_seed)
WORK=$(mktemp -d)
PID=
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
CINDER_LISTEN=127.0.0.1:0 CINDER_DATA_DIR="$WORK/data" CINDER_RATE_LIMIT=0 CINDER_LOG=warn CINDER_TTL_CHOICES=1s,1h \
  CINDER_DEFAULT_TTL=1h "$ROOT/target/release/cinder" >"$WORK/server.out" 2>"$WORK/server.err" &
PID=$!
for _ in $(seq 100); do grep -q "listening on http://" "$WORK/server.out" && break; sleep 0.1; done
ADDR=$(sed -n 's/.*listening on http:\/\/\([^ ]*\).*/\1/p' "$WORK/server.out")
[ -n "$ADDR" ] || { cat "$WORK/server.err" >&2; exit 1; }
size() { du -sk "$1" | awk '{ printf "%.1f", $1 / 1024 }'; }
echo "| after | data directory (MiB) | ciphertext files | ciphertext folder (MiB) |"
echo "|---|---:|---:|---:|"
echo "| start | $(size "$WORK/data") | $(ls "$WORK/data/ciphertext" | wc -l) | $(size "$WORK/data/ciphertext") |"
for round in $(seq "$ROUNDS"); do
  SEED_TTL=1 "$ROOT/target/release/examples/bench_seed" "http://$ADDR" "$COUNT" "$WORK/ids.txt"
  echo "| round $round created | $(size "$WORK/data") | $(ls "$WORK/data/ciphertext" | wc -l) | $(size "$WORK/data/ciphertext") |"
  sleep 6 # expired after 1 s; the sweeper runs every second, in batches
  echo "| round $round swept | $(size "$WORK/data") | $(ls "$WORK/data/ciphertext" | wc -l) | $(size "$WORK/data/ciphertext") |"
done
