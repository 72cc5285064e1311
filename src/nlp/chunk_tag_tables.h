// The chunker's tag-only features (kChunkTagTemplates in tagger_features.h), summed at load into
// tables that a token reads by arithmetic.
//
// Half of the chunker's 28 features per token read nothing but POS tags, at most three of them,
// and a tag position takes one of 48 values (kNone, the 45 tags, the sentence start and end). That
// is few enough to sum their weights for every combination once: each template joins a group of
// positions — five pairs and three triples — and a pair group is a directly indexed table of the
// summed rows of its templates (bias and single tags included), a triple group an index into a pool
// of the rows its one template has (trained triples are about 5,600 of 110,592). A token then adds
// eight rows found by indexing instead of fourteen found by hashing and probing the weight table.
//
// Exact: the tables are filled by WeightTable::add_scores() on the very keys chunk_features()
// hashes, so a key that resolves to another feature's slot (a shared check) resolves the same way
// here; sums of 16-bit weights in 32-bit integers are far from overflow and do not depend on their
// order; a triple row is one feature's weights, which are 16-bit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "faultline/tags.h"
#include "nlp/perceptron.h"
#include "nlp/tagger_features.h"

namespace faultline {

class ChunkTagTables {
 public:
  // Values of a tag position: PosTag values, then the sentence start and end.
  static constexpr int kValues = kPosTagCount + 2;
  // Lanes of a table row: the chunk labels padded to whole vector registers.
  static constexpr int kLanes = static_cast<int>(WeightTable::row_stride(kChunkLabelCount));

  // The table index of a tag position's value (a PosTag value, kStartClass or kEndClass).
  static uint8_t index_of(int tag) {
    return static_cast<uint8_t>(tag == kStartClass ? kPosTagCount : tag == kEndClass ? kPosTagCount + 1 : tag);
  }

  ChunkTagTables() = default;
  // Sums the weights of the tag templates in `weights` (a chunk model) for every tag combination.
  explicit ChunkTagTables(const WeightTable& weights);

  // Adds the weights of the token's 14 tag-only features to scores[0 .. kLanes). `t` points at the
  // token's index_of() value; t[-2] .. t[2] must be readable. Inline, so that it is compiled into
  // the caller's vector clones.
  void add(const uint8_t* t, int32_t* scores) const {
    const int32_t* pair[kPairGroups];
    for (int g = 0; g < kPairGroups; ++g) {
      pair[g] = pairs_.data() + pair_row(g, t[kPairs[g].offsets[0]], t[kPairs[g].offsets[1]]) * kLanes;
    }
    const int16_t* triple[kTripleGroups];
    for (int g = 0; g < kTripleGroups; ++g) {
      const auto& o = kTriples[g].offsets;
      triple[g] = triple_rows_.data() + size_t{triple_index_[triple_slot(g, t[o[0]], t[o[1]], t[o[2]])]} * kTripleStride;
    }
    // One pass over the lanes, all rows summed in registers: the compiler keeps the scores out of
    // memory and need not fear that they overlap a row.
    for (int c = 0; c < kLanes; ++c) {
      int32_t sum = scores[c];
      for (int g = 0; g < kPairGroups; ++g) sum += pair[g][c];
      for (int g = 0; g < kTripleGroups; ++g) sum += triple[g][c];
      scores[c] = sum;
    }
  }

  // The group a template's weights are summed into: pair groups 0 .. kPairGroups, then the
  // triples; -1 if none covers it.
  static constexpr int group_of(const ChunkTagTemplate& t);

  struct Group {
    int size;
    int offsets[3];
  };
  static constexpr int kPairGroups = 5;
  static constexpr int kTripleGroups = 3;
  static constexpr Group kPairs[kPairGroups] = {{2, {-1, 0}}, {2, {0, 1}}, {2, {-2, -1}}, {2, {1, 2}}, {2, {-1, 1}}};
  static constexpr Group kTriples[kTripleGroups] = {{3, {-2, -1, 0}}, {3, {-1, 0, 1}}, {3, {0, 1, 2}}};

 private:
  // A triple row holds 16-bit weights in one cache line.
  static constexpr size_t kTripleStride = 32;

  static size_t pair_row(int group, uint8_t a, uint8_t b) {
    return (static_cast<size_t>(group) * kValues + a) * kValues + b;
  }
  static size_t triple_slot(int group, uint8_t a, uint8_t b, uint8_t c) {
    return ((static_cast<size_t>(group) * kValues + a) * kValues + b) * kValues + c;
  }

  std::vector<int32_t, CacheLineAllocator<int32_t>> pairs_;      // kLanes per row
  std::vector<uint32_t> triple_index_;                           // row in triple_rows_; 0 = no weights
  std::vector<int16_t, CacheLineAllocator<int16_t>> triple_rows_;  // kTripleStride per row; row 0 zero
};

constexpr int ChunkTagTables::group_of(const ChunkTagTemplate& t) {
  auto covers = [&t](const Group& g) {
    if (t.arity == 3) {
      return g.size == 3 && g.offsets[0] == t.offsets[0] && g.offsets[1] == t.offsets[1] &&
             g.offsets[2] == t.offsets[2];
    }
    for (int k = 0; k < t.arity; ++k) {
      bool found = false;
      for (int j = 0; j < g.size; ++j) found |= g.offsets[j] == t.offsets[k];
      if (!found) return false;
    }
    return true;
  };
  for (int g = 0; g < kPairGroups; ++g) {
    if (covers(kPairs[g])) return g;
  }
  for (int g = 0; g < kTripleGroups; ++g) {
    if (covers(kTriples[g])) return kPairGroups + g;
  }
  return -1;
}

}  // namespace faultline
