#!/usr/bin/env bash
# Whole-corpus throughput and memory of `faultline analyze` (read -> segment -> tokenize -> tag ->
# chunk -> lemma), on ../shared/corpora/news-samples repeated until the corpus reaches SIZE_MB.
#
# Usage: bench/throughput.sh [SIZE_MB] [THREADS]   (defaults: 50 MB, 1 thread)
# Needs a Release build in build/ (scripts/test.sh makes one) and GNU time (/usr/bin/time).
# Prints one line: size, threads, documents, tokens, seconds, tokens/s, peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB="${1:-50}"
THREADS="${2:-1}"
SHARED="${FAULTLINE_SHARED:-$(cd .. && pwd)/shared}"
SAMPLES="$SHARED/corpora/news-samples"
[ -d "$SAMPLES" ] || { echo "throughput: $SAMPLES not found (set FAULTLINE_SHARED)" >&2; exit 1; }
[ -x build/faultline ] || { echo "throughput: build/faultline missing; run scripts/test.sh first" >&2; exit 1; }

CORPUS="${TMPDIR:-/tmp}/faultline-corpus-${SIZE_MB}mb"
if [ ! -f "$CORPUS/.complete" ]; then
  rm -rf "$CORPUS"
  mkdir -p "$CORPUS"
  sample_bytes=$(cat "$SAMPLES"/*.txt | wc -c)
  copies=$(( (SIZE_MB * 1024 * 1024 + sample_bytes - 1) / sample_bytes ))
  for i in $(seq -w 1 "$copies"); do
    mkdir -p "$CORPUS/copy-$i"
    cp "$SAMPLES"/*.txt "$CORPUS/copy-$i/"
  done
  touch "$CORPUS/.complete"
fi

bytes=$(du -sb --exclude=.complete "$CORPUS" | cut -f1)
log=$(mktemp)
/usr/bin/time -f "%M" -o "$log.rss" build/faultline analyze --format counts -q -j "$THREADS" "$CORPUS" >"$log" 2>/dev/null
rss_kb=$(tail -1 "$log.rss")
tokens=$(awk '$1=="tokens"{print $2}' "$log")
docs=$(awk '$1=="documents"{print $2}' "$log")
secs=$(awk '$1=="seconds"{print $2}' "$log")
tps=$(awk '$1=="tokens_per_second"{print $2}' "$log")
printf "corpus %.1f MB  threads %s  documents %s  tokens %s  seconds %s  tokens/s %s  peak RSS %.1f MB\n" \
  "$(echo "$bytes / 1048576" | bc -l)" "$THREADS" "$docs" "$tokens" "$secs" "$tps" "$(echo "$rss_kb / 1024" | bc -l)"
rm -f "$log" "$log.rss"
