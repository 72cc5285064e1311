#!/usr/bin/env bash
# API latency on a large store: generates a synthetic store of EVENTS events (default 1,000,000;
# kept in BUILD/bench for later runs), starts `faultline serve` on it and times a seeded mix of
# filtered /api/events queries (bench/api_load.mjs) from one client, then from two.
# Usage: [SERVE_ARGS="--text-scan-sentences 5000"] bench/api_bench.sh [build-dir] [events] [requests]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
EVENTS="${2:-1000000}"
REQUESTS="${3:-3000}"
DB="$BUILD/bench/api-$EVENTS.db"
mkdir -p "$BUILD/bench"
if [ ! -f "$DB" ]; then
  "$BUILD/faultline" synthesize --db "$DB" --events "$EVENTS"
fi
echo "store: $DB ($(du -h "$DB" | cut -f1), $EVENTS events)"
LOG="$BUILD/bench/api-serve.log"
# shellcheck disable=SC2086 # SERVE_ARGS: extra serve options, split on spaces
"$BUILD/faultline" serve --db "$DB" --port 0 --threads 4 ${SERVE_ARGS:-} >"$LOG" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
URL=""
for _ in $(seq 1 100); do
  URL="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$LOG" 2>/dev/null || true)"
  [ -n "$URL" ] && break
  sleep 0.1
done
[ -n "$URL" ] || { echo "faultline serve did not start:"; cat "$LOG"; exit 1; }
# The server's CPU time (user + system, from /proc) around each run: the latencies above depend on
# what else the machine runs; the CPU per request does not.
server_cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) * 1000 / hz }' "/proc/$SERVER/stat"; }
run() {
  local before after
  before=$(server_cpu_ms)
  node bench/api_load.mjs "$URL" "$REQUESTS" "$1"
  after=$(server_cpu_ms)
  echo "server CPU: $(echo "$after - $before" | bc) ms; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
echo "== one client =="
run 1
echo "== two clients =="
run 2
