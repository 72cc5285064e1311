// The averaged perceptron behind the tagger and the chunker.
//
// Written here rather than taken from a library for two reasons: speed (a tagger that scores a
// token with a few dozen hashed-feature lookups and integer adds, with no allocation) and no
// dependency (the model is a plain table this project reads and writes itself).
//
// Features are 64-bit hashes (see tagger_features.h). A feature's weights are a short sparse list of
// (class, weight) pairs; scoring a token adds the lists of its features into one score per class.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <span>
#include <unordered_map>
#include <utility>
#include <vector>

namespace faultline {

// Storage that starts on a cache line, so that a weight row's place in its lines is fixed.
template <typename T>
struct CacheLineAllocator {
  using value_type = T;
  static constexpr std::align_val_t kAlignment{64};
  CacheLineAllocator() = default;
  template <typename U>
  CacheLineAllocator(const CacheLineAllocator<U>&) {}
  T* allocate(size_t n) { return static_cast<T*>(::operator new(n * sizeof(T), kAlignment)); }
  void deallocate(T* p, size_t) { ::operator delete(p, kAlignment); }
  friend bool operator==(const CacheLineAllocator&, const CacheLineAllocator&) { return true; }
};

// The immutable weights of a trained model: an open-addressing hash table from feature hash to its
// weights. Weights are quantized to 16-bit integers, so scoring is integer arithmetic.
//
// Rare features (most of them) have a few non-zero weights and are scattered over the table, so
// they cost a cache miss each: such a feature is one 16-byte slot holding a 32-bit check of its
// hash and up to four (class, weight) pairs. Frequent features (bias, affixes, tag context) have
// weights for most classes and stay in cache, so what they cost is arithmetic: their slot points to
// a dense row of weights that is added to the scores with vector instructions.
//
// In memory a dense row never straddles more cache lines than its size needs: the rows start on a
// line, and a row shorter than a line is padded to a power of two (the chunker's 23 classes take 32
// lanes, one 64-byte line, where 24 lanes put half the rows across two lines). Model files keep the
// shorter row_stride() layout; rows() converts back.
//
// The home slot comes from the low half of the hash and the check from the high half; two trained
// features with the same check on one probe path cannot both be stored (build() drops the later).
class WeightTable {
 public:
  static constexpr int kInline = 4;
  static constexpr uint8_t kDense = 255;  // cls[0] of a slot whose weights are a dense row
  static constexpr int kMaxClasses = 255;
  static constexpr int32_t kMaxWeight = 32767;

  struct Slot {
    uint32_t check = 0;         // check_of(feature hash); 0 marks an empty slot
    uint8_t cls[kInline] = {};  // inline classes; unused pairs repeat cls[0] with weight 0
    int16_t weight[kInline] = {};
    // A dense slot keeps its row number in the first two weights.
    uint32_t row() const {
      return static_cast<uint32_t>(static_cast<uint16_t>(weight[0])) |
             static_cast<uint32_t>(static_cast<uint16_t>(weight[1])) << 16;
    }
    void set_row(uint32_t row);
  };
  // Dense rows are padded to a multiple of eight weights (whole vector registers).
  static constexpr size_t row_stride(int classes) { return (static_cast<size_t>(classes) + 7) & ~size_t{7}; }
  // The weights of a row in memory, and the length of the score arrays add_scores_padded() adds into.
  static constexpr size_t lane_stride(int classes) {
    const size_t s = row_stride(classes);
    return s >= 32 ? s : s <= 8 ? 8 : s <= 16 ? 16 : 32;
  }

  static uint32_t check_of(uint64_t key) { return static_cast<uint32_t>(key >> 32) | 1u; }

  // One feature's weights for build(): (class, weight) pairs, classes ascending.
  struct Feature {
    uint64_t key;
    std::vector<std::pair<uint8_t, int16_t>> weights;
  };
  // A table of `features` (in this order, which fixes the layout) at a load factor of about 0.7.
  // Returns the number of features dropped for an ambiguous check through `dropped` (almost always 0).
  static WeightTable build(int classes, const std::vector<Feature>& features, size_t* dropped = nullptr);

  WeightTable() = default;
  // `rows`: the dense rows, row_stride(classes) weights each (the model file's layout).
  WeightTable(int classes, std::vector<Slot> slots, std::vector<int16_t> rows);

  // Adds the weights of `key` to scores[class]. Unknown features add nothing.
  void add_scores(uint64_t key, int32_t* scores) const {
    const Slot* s = find(key);
    if (s == nullptr) return;
    if (s->cls[0] != kDense) return add_inline(*s, scores);
    // Locals, not members: a store to scores[] could otherwise alias classes_ and keep the loop
    // from being vectorized.
    const int16_t* w = rows_.data() + s->row() * stride_;
    const int n = classes_;
    for (int c = 0; c < n; ++c) scores[c] += w[c];
  }
  // add_scores() for scorers that know the class count at compile time: `scores` has kStride =
  // lane_stride(classes()) elements, and a dense row is added whole, padding included (the padding
  // weights are zero, see the constructor). A fixed, whole-register trip count leaves no scalar
  // remainder loop: 23 chunk classes are three AVX2 adds instead of two and seven scalar ones.
  template <int kStride>
  void add_scores_padded(uint64_t key, int32_t* scores) const {
    const Slot* s = find(key);
    if (s == nullptr) return;
    if (s->cls[0] != kDense) return add_inline(*s, scores);
    const int16_t* w = rows_.data() + static_cast<size_t>(s->row()) * kStride;
    for (int c = 0; c < kStride; ++c) scores[c] += w[c];
  }
  // The slot of `key`, or nullptr; with dense_row() and add_inline(), for scorers that keep the sums
  // of dense rows apart from those of inline pairs (see score_features.h).
  const Slot* lookup(uint64_t key) const { return find(key); }
  // A dense slot's row: lane_stride(classes()) weights, padding zero.
  const int16_t* dense_row(const Slot& s) const { return rows_.data() + static_cast<size_t>(s.row()) * stride_; }
  static void add_inline(const Slot& s, int32_t* scores) {
    for (int k = 0; k < kInline; ++k) scores[s.cls[k]] += s.weight[k];
  }

  // Fetching the home slots of all a token's features before scoring lets their cache misses overlap.
  void prefetch(uint64_t key) const { __builtin_prefetch(&slots_[home(key)]); }

  // The same features with class c renumbered to number[c] (a permutation of 0 .. classes() - 1):
  // every feature adds the same weights, each to its class's new number. For a scorer that wants
  // its scores in another order than the model file's.
  WeightTable with_classes_renumbered(const std::vector<uint8_t>& number) const;

  int classes() const { return classes_; }
  const std::vector<Slot>& slots() const { return slots_; }
  // The dense rows in the model file's layout: row_stride(classes()) weights each.
  std::vector<int16_t> rows() const;
  size_t feature_count() const;
  size_t weight_count() const;  // non-zero weights

 private:
  // Lemire's multiply-shift maps the hash's low half onto any table size, so the size need not be a
  // power of two.
  size_t home(uint64_t key) const { return static_cast<size_t>(((key & 0xffffffffu) * slots_.size()) >> 32); }
  // Linear probing from the home slot; an empty slot ends the search (the table is never full).
  const Slot* find(uint64_t key) const {
    const uint32_t check = check_of(key);
    for (size_t i = home(key);; i = i + 1 == slots_.size() ? 0 : i + 1) {
      const Slot& s = slots_[i];
      if (s.check == check) return &s;
      if (s.check == 0) return nullptr;
    }
  }
  // Copies rows of row_stride(classes_) weights into rows_, lane_stride(classes_) each.
  void lay_out_rows(const std::vector<int16_t>& file_rows);

  int classes_ = 0;
  size_t stride_ = 0;  // lane_stride(classes_)
  std::vector<Slot> slots_{Slot{}};  // never full
  std::vector<int16_t, CacheLineAllocator<int16_t>> rows_;
};

// Training state: plain weights plus the running sums needed for averaging, one dense row of
// `classes` weights per feature that has ever been updated.
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int classes);

  int classes() const { return classes_; }
  // Current (not averaged) scores of the features; `scores` has classes() elements, set here.
  void score(std::span<const uint64_t> features, int32_t* scores) const;
  // Adds the current weights of one feature to `scores` (classes() elements).
  void add_scores(uint64_t feature, int32_t* scores) const;
  // Moves weight from `guess` to `truth` for every feature (no-op when they are equal).
  void update(std::span<const uint64_t> features, int truth, int guess);
  // Adds `delta` to the weight of class `cls` of every feature (one side of a structured update).
  void add(std::span<const uint64_t> features, int cls, int delta);
  // Marks the end of one training instance; averaging weighs each weight by the instances it lived.
  void tick() { ++step_; }

  // The averaged weights, quantized; weights whose magnitude is below `prune` (in averaged
  // perceptron units, 1.0 = one update) are dropped. Deterministic: features enter the table in
  // order of first update.
  WeightTable averaged(double prune) const;
  size_t feature_count() const { return keys_.size(); }

 private:
  int classes_;
  int64_t step_ = 1;
  std::unordered_map<uint64_t, uint32_t> rows_;  // feature hash -> row
  std::vector<uint64_t> keys_;                   // row -> feature hash
  std::vector<int32_t> weights_;                 // row * classes + class
  std::vector<int64_t> stamped_;                 // sum of step * delta, for the averaging trick
};

}  // namespace faultline
