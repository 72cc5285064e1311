// Adding a token's feature weights into its class scores, for the tagger's and the chunker's
// scoring loops.
#pragma once

#include <cstdint>
#include <cstring>

#include "nlp/perceptron.h"

namespace faultline {

// Adds the weights of `features` (n keys) to scores[0 .. kStride), kStride being the table's
// lane_stride(); the same sums as WeightTable::add_scores_padded() on each key in turn.
//
// Why not that: a token's features mix inline slots (a few scalar adds into the score array) with
// dense rows (whole-array vector adds). A vector load of the array right after scalar stores into
// it cannot take their values from the store buffer, so every dense row after an inline pair
// waited for those stores to reach the cache. Here the dense rows are summed in registers and only
// the inline pairs go through memory; the two meet once per token.
template <int kStride>
inline void add_feature_weights(const WeightTable& weights, const uint64_t* features, int n, int32_t* scores) {
  static_assert(kStride % 16 == 0, "rows are added 16 lanes at a time");
  using Row = int16_t __attribute__((vector_size(32)));
  using Sum = int32_t __attribute__((vector_size(64)));
  constexpr int kVectors = kStride / 16;
  Sum dense[kVectors] = {};
  for (int f = 0; f < n; ++f) {
    const WeightTable::Slot* s = weights.lookup(features[f]);
    if (s == nullptr) continue;
    if (s->cls[0] != WeightTable::kDense) {
      WeightTable::add_inline(*s, scores);
      continue;
    }
    const int16_t* w = weights.dense_row(*s);
    for (int v = 0; v < kVectors; ++v) {
      Row r;
      std::memcpy(&r, w + 16 * v, sizeof r);
      dense[v] += __builtin_convertvector(r, Sum);
    }
  }
  for (int v = 0; v < kVectors; ++v) {
    Sum sum;
    std::memcpy(&sum, scores + 16 * v, sizeof sum);
    sum += dense[v];
    std::memcpy(scores + 16 * v, &sum, sizeof sum);
  }
}

}  // namespace faultline
