# Sourced by the bench/server scripts: one way to run release servers under test on a fresh data directory, and one
# way to load them with wrk and account for the CPU they spend.
#   start_server [NAME=VALUE ...]   starts $CINDER_BIN on 127.0.0.1:0 with data in $WORK/data (rate limit off, WARN
#                                   logs, plus the given settings); sets PID and ADDR and adds PID to PIDS (call it
#                                   again for a second process on a shared store)
#   stop_server                     stops them all; the EXIT trap also stops them and removes $WORK
#   mib_of FIELD                    a memory field of /proc/$PID/status (VmRSS, VmHWM) in MB
#   phase NAME SCRIPT PATH          one wrk run of SCRIPT per "ADDR FIXTURES" entry of TARGETS, all at once, CONNS
#                                   connections shared among them; appends one summed RESULT line to
#                                   $WORK/results.tsv and the CPU ticks of PIDS (and of EXTRA_PID, e.g. Redis) to
#                                   $WORK/cpu.txt
#   table                           the Markdown rows of those phases (CPU per request of the servers, and of
#                                   EXTRA_PID when set)
WORK=$(mktemp -d)
PID=
PIDS=()
EXTRA_PID=
TARGETS=()
stop_server() {
  for p in "${PIDS[@]}"; do
    kill "$p" 2>/dev/null || true
    wait "$p" 2>/dev/null || true
  done
  PIDS=()
  PID=
}
trap 'stop_server; rm -rf "$WORK"' EXIT

start_server() {
  local out="$WORK/server-${#PIDS[@]}.out"
  : >"$out"
  env CINDER_LISTEN=127.0.0.1:0 CINDER_DATA_DIR="$WORK/data" CINDER_RATE_LIMIT=0 CINDER_LOG=warn "$@" \
    "$CINDER_BIN" serve >"$out" 2>>"$WORK/server.err" &
  PID=$!
  PIDS+=("$PID")
  for _ in $(seq 300); do grep -q "listening on http://" "$out" && break; sleep 0.1; done
  ADDR=$(sed -n 's/.*listening on http:\/\/\([^ ]*\).*/\1/p' "$out")
  [ -n "$ADDR" ] || { cat "$WORK/server.err" >&2; exit 1; }
}

mib_of() { awk -v k="$1:" '$1 == k { printf "%.1f", $2 / 1024 }' "/proc/$PID/status"; }

# User and system CPU time of the given processes so far, in clock ticks (fields 14 and 15 of /proc/<pid>/stat,
# counted after the parenthesised command name; they include the process's threads, exited ones too).
ticks() {
  local u=0 s=0 p f
  for p in "$@"; do
    read -r -a f <<<"$(sed 's/^.*) //' "/proc/$p/stat")"
    u=$((u + f[11])) s=$((s + f[12]))
  done
  echo "$u $s"
}

phase() {
  local name=$1 script=$2 path=$3 n=${#TARGETS[@]} i=0 t before after extra_before="0 0" extra_after="0 0" runs=()
  echo "phase $name ($DURATION, $CONNS connections over $n server(s))..." >&2
  before=$(ticks "${PIDS[@]}")
  [ -z "$EXTRA_PID" ] || extra_before=$(ticks "$EXTRA_PID")
  for t in "${TARGETS[@]}"; do
    read -r addr fixtures <<<"$t"
    PHASE=$name BENCH_DIR=$HERE FIXTURES=$fixtures WRK_THREADS=$THREADS WRK_INSTANCE=$i \
      wrk -t"$THREADS" -c$((CONNS / n)) -d"$DURATION" --latency -s "$HERE/$script" "http://$addr$path" >"$WORK/$name.$i.txt" &
    runs+=($!)
    i=$((i + 1))
  done
  wait "${runs[@]}"
  after=$(ticks "${PIDS[@]}")
  [ -z "$EXTRA_PID" ] || extra_after=$(ticks "$EXTRA_PID")
  # Summed over the wrk runs: req/s, non-2xx, errors and requests add up; of the latencies the worst run's is kept.
  cat "$WORK/$name".*.txt | awk -F'\t' '$1 == "RESULT" {
      rps += $3; if ($4 > p50) p50 = $4; if ($5 > p99) p99 = $5; bad += $6; err += $7; req += $8 }
    END { printf "RESULT\t%s\t%.0f\t%.2f\t%.2f\t%d\t%d\t%d\n", "'"$name"'", rps, p50, p99, bad, err, req }' >>"$WORK/results.tsv"
  echo "$name $before $after $extra_before $extra_after" >>"$WORK/cpu.txt"
  echo "$name $(mib_of VmRSS)" >>"$WORK/rss.txt"
}

table() {
  local tick
  tick=$(getconf CLK_TCK)
  while IFS=$'\t' read -r _ name rps p50 p99 non2xx errors requests; do
    local per
    per=$(awk -v n="$name" -v t="$tick" -v r="$requests" -v extra="$EXTRA_PID" '$1 == n {
      u = ($4 - $2) / t * 1e6 / r; s = ($5 - $3) / t * 1e6 / r
      printf "%.1f | %.1f / %.1f", u + s, u, s
      if (extra != "") printf " | %.1f", (($8 + $9) - ($6 + $7)) / t * 1e6 / r }' "$WORK/cpu.txt")
    echo "| $name | $rps | $p50 | $p99 | $non2xx | $errors | $per | $(awk -v n="$name" '$1 == n { print $2 }' "$WORK/rss.txt") |"
  done <"$WORK/results.tsv"
}
