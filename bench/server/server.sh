# Sourced by the bench/server scripts: one way to run the release server under test on a fresh data directory.
#   start_server [NAME=VALUE ...]   starts $CINDER_BIN on 127.0.0.1:0 with data in $WORK/data (rate limit off, WARN
#                                   logs, plus the given settings); sets PID and ADDR
#   stop_server                     stops it; the EXIT trap also stops it and removes $WORK
#   mib_of FIELD                    a memory field of /proc/$PID/status (VmRSS, VmHWM) in MB
WORK=$(mktemp -d)
PID=
stop_server() {
  if [ -n "$PID" ]; then
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
    PID=
  fi
}
trap 'stop_server; rm -rf "$WORK"' EXIT

start_server() {
  : >"$WORK/server.out"
  env CINDER_LISTEN=127.0.0.1:0 CINDER_DATA_DIR="$WORK/data" CINDER_RATE_LIMIT=0 CINDER_LOG=warn "$@" \
    "$CINDER_BIN" >"$WORK/server.out" 2>>"$WORK/server.err" &
  PID=$!
  for _ in $(seq 300); do grep -q "listening on http://" "$WORK/server.out" && break; sleep 0.1; done
  ADDR=$(sed -n 's/.*listening on http:\/\/\([^ ]*\).*/\1/p' "$WORK/server.out")
  [ -n "$ADDR" ] || { cat "$WORK/server.err" >&2; exit 1; }
}

mib_of() { awk -v k="$1:" '$1 == k { printf "%.1f", $2 / 1024 }' "/proc/$PID/status"; }
