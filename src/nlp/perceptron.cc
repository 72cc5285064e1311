#include "nlp/perceptron.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>

namespace faultline {

WeightTable::WeightTable(std::vector<Slot> slots, std::vector<Entry> entries)
    : slots_(std::move(slots)), entries_(std::move(entries)) {
  if (slots_.empty() || !std::has_single_bit(slots_.size())) slots_.assign(1, Slot{});
  mask_ = slots_.size() - 1;
}

size_t WeightTable::feature_count() const {
  return static_cast<size_t>(std::count_if(slots_.begin(), slots_.end(), [](const Slot& s) { return s.key != 0; }));
}

PerceptronTrainer::PerceptronTrainer(int classes) : classes_(classes) {}

void PerceptronTrainer::score(std::span<const uint64_t> features, int32_t* scores) const {
  std::fill(scores, scores + classes_, 0);
  for (uint64_t f : features) add_scores(f, scores);
}

void PerceptronTrainer::add_scores(uint64_t feature, int32_t* scores) const {
  auto it = rows_.find(feature);
  if (it == rows_.end()) return;
  const int32_t* row = weights_.data() + static_cast<size_t>(it->second) * classes_;
  for (int c = 0; c < classes_; ++c) scores[c] += row[c];
}

void PerceptronTrainer::update(std::span<const uint64_t> features, int truth, int guess) {
  if (truth == guess) return;
  add(features, truth, 1);
  add(features, guess, -1);
}

void PerceptronTrainer::add(std::span<const uint64_t> features, int cls, int delta) {
  for (uint64_t f : features) {
    auto [it, inserted] = rows_.try_emplace(f, static_cast<uint32_t>(keys_.size()));
    if (inserted) {
      keys_.push_back(f);
      weights_.resize(weights_.size() + classes_, 0);
      stamped_.resize(stamped_.size() + classes_, 0);
    }
    const size_t i = static_cast<size_t>(it->second) * classes_ + cls;
    weights_[i] += delta;
    stamped_[i] += step_ * delta;
  }
}

WeightTable PerceptronTrainer::averaged(double prune) const {
  const double steps = static_cast<double>(step_);
  std::vector<double> avg(weights_.size());
  double largest = 0;
  for (size_t i = 0; i < weights_.size(); ++i) {
    avg[i] = weights_[i] - static_cast<double>(stamped_[i]) / steps;
    largest = std::max(largest, std::abs(avg[i]));
  }
  const double scale = largest > 0 ? WeightTable::kMaxWeight / largest : 1.0;

  std::vector<std::pair<uint64_t, std::pair<uint32_t, uint32_t>>> features;  // key, entry range
  std::vector<WeightTable::Entry> entries;
  for (size_t r = 0; r < keys_.size(); ++r) {
    uint32_t begin = static_cast<uint32_t>(entries.size());
    for (int c = 0; c < classes_; ++c) {
      double w = avg[r * classes_ + c];
      if (std::abs(w) < prune || w == 0) continue;
      auto q = static_cast<int32_t>(std::lround(w * scale));
      if (q != 0) entries.push_back(WeightTable::make_entry(c, q));
    }
    auto count = static_cast<uint32_t>(entries.size()) - begin;
    if (count > 0) features.push_back({WeightTable::normalize_key(keys_[r]), {begin, count}});
  }

  // Load factor at most 2/3 keeps probe sequences short.
  size_t capacity = std::bit_ceil(std::max<size_t>(2, features.size() * 3 / 2 + 1));
  std::vector<WeightTable::Slot> slots(capacity);
  const size_t mask = capacity - 1;
  for (const auto& [key, range] : features) {
    size_t i = key & mask;
    while (slots[i].key != 0) i = (i + 1) & mask;
    slots[i] = {key, range.first, range.second};
  }
  return WeightTable(std::move(slots), std::move(entries));
}

}  // namespace faultline
