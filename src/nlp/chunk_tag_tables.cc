#include "nlp/chunk_tag_tables.h"

#include <algorithm>

namespace faultline {
namespace {

// Every tag template is summed somewhere, and a triple group holds exactly one template (so that
// its rows are one feature's 16-bit weights).
constexpr bool groups_cover_the_templates() {
  int per_triple[ChunkTagTables::kTripleGroups] = {};
  for (const ChunkTagTemplate& t : kChunkTagTemplates) {
    const int g = ChunkTagTables::group_of(t);
    if (g < 0) return false;
    if (g >= ChunkTagTables::kPairGroups) {
      if (t.arity != 3) return false;
      ++per_triple[g - ChunkTagTables::kPairGroups];
    }
  }
  for (int n : per_triple) {
    if (n != 1) return false;
  }
  return true;
}
static_assert(groups_cover_the_templates());

int tag_value(int index) {
  return index < kPosTagCount ? index : index == kPosTagCount ? kStartClass : kEndClass;
}

}  // namespace

ChunkTagTables::ChunkTagTables(const WeightTable& weights) {
  // A tag window around position 2; only the positions a group reads are set.
  int window[5] = {};
  int* const at = window + 2;
  std::vector<const ChunkTagTemplate*> members[kPairGroups + kTripleGroups];
  for (const ChunkTagTemplate& t : kChunkTagTemplates) members[group_of(t)].push_back(&t);
  auto add_group = [&](int group, int32_t* row) {
    for (const ChunkTagTemplate* t : members[group]) weights.add_scores(chunk_tag_feature(*t, at), row);
  };

  pairs_.assign(static_cast<size_t>(kPairGroups) * kValues * kValues * kLanes, 0);
  for (int g = 0; g < kPairGroups; ++g) {
    for (int a = 0; a < kValues; ++a) {
      for (int b = 0; b < kValues; ++b) {
        at[kPairs[g].offsets[0]] = tag_value(a);
        at[kPairs[g].offsets[1]] = tag_value(b);
        add_group(g, pairs_.data() + pair_row(g, static_cast<uint8_t>(a), static_cast<uint8_t>(b)) * kLanes);
      }
    }
  }

  // 110,592 look-ups per triple, nearly all of them absent: each batch of keys is fetched before it
  // is looked up, so that the cache misses overlap (a third of the time of one by one).
  triple_index_.assign(static_cast<size_t>(kTripleGroups) * kValues * kValues * kValues, 0);
  triple_rows_.assign(kTripleStride, 0);
  uint64_t keys[kValues];
  int32_t row[kLanes];
  for (int g = 0; g < kTripleGroups; ++g) {
    const auto& o = kTriples[g].offsets;
    const ChunkTagTemplate& t = *members[kPairGroups + g].front();
    for (int a = 0; a < kValues; ++a) {
      for (int b = 0; b < kValues; ++b) {
        at[o[0]] = tag_value(a);
        at[o[1]] = tag_value(b);
        for (int c = 0; c < kValues; ++c) {
          at[o[2]] = tag_value(c);
          keys[c] = chunk_tag_feature(t, at);
          weights.prefetch(keys[c]);
        }
        for (int c = 0; c < kValues; ++c) {
          std::fill(row, row + kLanes, 0);
          weights.add_scores(keys[c], row);
          if (std::all_of(row, row + kLanes, [](int32_t w) { return w == 0; })) continue;
          triple_index_[triple_slot(g, static_cast<uint8_t>(a), static_cast<uint8_t>(b), static_cast<uint8_t>(c))] =
              static_cast<uint32_t>(triple_rows_.size() / kTripleStride);
          const size_t at_row = triple_rows_.size();
          triple_rows_.resize(at_row + kTripleStride, 0);
          for (int k = 0; k < kLanes; ++k) triple_rows_[at_row + static_cast<size_t>(k)] = static_cast<int16_t>(row[k]);
        }
      }
    }
  }
}

}  // namespace faultline
