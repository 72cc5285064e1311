// The look-up buckets of a WeightTable find, for every key, exactly the weights that the linear
// probe of the model file's slots finds — trained features, features sharing a check, keys whose
// check is stored but whose probe never reaches it, and keys that were never trained — in the
// shipped models and in synthetic tables, the ones too large for buckets included.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "nlp/chunker.h"
#include "nlp/model_file.h"
#include "nlp/perceptron.h"
#include "nlp/pos_tagger.h"
#include "support/shared_data.h"

namespace faultline {
namespace {

bool same_weights(const WeightTable::Weights* a, const WeightTable::Weights* b) {
  if (a == nullptr || b == nullptr) return a == b;
  return std::memcmp(a->cls, b->cls, sizeof a->cls) == 0 && std::memcmp(a->weight, b->weight, sizeof a->weight) == 0;
}

// The smallest key whose high half is `high` and whose home slot in a table of `size` slots is `home`.
uint64_t key_with_home(uint32_t high, size_t home, size_t size) {
  const uint64_t low = ((uint64_t{home} << 32) + size - 1) / size;
  return uint64_t{high} << 32 | low;
}

struct Agreement {
  size_t keys = 0;
  size_t found = 0;
  size_t disagreements = 0;
};

void check(const WeightTable& table, uint64_t key, Agreement& a) {
  const WeightTable::Weights* linear = table.find_in_slots(key);
  ++a.keys;
  a.found += linear != nullptr;
  if (!same_weights(table.find_weights(key), linear)) {
    if (++a.disagreements <= 5) ADD_FAILURE() << "key " << key << " resolves differently";
  }
}

// Every stored slot, probed from every home slot of its cluster up to one past it (the homes that
// reach it and the first that does not), with both high halves that give its check; then `absent`
// random keys.
Agreement check_every_slot(const WeightTable& table, size_t absent, uint64_t seed) {
  Agreement a;
  const auto& slots = table.slots();
  const size_t size = slots.size();
  for (size_t p = 0; p < size; ++p) {
    if (slots[p].check == 0) continue;
    size_t back = 0;  // distance to the cluster's first slot
    while (back + 1 < size && slots[(p + size - back - 1) % size].check != 0) ++back;
    for (size_t d = 0; d <= back + 1; ++d) {
      const size_t home = (p + size + 1 - d) % size;
      check(table, key_with_home(slots[p].check, home, size), a);
      check(table, key_with_home(slots[p].check & ~1u, home, size), a);
    }
  }
  std::mt19937_64 rng(seed);
  for (size_t i = 0; i < absent; ++i) check(table, rng(), a);
  return a;
}

std::vector<WeightTable::Feature> random_features(int classes, std::mt19937_64& rng, size_t n) {
  std::vector<WeightTable::Feature> features;
  for (size_t i = 0; i < n; ++i) {
    WeightTable::Feature f{rng(), {}};
    const int weighted = 1 + static_cast<int>(rng() % 8);
    for (int c = 0; c < weighted && c < classes; ++c) {
      f.weights.emplace_back(static_cast<uint8_t>(c), static_cast<int16_t>(1 + rng() % 1000));
    }
    features.push_back(std::move(f));
  }
  return features;
}

TEST(WeightTableBuckets, ShippedModelsResolveEveryKeyAsTheLinearProbe) {
  const auto models = testing::source_dir() / "data" / "models";
  for (const auto& [file, info] : {std::pair{"pos.model", &PosTagger::model_info()},
                                   std::pair{"chunk.model", &Chunker::model_info()}}) {
    auto model = read_model_file((models / file).string(), *info);
    ASSERT_TRUE(model.ok()) << model.status().message();
    const WeightTable& table = model->weights;
    const Agreement a = check_every_slot(table, 5000, 7);
    EXPECT_EQ(a.disagreements, 0u) << file;
    EXPECT_GT(a.found, table.feature_count()) << file;  // every feature, from several homes
    EXPECT_LT(a.found, a.keys - 5000) << file;          // and the homes past it miss
    EXPECT_GT(table.overflowed_share(), 0.0) << file;   // the overflow path is exercised
    EXPECT_LT(table.overflowed_share(), 0.08) << file;
  }
}

TEST(WeightTableBuckets, SyntheticTablesResolveEveryKeyAsTheLinearProbe) {
  for (size_t n : {0, 1, 2, 3, 10, 100, 5000, 40000}) {
    std::mt19937_64 rng(n);
    auto features = random_features(23, rng, n);
    // Features that share a check (the high half of the key) and may share a probe path.
    for (size_t i = 0; i + 1 < n && i < 200; i += 2) {
      features[i + 1].key = (features[i].key & 0xffffffff00000000u) | (features[i + 1].key & 0xffffffffu);
    }
    const WeightTable table = WeightTable::build(23, features);
    const Agreement a = check_every_slot(table, 3000, n + 1);
    EXPECT_EQ(a.disagreements, 0u) << n;
    for (const auto& f : features) {
      EXPECT_TRUE(same_weights(table.find_weights(f.key), table.find_in_slots(f.key)));
    }
  }
}

TEST(WeightTableBuckets, SameChecksOnOneProbePathResolveByHome) {
  // Slots 2, 3 and 5 hold one check, slots 1 and 4 another, slots 0, 6 and 7 are empty: a key finds
  // the first slot with its check at or after its home slot, if no empty slot comes first.
  std::vector<WeightTable::Slot> slots(8);
  for (size_t p : {1, 2, 3, 4, 5}) slots[p].check = 0x40000001u + (p == 1 || p == 4 ? 2u : 0u);
  for (size_t p = 0; p < slots.size(); ++p) slots[p].weights.weight[0] = static_cast<int16_t>(p);
  const WeightTable table(4, slots, {});
  for (size_t home = 0; home < 8; ++home) {
    const uint64_t key = key_with_home(0x40000001u, home, 8);
    const WeightTable::Weights* w = table.find_weights(key);
    const int expected = home == 1 || home == 2 ? 2 : home == 3 ? 3 : home == 4 || home == 5 ? 5 : -1;
    EXPECT_EQ(w == nullptr ? -1 : w->weight[0], expected) << home;
    EXPECT_TRUE(same_weights(w, table.find_in_slots(key))) << home;
  }
}

TEST(WeightTableBuckets, ARangeAcrossTheTablesEndAndTablesTooLargeForSpansStillAgree) {
  // A cluster that wraps around the end of the table.
  std::vector<WeightTable::Slot> wrapped(16);
  for (size_t p : {13, 14, 15, 0, 1, 2}) {
    wrapped[p].check = static_cast<uint32_t>(0x1000u * p + 1);
    wrapped[p].weights.weight[0] = static_cast<int16_t>(p + 1);
  }
  EXPECT_EQ(check_every_slot(WeightTable(4, wrapped, {}), 1000, 1).disagreements, 0u);

  // More slots than a span can number, and a cluster longer than a span's width: the look-up
  // probes the slots.
  std::mt19937_64 rng(3);
  std::vector<WeightTable::Slot> large((size_t{1} << 20) + 5);
  for (size_t i = 0; i < 3000; ++i) large[rng() % large.size()].check = static_cast<uint32_t>(rng()) | 1u;
  large[0].check = 0;
  EXPECT_EQ(check_every_slot(WeightTable(4, large, {}), 1000, 2).disagreements, 0u);
  std::vector<WeightTable::Slot> long_cluster(6000);
  for (size_t i = 1; i < 5500; ++i) long_cluster[i].check = static_cast<uint32_t>(rng()) | 1u;
  const WeightTable table(4, long_cluster, {});
  EXPECT_EQ(table.overflowed_share(), 0.0);
  Agreement a;
  for (size_t i = 0; i < 20000; ++i) {
    const size_t p = 1 + rng() % 5499;
    check(table, key_with_home(long_cluster[p].check, 1 + rng() % p, long_cluster.size()), a);
  }
  EXPECT_EQ(a.disagreements, 0u);
  EXPECT_EQ(a.found, a.keys);
}

}  // namespace
}  // namespace faultline
