#include "nlp/perceptron.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>

#include <sys/mman.h>

namespace faultline {

template <typename T>
T* HugePageAllocator<T>::allocate(size_t n) {
  const size_t bytes = (n * sizeof(T) + kHugePage - 1) / kHugePage * kHugePage;
  void* p = ::operator new(bytes, std::align_val_t{kHugePage});
#if defined(MADV_HUGEPAGE)
  madvise(p, bytes, MADV_HUGEPAGE);
#endif
  return static_cast<T*>(p);
}

template <typename T>
void HugePageAllocator<T>::deallocate(T* p, size_t) {
  ::operator delete(p, std::align_val_t{kHugePage});
}

WeightTable::WeightTable(int classes, std::vector<Slot> slots, std::vector<int16_t> rows)
    : classes_(classes), stride_(lane_stride(classes)), slots_(std::move(slots)) {
  if (slots_.empty()) slots_.assign(1, Slot{});
  lay_out_rows(rows);
  build_buckets();
}

const WeightTable::Weights WeightTable::kAbsent{};

const WeightTable::Weights* WeightTable::find_in_slots(uint64_t key) const {
  const uint32_t check = check_of(key);
  for (size_t i = home(key);; i = i + 1 == slots_.size() ? 0 : i + 1) {
    const Slot& s = slots_[i];
    if (s.check == check) return &s.weights;
    if (s.check == 0) return nullptr;
  }
}

const WeightTable::Weights& WeightTable::find_overflowed(const Bucket& home_bucket, uint32_t check,
                                                         uint32_t home_slot) const {
  size_t i = static_cast<size_t>(&home_bucket - buckets_.data());
  for (;;) {
    i = i + 1 == buckets_.size() ? 0 : i + 1;
    const Bucket& b = buckets_[i];
    if (const unsigned hit = matches(b, check, home_slot)) return b.weights[std::countr_zero(hit)];
    if (!b.overflowed) return kAbsent;
  }
}

double WeightTable::overflowed_share() const {
  if (buckets_.empty()) return 0;
  const auto n = std::count_if(buckets_.begin(), buckets_.end(), [](const Bucket& b) { return b.overflowed != 0; });
  return static_cast<double>(n) / static_cast<double>(buckets_.size());
}

void WeightTable::build_buckets() {
  buckets_.clear();
  const size_t size = slots_.size();
  if (size > size_t{1} << kFirstBits) return;
  const auto empty = std::find_if(slots_.begin(), slots_.end(), [](const Slot& s) { return s.check == 0; });
  if (empty == slots_.end()) return;

  // The linear probe from home slot h ends at the first slot on from h with the key's check, before
  // the next empty slot. So the slot at p with check c answers exactly the homes from just after
  // the previous slot with check c in p's cluster (the run of full slots holding p), or from the
  // cluster's start, up to p. Positions here run on from the first cluster's start past the end of
  // the table, so that the one cluster that wraps around has no gap.
  struct Entry {
    uint32_t check;
    uint32_t span;
    Weights weights;
  };
  std::vector<Entry> dense, sparse;
  const size_t start = static_cast<size_t>(empty - slots_.begin()) + 1;
  size_t cluster = start;
  for (size_t p = start; p < start + size; ++p) {
    const Slot& s = slots_[p % size];
    if (s.check == 0) {
      cluster = p + 1;
      continue;
    }
    size_t first = cluster;
    for (size_t q = p; q > cluster; --q) {
      if (slots_[(q - 1) % size].check == s.check) {
        first = q;
        break;
      }
    }
    if (p - first >= size_t{1} << (32 - kFirstBits)) {
      buckets_.clear();
      return;
    }
    std::vector<Entry>& to = s.weights.cls[0] == kDense ? dense : sparse;
    auto add = [&](size_t from, size_t to_slot) {
      to.push_back({s.check, static_cast<uint32_t>(from | (to_slot - from) << kFirstBits), s.weights});
    };
    if (first / size == p / size) {
      add(first % size, p % size);
    } else {  // the range wraps around the end of the table: two entries
      add(first % size, size - 1);
      add(0, p % size);
    }
  }

  // About 1.2 entries per bucket of three: 4 % of the buckets overflow. Dense features, the
  // frequent ones, go first, so that the entries that land in a later bucket are rare features.
  const size_t count = dense.size() + sparse.size();
  buckets_.assign(count * 5 / 6 + 1, Bucket{});
  for (const std::vector<Entry>* list : {&dense, &sparse}) {
    for (const Entry& e : *list) {
      size_t i = bucket_of(e.check);
      for (;; i = i + 1 == buckets_.size() ? 0 : i + 1) {
        Bucket& b = buckets_[i];
        int used = 0;
        while (used < kEntries && b.check[used] != 0) ++used;
        if (used == kEntries) {
          b.overflowed = kOverflowed;
          continue;
        }
        b.check[used] = e.check;
        b.span[used] = e.span;
        b.weights[used] = e.weights;
        break;
      }
    }
  }
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
    if (s.check == 0 || s.weights.cls[0] == kDense) continue;
    for (int k = 0; k < kInline; ++k) s.weights.cls[k] = number[s.weights.cls[k]];
  }
  out.build_buckets();
  for (size_t r = 0; r < rows_.size(); r += stride_) {
    for (int c = 0; c < classes_; ++c) out.rows_[r + number[static_cast<size_t>(c)]] = rows_[r + static_cast<size_t>(c)];
  }
  return out;
}

void WeightTable::Weights::set_row(uint32_t r) {
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
    if (s.check == 0 || s.weights.cls[0] == kDense) continue;
    for (int k = 0; k < kInline; ++k) n += s.weights.weight[k] != 0;
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
    table.slots_[i].check = check;
    Weights& s = table.slots_[i].weights;
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
  table.build_buckets();
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

template struct HugePageAllocator<WeightTable::Bucket>;

}  // namespace faultline
