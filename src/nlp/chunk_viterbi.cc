#include "nlp/chunk_viterbi.h"

#include <algorithm>

#include "core/vector_clones.h"

namespace faultline {
namespace {

constexpr int L = kChunkLabelCount;
constexpr int W = kTransitionStride;

}  // namespace

// The max-plus recurrence is kChunkLabelCount^2 compare-and-selects per token: vector code, over
// rows padded to W lanes. The padding lanes compute sums nobody reads (from finite inputs, so no
// overflow); normalization, back-pointers and the final choice look at the L real labels only.
FAULTLINE_VECTOR_CLONES
void viterbi_chunks(int n, const int32_t* emissions, const TransitionMatrix* const* transitions,
                    ViterbiScratch& scratch, ChunkLabel* out) {
  if (n <= 0) return;
  scratch.best.resize(static_cast<size_t>(n) * L);
  scratch.back.resize(static_cast<size_t>(n) * L);

  // Scores stay relative to each token's best label, so they fit int32 whatever the sentence length.
  auto normalize = [](int32_t* row) {
    int32_t top = row[0];
    for (int c = 1; c < L; ++c) top = std::max(top, row[c]);
    for (int c = 0; c < L; ++c) row[c] -= top;
  };
  int32_t* best = scratch.best.data();
  const int32_t* start = transitions[0]->data() + kChunkStartRow * W;
  for (int c = 0; c < L; ++c) {
    best[c] = emissions[c] + start[c];
    scratch.back[c] = 0;
  }
  normalize(best);
  for (int i = 1; i < n; ++i) {
    const int32_t* prev = best + static_cast<size_t>(i - 1) * L;
    int32_t* cur = best + static_cast<size_t>(i) * L;
    uint8_t* back = scratch.back.data() + static_cast<size_t>(i) * L;
    const int32_t* m = transitions[i]->data();
    const int32_t* e = emissions + static_cast<size_t>(i) * L;
    int32_t top[W];
    int32_t arg[W];
    for (int c = 0; c < W; ++c) {
      top[c] = prev[0] + m[c];
      arg[c] = 0;
    }
    for (int p = 1; p < L; ++p) {
      const int32_t from = prev[p];
      const int32_t* row = m + p * W;
      for (int c = 0; c < W; ++c) {
        const int32_t s = from + row[c];
        const bool better = s > top[c];
        top[c] = better ? s : top[c];
        arg[c] = better ? p : arg[c];
      }
    }
    for (int c = 0; c < L; ++c) {
      cur[c] = top[c] + e[c];
      back[c] = static_cast<uint8_t>(arg[c]);
    }
    normalize(cur);
  }
  const int32_t* last = best + static_cast<size_t>(n - 1) * L;
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
