// The tables of tag-only features summed at load (the chunker's ChunkTagTables, the tagger's
// PosHistoryTable) add exactly what looking up those features one by one adds, and those features
// with the others are exactly chunk_features() and pos_features().
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "nlp/chunk_tag_tables.h"
#include "nlp/chunker.h"
#include "nlp/model_file.h"
#include "nlp/perceptron.h"
#include "nlp/pos_history_table.h"
#include "nlp/pos_tagger.h"
#include "nlp/tagger_features.h"
#include "support/shared_data.h"

namespace faultline {
namespace {

constexpr int L = kChunkLabelCount;

int random_tag_value(std::mt19937_64& rng) {
  const int i = static_cast<int>(rng() % ChunkTagTables::kValues);
  return i < kPosTagCount ? i : i == kPosTagCount ? kStartClass : kEndClass;
}

std::vector<int> random_window(std::mt19937_64& rng) {
  std::vector<int> tags(5);
  for (int& t : tags) t = random_tag_value(rng);
  return tags;
}

WordFeatures random_word(std::mt19937_64& rng) {
  WordFeatures w;
  w.word = rng();
  w.lower = rng();
  w.norm = rng();
  w.shape = rng();
  for (auto& p : w.prefix) p = rng();
  for (auto& s : w.suffix) s = rng();
  return w;
}

TEST(ChunkTagTables, TagAndWordFeaturesAreTheChunkFeatures) {
  std::mt19937_64 rng(11);
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<WordFeatures> words;
    for (int k = 0; k < 5; ++k) words.push_back(random_word(rng));
    const std::vector<int> tags = random_window(rng);
    uint64_t all[kMaxTokenFeatures], split[kMaxTokenFeatures];
    const int n = chunk_features(&words[2], &tags[2], all);
    int m = chunk_word_features(&words[2], &tags[2], split);
    for (const ChunkTagTemplate& t : kChunkTagTemplates) split[m++] = chunk_tag_feature(t, &tags[2]);
    ASSERT_EQ(n, m);
    std::sort(all, all + n);
    std::sort(split, split + m);
    EXPECT_TRUE(std::equal(all, all + n, split));
  }
}

// Scores of the tag-only features looked up one by one, as the chunker did before the tables.
std::vector<int32_t> looked_up(const WeightTable& weights, const int* tags) {
  std::vector<int32_t> scores(ChunkTagTables::kLanes, 0);
  for (const ChunkTagTemplate& t : kChunkTagTemplates) weights.add_scores(chunk_tag_feature(t, tags), scores.data());
  return scores;
}

std::vector<int32_t> from_tables(const ChunkTagTables& tables, const int* tags) {
  uint8_t index[5];
  for (int k = 0; k < 5; ++k) index[k] = ChunkTagTables::index_of(tags[k - 2]);
  std::vector<int32_t> scores(ChunkTagTables::kLanes, 0);
  tables.add(index + 2, scores.data());
  return scores;
}

TEST(ChunkTagTables, AddWhatTheFeaturesAddOnARandomModel) {
  // Every template weighted for some tag combinations (sparse and dense, weights near the 16-bit
  // limit so that sums leave 16 bits), plus word-like features that must not leak in.
  std::mt19937_64 rng(12);
  std::vector<WeightTable::Feature> features;
  std::vector<std::vector<int>> trained;
  for (int i = 0; i < 3000; ++i) {
    trained.push_back(random_window(rng));
    const std::vector<int>& tags = trained.back();
    const ChunkTagTemplate& t = kChunkTagTemplates[rng() % kChunkTagTemplateCount];
    WeightTable::Feature f{i % 10 == 0 ? rng() : chunk_tag_feature(t, &tags[2]), {}};
    const int weighted = rng() % 2 ? L : 1 + static_cast<int>(rng() % 4);
    std::vector<int> cls(L);
    for (int c = 0; c < L; ++c) cls[static_cast<size_t>(c)] = c;
    std::shuffle(cls.begin(), cls.end(), rng);
    cls.resize(static_cast<size_t>(weighted));
    std::sort(cls.begin(), cls.end());
    for (int c : cls) f.weights.emplace_back(static_cast<uint8_t>(c), static_cast<int16_t>(rng() % 65535 - 32767));
    features.push_back(std::move(f));
  }
  const WeightTable weights = WeightTable::build(L, features);
  const ChunkTagTables tables(weights);

  // The windows that were trained, and random ones.
  for (int i = 0; i < 6000; ++i) {
    const std::vector<int> tags = i % 2 ? random_window(rng) : trained[static_cast<size_t>(i / 2)];
    EXPECT_EQ(from_tables(tables, &tags[2]), looked_up(weights, &tags[2])) << i;
  }
  bool any_sum_beyond_16_bits = false;
  for (int i = 0; i < 20000 && !any_sum_beyond_16_bits; ++i) {
    const std::vector<int> tags = random_window(rng);
    for (int32_t s : looked_up(weights, &tags[2])) any_sum_beyond_16_bits |= s > 32767 || s < -32768;
  }
  EXPECT_TRUE(any_sum_beyond_16_bits);
}

TEST(ChunkTagTables, AddWhatTheFeaturesAddOnTheShippedModel) {
  auto model = read_model_file((testing::source_dir() / "data/models/chunk.model").string(), Chunker::model_info());
  ASSERT_TRUE(model.ok()) << model.status().to_string();
  const ChunkTagTables tables(model->weights);
  // Every pair of the token's own and previous tag with random outer positions, then random windows.
  std::mt19937_64 rng(13);
  for (int a = 0; a < ChunkTagTables::kValues; ++a) {
    for (int b = 0; b < ChunkTagTables::kValues; ++b) {
      std::vector<int> tags = random_window(rng);
      tags[1] = a < kPosTagCount ? a : a == kPosTagCount ? kStartClass : kEndClass;
      tags[2] = b < kPosTagCount ? b : b == kPosTagCount ? kStartClass : kEndClass;
      EXPECT_EQ(from_tables(tables, &tags[2]), looked_up(model->weights, &tags[2])) << a << " " << b;
    }
  }
  for (int i = 0; i < 20000; ++i) {
    const std::vector<int> tags = random_window(rng);
    ASSERT_EQ(from_tables(tables, &tags[2]), looked_up(model->weights, &tags[2])) << i;
  }
}

TEST(PosHistoryTable, HistoryAndWordFeaturesAreThePosFeatures) {
  std::mt19937_64 rng(21);
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<WordFeatures> words;
    for (int k = 0; k < 5; ++k) words.push_back(random_word(rng));
    const int prev1 = trial % 7 == 0 ? kStartClass : static_cast<int>(rng() % PosHistoryTable::kClasses);
    const int prev2 = trial % 5 == 0 ? kStartClass : static_cast<int>(rng() % PosHistoryTable::kClasses);
    uint64_t all[kMaxTokenFeatures], split[kMaxTokenFeatures];
    const int n = pos_features(&words[2], prev1, prev2, all);
    const int m = pos_word_features(&words[2], prev1, split);
    pos_history_features(prev1, prev2, split + m);
    ASSERT_EQ(n, m + kPosHistoryFeatureCount);
    std::sort(all, all + n);
    std::sort(split, split + n);
    EXPECT_TRUE(std::equal(all, all + n, split));
  }
}

// Every pair of previous classes: the table's row against the three look-ups.
void expect_history_rows_match(const WeightTable& weights) {
  const PosHistoryTable table(weights);
  auto class_of = [](int index) { return index == PosHistoryTable::kClasses ? kStartClass : index; };
  for (int p1 = 0; p1 < PosHistoryTable::kValues; ++p1) {
    for (int p2 = 0; p2 < PosHistoryTable::kValues; ++p2) {
      std::vector<int32_t> want(PosHistoryTable::kLanes, 0), got(PosHistoryTable::kLanes, 0);
      uint64_t keys[kPosHistoryFeatureCount];
      pos_history_features(class_of(p1), class_of(p2), keys);
      for (uint64_t key : keys) weights.add_scores(key, want.data());
      table.add(PosHistoryTable::index_of(class_of(p1)), PosHistoryTable::index_of(class_of(p2)), got.data());
      ASSERT_EQ(got, want) << p1 << " " << p2;
    }
  }
}

TEST(PosHistoryTable, AddsWhatTheFeaturesAddOnARandomModel) {
  constexpr int C = PosHistoryTable::kClasses;
  std::mt19937_64 rng(22);
  std::vector<WeightTable::Feature> features;
  for (int i = 0; i < 2000; ++i) {
    const int p1 = i % 9 == 0 ? kStartClass : static_cast<int>(rng() % C);
    const int p2 = i % 11 == 0 ? kStartClass : static_cast<int>(rng() % C);
    uint64_t keys[kPosHistoryFeatureCount];
    pos_history_features(p1, p2, keys);
    WeightTable::Feature f{i % 10 == 0 ? rng() : keys[rng() % kPosHistoryFeatureCount], {}};
    const int weighted = rng() % 2 ? C : 1 + static_cast<int>(rng() % 4);
    for (int c = 0; c < weighted; ++c) {
      f.weights.emplace_back(static_cast<uint8_t>(weighted == C ? c : c * 11), static_cast<int16_t>(rng() % 65535 - 32767));
    }
    features.push_back(std::move(f));
  }
  expect_history_rows_match(WeightTable::build(C, features));
}

TEST(PosHistoryTable, AddsWhatTheFeaturesAddOnTheShippedModel) {
  auto model = read_model_file((testing::source_dir() / "data/models/pos.model").string(), PosTagger::model_info());
  ASSERT_TRUE(model.ok()) << model.status().to_string();
  expect_history_rows_match(model->weights);
}

}  // namespace
}  // namespace faultline
