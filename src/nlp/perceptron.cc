#include "nlp/perceptron.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>

namespace faultline {

WeightTable::WeightTable(int classes, std::vector<Slot> slots, std::vector<int16_t> rows)
    : classes_(classes), stride_(lane_stride(classes)), slots_(std::move(slots)) {
  if (slots_.empty()) slots_.assign(1, Slot{});
  lay_out_rows(rows);
}

void WeightTable::lay_out_rows(const std::vector<int16_t>& file_rows) {
  // add_scores_padded() adds whole rows: the padding after the last class must weigh nothing,
  // whatever a model file holds there.
  const size_t file_stride = row_stride(classes_);
  const size_t count = file_stride == 0 ? 0 : file_rows.size() / file_stride;
  rows_.assign(count * stride_, 0);
  for (size_t r = 0; r < count; ++r) {
    std::copy_n(file_rows.begin() + static_cast<std::ptrdiff_t>(r * file_stride), classes_,
                rows_.begin() + static_cast<std::ptrdiff_t>(r * stride_));
  }
}

std::vector<int16_t> WeightTable::rows() const {
  const size_t file_stride = row_stride(classes_);
  const size_t count = stride_ == 0 ? 0 : rows_.size() / stride_;
  std::vector<int16_t> out(count * file_stride, 0);
  for (size_t r = 0; r < count; ++r) {
    std::copy_n(rows_.begin() + static_cast<std::ptrdiff_t>(r * stride_), classes_,
                out.begin() + static_cast<std::ptrdiff_t>(r * file_stride));
  }
  return out;
}

WeightTable WeightTable::with_classes_renumbered(const std::vector<uint8_t>& number) const {
  WeightTable out = *this;
  for (Slot& s : out.slots_) {
    if (s.check == 0 || s.cls[0] == kDense) continue;
    for (int k = 0; k < kInline; ++k) s.cls[k] = number[s.cls[k]];
  }
  for (size_t r = 0; r < rows_.size(); r += stride_) {
    for (int c = 0; c < classes_; ++c) out.rows_[r + number[static_cast<size_t>(c)]] = rows_[r + static_cast<size_t>(c)];
  }
  return out;
}

void WeightTable::Slot::set_row(uint32_t r) {
  cls[0] = kDense;
  for (int k = 1; k < kInline; ++k) cls[k] = 0;
  weight[0] = static_cast<int16_t>(r & 0xffffu);
  weight[1] = static_cast<int16_t>(r >> 16);
  weight[2] = weight[3] = 0;
}

size_t WeightTable::feature_count() const {
  return static_cast<size_t>(std::count_if(slots_.begin(), slots_.end(), [](const Slot& s) { return s.check != 0; }));
}

size_t WeightTable::weight_count() const {
  size_t n = static_cast<size_t>(std::count_if(rows_.begin(), rows_.end(), [](int16_t w) { return w != 0; }));
  for (const Slot& s : slots_) {
    if (s.check == 0 || s.cls[0] == kDense) continue;
    for (int k = 0; k < kInline; ++k) n += s.weight[k] != 0;
  }
  return n;
}

WeightTable WeightTable::build(int classes, const std::vector<Feature>& features, size_t* dropped) {
  // Load factor about 0.7: an unknown feature's probe ends after a few slots, mostly in one cache line.
  std::vector<Slot> slots(std::max<size_t>(2, features.size() * 10 / 7 + 1));
  const size_t stride = row_stride(classes);
  WeightTable table(classes, std::move(slots), {});
  std::vector<int16_t> rows;
  size_t lost = 0;
  for (const Feature& f : features) {
    if (f.weights.empty()) continue;
    const uint32_t check = check_of(f.key);
    size_t i = table.home(f.key);
    bool ambiguous = false;
    for (; table.slots_[i].check != 0; i = i + 1 == table.slots_.size() ? 0 : i + 1) {
      ambiguous |= table.slots_[i].check == check;
    }
    if (ambiguous) {
      ++lost;
      continue;
    }
    Slot& s = table.slots_[i];
    s.check = check;
    if (f.weights.size() <= static_cast<size_t>(kInline)) {
      for (int k = 0; k < kInline; ++k) {
        const bool used = static_cast<size_t>(k) < f.weights.size();
        s.cls[k] = used ? f.weights[k].first : f.weights[0].first;
        s.weight[k] = used ? f.weights[k].second : int16_t{0};
      }
    } else {
      s.set_row(static_cast<uint32_t>(rows.size() / stride));
      rows.resize(rows.size() + stride, 0);
      int16_t* row = rows.data() + rows.size() - stride;
      for (const auto& [cls, w] : f.weights) row[cls] = w;
    }
  }
  if (dropped) *dropped = lost;
  table.lay_out_rows(rows);
  return table;
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

  std::vector<WeightTable::Feature> features;
  for (size_t r = 0; r < keys_.size(); ++r) {
    WeightTable::Feature f{keys_[r], {}};
    for (int c = 0; c < classes_; ++c) {
      double w = avg[r * classes_ + c];
      if (std::abs(w) < prune || w == 0) continue;
      auto q = static_cast<int32_t>(std::lround(w * scale));
      if (q != 0) f.weights.emplace_back(static_cast<uint8_t>(c), static_cast<int16_t>(q));
    }
    if (!f.weights.empty()) features.push_back(std::move(f));
  }
  return WeightTable::build(classes_, features);
}

}  // namespace faultline
