#!/usr/bin/env bash
# Retrains data/models/pos.model and data/models/chunk.model from the CoNLL-2000 corpus in the
# shared folder ($FAULTLINE_SHARED, else ../shared beside the checkout) and scores them on its test
# section. Training is deterministic: the same corpus and options give byte-identical models.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${FAULTLINE_SHARED:-$root/../shared}"
corpus="$shared/corpora/conll2000"
build="${FAULTLINE_BUILD_DIR:-$root/build}"
models="$root/data/models"

if [[ ! -f "$corpus/train.txt" || ! -f "$corpus/test.txt" ]]; then
  echo "train-models.sh: CoNLL-2000 not found in $corpus (set FAULTLINE_SHARED)" >&2
  exit 1
fi

cmake -S "$root" -B "$build" -G Ninja
ninja -C "$build" -j2 faultline-train
train="$build/faultline-train"

# Part-of-speech tagger: 10 passes, no pruning (pruning averaged weights below 1.0 quarters the file
# but costs 0.1 point of accuracy and 0.2 of the chunk F1 downstream).
"$train" pos --train "$corpus/train.txt" --out "$models/pos.model" --iterations 10 --seed 1

# Chunker: learns from POS tags predicted by 10-fold jackknifed taggers, the kind of tags it meets
# at run time; no pruning (it costs the chunker F1).
"$train" chunk --train "$corpus/train.txt" --jackknife 10 --pos-iterations 10 \
  --out "$models/chunk.model" --iterations 10 --seed 1

# Scores on the test section: POS accuracy, then chunk F1 on predicted and on the file's tags.
"$train" eval --test "$corpus/test.txt" --pos-model "$models/pos.model" --chunk-model "$models/chunk.model"
