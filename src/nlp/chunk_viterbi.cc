#include "nlp/chunk_viterbi.h"

#include <limits>

namespace faultline {
namespace {

constexpr int L = kChunkLabelCount;

// I-X (even, non-zero codes) may only follow B-X (code - 1) or I-X (code); O and B-X follow anything.
bool is_inside(int c) { return c != 0 && c % 2 == 0; }

}  // namespace

void viterbi_chunks(int n, const int32_t* emissions, const TransitionMatrix* const* transitions,
                    ViterbiScratch& scratch, ChunkLabel* out) {
  if (n <= 0) return;
  scratch.best.resize(static_cast<size_t>(n) * L);
  scratch.back.resize(static_cast<size_t>(n) * L);
  constexpr int64_t kImpossible = std::numeric_limits<int64_t>::min() / 4;

  int64_t* best = scratch.best.data();
  const int32_t* start = transitions[0]->data() + kChunkStartRow * L;
  for (int c = 0; c < L; ++c) {
    best[c] = is_inside(c) ? kImpossible : int64_t{emissions[c]} + start[c];
    scratch.back[c] = 0;
  }
  for (int i = 1; i < n; ++i) {
    const int64_t* prev = best + static_cast<size_t>(i - 1) * L;
    int64_t* cur = best + static_cast<size_t>(i) * L;
    uint8_t* back = scratch.back.data() + static_cast<size_t>(i) * L;
    const int32_t* m = transitions[i]->data();
    const int32_t* e = emissions + static_cast<size_t>(i) * L;
    for (int c = 0; c < L; ++c) {
      int64_t top = kImpossible;
      int arg = 0;
      if (is_inside(c)) {
        for (int p = c - 1; p <= c; ++p) {
          const int64_t s = prev[p] + m[p * L + c];
          if (s > top) top = s, arg = p;
        }
      } else {
        for (int p = 0; p < L; ++p) {
          const int64_t s = prev[p] + m[p * L + c];
          if (s > top) top = s, arg = p;
        }
      }
      cur[c] = top + e[c];
      back[c] = static_cast<uint8_t>(arg);
    }
  }
  const int64_t* last = best + static_cast<size_t>(n - 1) * L;
  int c = 0;
  for (int k = 1; k < L; ++k) {
    if (last[k] > last[c]) c = k;
  }
  for (int i = n - 1; i >= 0; --i) {
    out[i] = ChunkLabel{static_cast<uint8_t>(c)};
    c = scratch.back[static_cast<size_t>(i) * L + c];
  }
}

}  // namespace faultline
