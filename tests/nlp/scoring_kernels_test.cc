// The vectorized scoring kernels of the tagger and the chunker compute exactly what the plain
// loops do: padded weight rows (WeightTable::add_scores_padded), a token's features summed with the
// dense rows apart (add_feature_weights), and Viterbi over decoding
// positions (the full max over predecessors for O and B-X labels only) finds the labels of the
// full recurrence.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "nlp/chunk_viterbi.h"
#include "nlp/model_file.h"
#include "nlp/perceptron.h"
#include "nlp/score_features.h"

namespace faultline {
namespace {

// Features with one to all classes weighted (sparse slots up to four, dense rows above), and keys
// that were never trained.
std::vector<WeightTable::Feature> random_features(int classes, std::mt19937_64& rng, size_t n) {
  std::vector<WeightTable::Feature> features;
  for (size_t i = 0; i < n; ++i) {
    WeightTable::Feature f{rng(), {}};
    const int weighted = 1 + static_cast<int>(rng() % static_cast<uint64_t>(classes));
    std::vector<int> cls(static_cast<size_t>(classes));
    for (int c = 0; c < classes; ++c) cls[static_cast<size_t>(c)] = c;
    std::shuffle(cls.begin(), cls.end(), rng);
    cls.resize(static_cast<size_t>(weighted));
    std::sort(cls.begin(), cls.end());
    for (int c : cls) f.weights.emplace_back(static_cast<uint8_t>(c), static_cast<int16_t>(rng() % 20001) - 10000);
    features.push_back(std::move(f));
  }
  return features;
}

template <int kClasses>
void expect_padded_equals_plain(const WeightTable& table, const std::vector<uint64_t>& keys) {
  constexpr int kStride = static_cast<int>(WeightTable::lane_stride(kClasses));
  std::vector<int32_t> plain(kClasses, 0);
  std::vector<int32_t> padded(kStride, 0);
  for (uint64_t key : keys) {
    table.add_scores(key, plain.data());
    table.add_scores_padded<kStride>(key, padded.data());
  }
  for (int c = 0; c < kClasses; ++c) EXPECT_EQ(padded[static_cast<size_t>(c)], plain[static_cast<size_t>(c)]) << c;
  for (int c = kClasses; c < kStride; ++c) EXPECT_EQ(padded[static_cast<size_t>(c)], 0) << c;
}

template <int kClasses>
void check_padded_scoring(uint64_t seed) {
  std::mt19937_64 rng(seed);
  const auto features = random_features(kClasses, rng, 300);
  const WeightTable table = WeightTable::build(kClasses, features);
  std::vector<uint64_t> keys;
  for (const auto& f : features) keys.push_back(f.key);
  for (int i = 0; i < 100; ++i) keys.push_back(rng());  // unknown features add nothing
  expect_padded_equals_plain<kClasses>(table, keys);

  // A model file's padding weights are not trusted: the constructor zeroes them.
  std::vector<int16_t> rows = table.rows();
  const size_t stride = WeightTable::row_stride(kClasses);
  ASSERT_FALSE(rows.empty());
  for (size_t r = 0; r < rows.size(); r += stride) {
    for (size_t c = kClasses; c < stride; ++c) rows[r + c] = 1234;
  }
  const WeightTable dirty(kClasses, table.slots(), rows);
  expect_padded_equals_plain<kClasses>(dirty, keys);
}

TEST(ScoringKernels, PaddedRowsAddWhatPlainRowsAdd) {
  check_padded_scoring<23>(1);  // chunk labels: 23 of 24 lanes
  check_padded_scoring<45>(2);  // POS tags: 45 of 48 lanes
  check_padded_scoring<8>(3);   // no padding at all
}

// A token's features, summed with their dense rows in registers and their inline pairs in memory,
// add to scores that already hold something (the tag tables' or the history's rows) exactly what
// adding each feature's padded row in turn adds, whatever mix of dense, inline and unknown keys.
template <int kClasses>
void check_feature_weights(uint64_t seed) {
  constexpr int kStride = static_cast<int>(WeightTable::lane_stride(kClasses));
  std::mt19937_64 rng(seed);
  const auto features = random_features(kClasses, rng, 300);
  const WeightTable table = WeightTable::build(kClasses, features);
  for (int token = 0; token < 200; ++token) {
    std::vector<uint64_t> keys;
    const int n = static_cast<int>(rng() % 25);
    for (int k = 0; k < n; ++k) keys.push_back(rng() % 5 == 0 ? rng() : features[rng() % features.size()].key);
    std::vector<int32_t> start(kStride, 0);
    for (int c = 0; c < kClasses; ++c) start[static_cast<size_t>(c)] = static_cast<int32_t>(rng() % 200001) - 100000;
    std::vector<int32_t> one_by_one = start, summed_apart = start;
    for (uint64_t key : keys) table.add_scores_padded<kStride>(key, one_by_one.data());
    add_feature_weights<kStride>(table, keys.data(), n, summed_apart.data());
    ASSERT_EQ(summed_apart, one_by_one) << "token " << token;
  }
}

TEST(ScoringKernels, FeaturesSummedApartAddWhatRowsAddedInTurnAdd) {
  check_feature_weights<23>(11);  // chunk labels
  check_feature_weights<45>(12);  // POS tags
}

// The chunker's model with its classes renumbered to decoding positions adds, for every feature,
// the weight of class c at position decoding_position(c) and nothing at the padding.
TEST(ScoringKernels, RenumberedClassesAddTheSameWeights) {
  constexpr int L = kChunkLabelCount;
  constexpr int kStride = static_cast<int>(WeightTable::lane_stride(L));
  std::mt19937_64 rng(5);
  const auto features = random_features(L, rng, 300);
  const WeightTable table = WeightTable::build(L, features);
  std::vector<uint8_t> number(L);
  for (int c = 0; c < L; ++c) number[static_cast<size_t>(c)] = static_cast<uint8_t>(decoding_position(c));
  const WeightTable renumbered = table.with_classes_renumbered(number);
  std::vector<uint64_t> keys;
  for (const auto& f : features) keys.push_back(f.key);
  for (int i = 0; i < 50; ++i) keys.push_back(rng());
  for (uint64_t key : keys) {
    std::vector<int32_t> by_code(L, 0), by_position(kStride, 0), padded(kStride, 0);
    table.add_scores(key, by_code.data());
    renumbered.add_scores_padded<kStride>(key, padded.data());
    to_decoding_order(by_code.data(), by_position.data());
    EXPECT_EQ(padded, by_position);
  }
}

TEST(ScoringKernels, RowsInMemoryStartOnACacheLineAndFillWholeLines) {
  EXPECT_EQ(WeightTable::lane_stride(23), 32u);  // chunk labels: one 64-byte line per row
  EXPECT_EQ(WeightTable::lane_stride(45), 48u);  // POS tags: two lines, never three
  EXPECT_EQ(WeightTable::lane_stride(8), 8u);
  EXPECT_EQ(WeightTable::lane_stride(12), 16u);

  std::mt19937_64 rng(4);
  const WeightTable table = WeightTable::build(23, random_features(23, rng, 200));
  ASSERT_FALSE(table.rows().empty());
  // rows() gives back the model file's layout: row_stride() weights per row.
  EXPECT_EQ(table.rows().size() % WeightTable::row_stride(23), 0u);
  const WeightTable copy(23, table.slots(), table.rows());
  EXPECT_EQ(copy.rows(), table.rows());
}

// Writing a model file and reading it back gives the same table, whatever the layout in memory.
TEST(ScoringKernels, ModelFilesKeepTheirLayout) {
  std::mt19937_64 rng(5);
  ModelInfo info{"chunk-test", 1, {}};
  for (int c = 0; c < 23; ++c) info.classes.push_back(std::to_string(c));
  TrainedModel model{WeightTable::build(23, random_features(23, rng, 300)), {}};
  const auto dir = std::filesystem::temp_directory_path() / ("faultline-model-" + std::to_string(rng()));
  std::filesystem::create_directories(dir);
  const std::string first = (dir / "a.model").string(), second = (dir / "b.model").string();
  ASSERT_TRUE(write_model_file(first, info, model).ok());
  auto read = read_model_file(first, info);
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_EQ(read->weights.rows(), model.weights.rows());
  ASSERT_TRUE(write_model_file(second, info, *read).ok());
  auto bytes = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  EXPECT_EQ(bytes(first), bytes(second));
  std::filesystem::remove_all(dir);
}

// The best well-formed sequence by enumerating all of them.
std::vector<ChunkLabel> brute_force(int n, const std::vector<int32_t>& emissions,
                                    const std::vector<const TransitionMatrix*>& transitions) {
  constexpr int L = kChunkLabelCount;
  std::vector<int> labels(static_cast<size_t>(n), 0), best_labels;
  int64_t best = INT64_MIN;
  while (true) {
    int64_t score = 0;
    for (int i = 0; i < n; ++i) {
      const int prev = i == 0 ? kChunkStartRow : labels[static_cast<size_t>(i - 1)];
      const int c = labels[static_cast<size_t>(i)];
      score += emissions[static_cast<size_t>(i * L + c)] + (*transitions[static_cast<size_t>(i)])[static_cast<size_t>(prev * kTransitionStride + c)];
    }
    if (score > best) {
      best = score;
      best_labels = labels;
    }
    int i = n - 1;
    while (i >= 0 && ++labels[static_cast<size_t>(i)] == L) labels[static_cast<size_t>(i--)] = 0;
    if (i < 0) break;
  }
  std::vector<ChunkLabel> out;
  for (int c : best_labels) out.push_back(ChunkLabel{static_cast<uint8_t>(c)});
  return out;
}

// The full max-plus recurrence over every pair of labels, predecessors in code order with a strict
// comparison (what viterbi_chunks computed before it skipped the forbidden transitions).
std::vector<ChunkLabel> full_recurrence(int n, const std::vector<int32_t>& emissions,
                                        const std::vector<const TransitionMatrix*>& transitions) {
  constexpr int L = kChunkLabelCount;
  std::vector<int32_t> best(static_cast<size_t>(n * L));
  std::vector<int> back(static_cast<size_t>(n * L));
  auto normalize = [](int32_t* row) {
    const int32_t top = *std::max_element(row, row + L);
    for (int c = 0; c < L; ++c) row[c] -= top;
  };
  for (int c = 0; c < L; ++c) best[static_cast<size_t>(c)] = emissions[static_cast<size_t>(c)] + (*transitions[0])[static_cast<size_t>(kChunkStartRow * kTransitionStride + c)];
  normalize(best.data());
  for (int i = 1; i < n; ++i) {
    const TransitionMatrix& m = *transitions[static_cast<size_t>(i)];
    for (int c = 0; c < L; ++c) {
      int32_t top = INT32_MIN;
      int arg = 0;
      for (int p = 0; p < L; ++p) {
        const int32_t s = best[static_cast<size_t>((i - 1) * L + p)] + m[static_cast<size_t>(p * kTransitionStride + c)];
        if (s > top) top = s, arg = p;
      }
      best[static_cast<size_t>(i * L + c)] = top + emissions[static_cast<size_t>(i * L + c)];
      back[static_cast<size_t>(i * L + c)] = arg;
    }
    normalize(best.data() + static_cast<size_t>(i * L));
  }
  const int32_t* last = best.data() + static_cast<size_t>((n - 1) * L);
  int c = static_cast<int>(std::max_element(last, last + L) - last);
  std::vector<ChunkLabel> out(static_cast<size_t>(n));
  for (int i = n - 1; i >= 0; --i) {
    out[static_cast<size_t>(i)] = ChunkLabel{static_cast<uint8_t>(c)};
    c = back[static_cast<size_t>(i * L + c)];
  }
  return out;
}

// Random transition matrices, IOB2's constraints folded in; `spread` bounds the weights.
std::vector<TransitionMatrix> random_matrices(std::mt19937_64& rng, int count, int32_t spread) {
  std::vector<TransitionMatrix> matrices(static_cast<size_t>(count));
  for (int t = 0; t < count; ++t) {
    auto add = [&rng, spread](uint64_t, int32_t* scores) {
      for (int c = 0; c < kChunkLabelCount; ++c) scores[c] += static_cast<int32_t>(rng() % static_cast<uint64_t>(2 * spread + 1)) - spread;
    };
    build_transition_matrix(t, add, matrices[static_cast<size_t>(t)]);
  }
  return matrices;
}

std::vector<ChunkLabel> decode(int n, const std::vector<int32_t>& emissions,
                               const std::vector<const TransitionMatrix*>& transitions) {
  std::vector<DecodingTransitions> decoding;
  for (const TransitionMatrix* m : transitions) decoding.push_back(decoding_transitions(*m));
  std::vector<const DecodingTransitions*> pointers;
  for (const DecodingTransitions& d : decoding) pointers.push_back(&d);
  std::vector<int32_t> rows(static_cast<size_t>(n * kEmissionStride));
  for (int i = 0; i < n; ++i) {
    to_decoding_order(emissions.data() + static_cast<size_t>(i * kChunkLabelCount), rows.data() + static_cast<size_t>(i * kEmissionStride));
  }
  ViterbiScratch scratch;
  std::vector<ChunkLabel> got(static_cast<size_t>(n));
  viterbi_chunks(n, rows.data(), pointers.data(), scratch, got.data());
  return got;
}

TEST(ScoringKernels, ViterbiFindsTheBestSequence) {
  std::mt19937_64 rng(7);
  const std::vector<TransitionMatrix> matrices = random_matrices(rng, 4, 100000);
  for (int n = 1; n <= 3; ++n) {
    for (int trial = 0; trial < 5; ++trial) {
      std::vector<int32_t> emissions(static_cast<size_t>(n * kChunkLabelCount));
      for (auto& e : emissions) e = static_cast<int32_t>(rng() % 400001) - 200000;
      std::vector<const TransitionMatrix*> transitions;
      for (int i = 0; i < n; ++i) transitions.push_back(&matrices[rng() % matrices.size()]);
      const std::vector<ChunkLabel> got = decode(n, emissions, transitions);
      const std::vector<ChunkLabel> want = brute_force(n, emissions, transitions);
      for (int i = 0; i < n; ++i) EXPECT_EQ(got[static_cast<size_t>(i)].code, want[static_cast<size_t>(i)].code) << n << " " << i;
    }
  }
}

// Long sentences, scores as wide as a 16-bit model's (about 2.6 million across one token's labels)
// and, with few distinct values, many ties: the same labels as the full recurrence.
TEST(ScoringKernels, ViterbiEqualsTheFullRecurrenceTiesIncluded) {
  std::mt19937_64 rng(11);
  for (const int32_t spread : {2, 65534, 1300000}) {
    const std::vector<TransitionMatrix> matrices = random_matrices(rng, 8, std::min(spread, 131068));
    for (int trial = 0; trial < 40; ++trial) {
      const int n = 1 + static_cast<int>(rng() % 80);
      std::vector<int32_t> emissions(static_cast<size_t>(n * kChunkLabelCount));
      for (auto& e : emissions) e = static_cast<int32_t>(rng() % static_cast<uint64_t>(2 * spread + 1)) - spread;
      std::vector<const TransitionMatrix*> transitions;
      for (int i = 0; i < n; ++i) transitions.push_back(&matrices[rng() % matrices.size()]);
      const std::vector<ChunkLabel> got = decode(n, emissions, transitions);
      const std::vector<ChunkLabel> want = full_recurrence(n, emissions, transitions);
      for (int i = 0; i < n; ++i) ASSERT_EQ(got[static_cast<size_t>(i)].code, want[static_cast<size_t>(i)].code) << spread << " " << n << " " << i;
    }
  }
}

}  // namespace
}  // namespace faultline
