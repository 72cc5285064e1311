#!/usr/bin/env bash
# API latency on a large store: generates a synthetic store of EVENTS events (default 1,000,000;
# kept in BUILD/bench for later runs), starts `faultline serve` on it and times a seeded mix of
# filtered /api/events queries (bench/api_load.mjs) from one client, then from two.
# Usage: bench/api_bench.sh [build-dir] [events] [requests]
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
"$BUILD/faultline" serve --db "$DB" --port 0 --threads 4 >"$LOG" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
URL=""
for _ in $(seq 1 100); do
  URL="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$LOG" 2>/dev/null || true)"
  [ -n "$URL" ] && break
  sleep 0.1
done
[ -n "$URL" ] || { echo "faultline serve did not start:"; cat "$LOG"; exit 1; }
echo "== one client =="
node bench/api_load.mjs "$URL" "$REQUESTS" 1
echo "== two clients =="
node bench/api_load.mjs "$URL" "$REQUESTS" 2
