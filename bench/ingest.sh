#!/usr/bin/env bash
# End-to-end ingest throughput and memory: `faultline ingest` (read -> analyse -> code -> date ->
# place -> SQLite, with near-duplicate detection, event merging and the monitor rebuild) on
# ../shared/corpora/news-samples repeated until the corpus reaches SIZE_MB, on one core.
#
# Each copy of the samples starts with its own line ("Edition N."), so that no copy is skipped as
# already stored: every byte is analysed and coded; the copies are then near-duplicates of each
# other, so their events merge (as a re-published wire story would).
#
# Usage: bench/ingest.sh [SIZE_MB [KNOWLEDGE]]   (SIZE_MB default 50). KNOWLEDGE is `shipped` (the
# default: no dictionary flags, so the knowledge shipped in data/knowledge/, which is what a user's
# `faultline ingest` runs with) or `phoenix` (the PETRARCH2 Phoenix dictionaries in
# ../shared/peers/petrarch2, passed with --verbs/--actors/--agents/--discards).
# Needs build/faultline (Release) and GNU time.
# Prints: corpus size, documents, seconds, MB/s, peak RSS, store size, events; then the CPU time of
# `faultline code` alone on the same corpus with the same knowledge; then the same ingest with
# `-j 0` (analysis and coding on one worker thread per core, not pinned) and whether its store
# holds the same rows as the one-core store.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB="${1:-50}"
KNOWLEDGE="${2:-shipped}"
SHARED="${FAULTLINE_SHARED:-$(cd .. && pwd)/shared}"
SAMPLES="$SHARED/corpora/news-samples"
[ -d "$SAMPLES" ] || { echo "ingest bench: $SAMPLES not found (set FAULTLINE_SHARED)" >&2; exit 1; }
case "$KNOWLEDGE" in
  shipped) DICTIONARIES=() ;;
  phoenix)
    P="$SHARED/peers/petrarch2"
    [ -f "$P/PETR.Validate.verbs.txt" ] || { echo "ingest bench: $P not found" >&2; exit 1; }
    DICTIONARIES=(--verbs "$P/PETR.Validate.verbs.txt"
      --actors "$P/Phoenix.Countries.actors.txt,$P/Phoenix.International.actors.txt,$P/Phoenix.MilNonState.actors.txt"
      --agents "$P/Phoenix.agents.txt" --discards "$P/Phoenix.discards.txt") ;;
  *) echo "ingest bench: knowledge must be shipped or phoenix, not $KNOWLEDGE" >&2; exit 1 ;;
esac
[ -x build/faultline ] || { echo "ingest bench: build/faultline missing" >&2; exit 1; }

CORPUS="${TMPDIR:-/tmp}/faultline-ingest-corpus-${SIZE_MB}mb"
if [ ! -f "$CORPUS/.complete" ]; then
  rm -rf "$CORPUS"
  mkdir -p "$CORPUS"
  sample_bytes=$(cat "$SAMPLES"/*.txt | wc -c)
  copies=$(( (SIZE_MB * 1024 * 1024 + sample_bytes - 1) / sample_bytes ))
  for i in $(seq -w 1 "$copies"); do
    mkdir -p "$CORPUS/copy-$i"
    for f in "$SAMPLES"/*.txt; do
      { echo "Edition $i."; cat "$f"; } > "$CORPUS/copy-$i/$(basename "$f")"
    done
  done
  touch "$CORPUS/.complete"
fi

DB="${TMPDIR:-/tmp}/faultline-ingest-bench.db"
rm -f "$DB" "$DB-wal" "$DB-shm"
bytes=$(du -sb --exclude=.complete "$CORPUS" | cut -f1)
log=$(mktemp)
start=$(date +%s.%N)
/usr/bin/time -f "%U %S %M" -o "$log.rss" taskset -c 0 build/faultline ingest -q --db "$DB" \
  ${DICTIONARIES[@]+"${DICTIONARIES[@]}"} "$CORPUS" 2>"$log"
end=$(date +%s.%N)
secs=$(echo "$end - $start" | bc -l)
read -r usr sys rss_kb < <(tail -1 "$log.rss")
cpu=$(echo "$usr + $sys" | bc -l)
docs=$(sqlite3 "$DB" "SELECT count(*) FROM documents")
events=$(sqlite3 "$DB" "SELECT count(*) || ' events, ' || sum(mentions) || ' mentions' FROM events")
printf "knowledge %s  corpus %.1f MB  documents %s  wall %.2f s (%.2f MB/s)  cpu %.2f s (%.2f MB/s)  peak RSS %.1f MB  store %.1f MB  %s\n" \
  "$KNOWLEDGE" "$(echo "$bytes / 1048576" | bc -l)" "$docs" "$secs" "$(echo "$bytes / 1048576 / $secs" | bc -l)" \
  "$cpu" "$(echo "$bytes / 1048576 / $cpu" | bc -l)" \
  "$(echo "$rss_kb / 1024" | bc -l)" "$(echo "$(stat -c %s "$DB") / 1048576" | bc -l)" "$events"
grep -v "^faultline: read" "$log" | grep "ingest:" || true
# The same corpus through `faultline code` alone (analysis + coding, no store): the store's share.
/usr/bin/time -f "%U %S" -o "$log.code" taskset -c 0 build/faultline code -q \
  ${DICTIONARIES[@]+"${DICTIONARIES[@]}"} "$CORPUS" >/dev/null 2>&1
read -r cusr csys < <(tail -1 "$log.code")
printf "faultline code alone: cpu %.2f s (%.2f MB/s); the store adds %.0f %% cpu\n" "$(echo "$cusr + $csys" | bc -l)" \
  "$(echo "$bytes / 1048576 / ($cusr + $csys)" | bc -l)" "$(echo "100 * ($cpu - $cusr - $csys) / ($cusr + $csys)" | bc -l)"
rm -f "$log.code"
# Every core: the workers analyse and code, the calling thread writes the store in input order.
DBJ="${TMPDIR:-/tmp}/faultline-ingest-bench-j.db"
rm -f "$DBJ" "$DBJ-wal" "$DBJ-shm"
start=$(date +%s.%N)
/usr/bin/time -f "%U %S %M" -o "$log.j" build/faultline ingest -q -j 0 --db "$DBJ" \
  ${DICTIONARIES[@]+"${DICTIONARIES[@]}"} "$CORPUS" 2>/dev/null
end=$(date +%s.%N)
secs=$(echo "$end - $start" | bc -l)
read -r jusr jsys jrss_kb < <(tail -1 "$log.j")
rows="SELECT * FROM events ORDER BY id; SELECT * FROM mentions ORDER BY id;
  SELECT id, content_hash, duplicate_of, similarity FROM documents ORDER BY id"
same=$([ "$(sqlite3 "$DB" "$rows" | md5sum)" = "$(sqlite3 "$DBJ" "$rows" | md5sum)" ] && echo "same rows" || echo "ROWS DIFFER")
printf "ingest -j 0 on %s cores: wall %.2f s (%.2f MB/s)  cpu %.2f s  peak RSS %.1f MB  %s as the one-core store\n" \
  "$(nproc)" "$secs" "$(echo "$bytes / 1048576 / $secs" | bc -l)" "$(echo "$jusr + $jsys" | bc -l)" \
  "$(echo "$jrss_kb / 1024" | bc -l)" "$same"
rm -f "$log" "$log.rss" "$log.j" "$DBJ" "$DBJ-wal" "$DBJ-shm"
