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
CINDER_BIN=$ROOT/target/release/cinder
. "$HERE/server.sh"
start_server CINDER_TTL_CHOICES=1s,1h CINDER_DEFAULT_TTL=1h
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
