// The tagger's features of the two previous classes (pos_history_features(): the bias, the previous
// class, the previous two), summed at load into one row per pair of previous classes.
//
// They are three of a scored token's 26 look-ups and depend on nothing but 46 x 46 class pairs
// (45 tags and the sentence start), so a token adds one row found by indexing instead of three
// found by hashing and probing the weight table.
//
// Exact: the rows are filled by WeightTable::add_scores() on the very keys pos_features() hashes, so
// a key that resolves to another feature's slot (a shared check) resolves the same way here; sums of
// 16-bit weights in 32-bit integers do not depend on their order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "faultline/tags.h"
#include "nlp/perceptron.h"
#include "nlp/tagger_features.h"

namespace faultline {

class PosHistoryTable {
 public:
  // The tagger's classes (PosTag values minus one).
  static constexpr int kClasses = kPosTagCount - 1;
  // Values of a previous class: the classes, then the sentence start.
  static constexpr int kValues = kClasses + 1;
  // Lanes of a row, as many as the tagger's padded score arrays.
  static constexpr int kLanes = static_cast<int>(WeightTable::lane_stride(kClasses));

  // The table index of a previous class (a class or kStartClass).
  static int index_of(int cls) { return cls == kStartClass ? kClasses : cls; }

  PosHistoryTable() = default;
  // Sums the history features of `weights` (a POS model) for every pair of previous classes.
  explicit PosHistoryTable(const WeightTable& weights);

  // Adds the weights of the three history features to scores[0 .. kLanes); prev1 and prev2 are
  // index_of() values. Inline, so that it is compiled into the caller's vector clones.
  void add(int prev1, int prev2, int32_t* scores) const {
    const int32_t* row = rows_.data() + (static_cast<size_t>(prev1) * kValues + static_cast<size_t>(prev2)) * kLanes;
    int32_t sum[kLanes];
    for (int c = 0; c < kLanes; ++c) sum[c] = scores[c] + row[c];
    for (int c = 0; c < kLanes; ++c) scores[c] = sum[c];
  }

 private:
  std::vector<int32_t, CacheLineAllocator<int32_t>> rows_;  // kLanes per (prev1, prev2)
};

}  // namespace faultline
