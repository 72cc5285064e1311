// The averaged perceptron behind the tagger and the chunker.
//
// Written here rather than taken from a library for two reasons: speed (a tagger that scores a
// token with a few dozen hashed-feature lookups and integer adds, with no allocation) and no
// dependency (the model is a plain table this project reads and writes itself).
//
// Features are 64-bit hashes (see tagger_features.h). A feature's weights are a short sparse list of
// (class, weight) pairs; scoring a token adds the lists of its features into one score per class.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

namespace faultline {

// The immutable weights of a trained model: an open-addressing hash table from feature hash to its
// sparse weight list. Weights are quantized to 24-bit integers, so scoring is integer arithmetic.
class WeightTable {
 public:
  struct Slot {
    uint64_t key = 0;    // feature hash; 0 marks an empty slot
    uint32_t begin = 0;  // first entry of the feature's weight list
    uint32_t count = 0;
  };
  // An entry packs a class (low 8 bits) and a signed weight (high 24 bits).
  using Entry = uint32_t;
  static constexpr int kMaxClasses = 256;
  static constexpr int32_t kMaxWeight = (1 << 23) - 1;

  static Entry make_entry(int cls, int32_t weight) {
    return (static_cast<uint32_t>(weight) << 8) | static_cast<uint32_t>(cls);
  }
  static int entry_class(Entry e) { return static_cast<int>(e & 0xffu); }
  static int32_t entry_weight(Entry e) { return static_cast<int32_t>(e) >> 8; }

  // A feature hash never equals the empty-slot marker.
  static uint64_t normalize_key(uint64_t key) { return key == 0 ? 1 : key; }

  WeightTable() = default;
  WeightTable(std::vector<Slot> slots, std::vector<Entry> entries);

  // Adds the weights of `key` to scores[class]. Unknown features add nothing.
  void add_scores(uint64_t key, int32_t* scores) const {
    key = normalize_key(key);
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.key == key) {
        const Entry* e = entries_.data() + s.begin;
        for (uint32_t k = 0; k < s.count; ++k) scores[entry_class(e[k])] += entry_weight(e[k]);
        return;
      }
      if (s.key == 0) return;
    }
  }
  // Fetching the home slots of all a token's features before scoring lets their cache misses overlap.
  void prefetch(uint64_t key) const { __builtin_prefetch(&slots_[normalize_key(key) & mask_]); }

  const std::vector<Slot>& slots() const { return slots_; }
  const std::vector<Entry>& entries() const { return entries_; }
  size_t feature_count() const;

 private:
  std::vector<Slot> slots_{Slot{}};  // power-of-two size, never full
  std::vector<Entry> entries_;
  size_t mask_ = 0;
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
