// An open-addressing hash map from 64-bit keys to 32-bit values, built once and then only read:
// the lookup structure behind word interning and the phrase tries (one probe sequence over one
// array, no allocation on lookup).
#pragma once

#include <cstdint>
#include <vector>

namespace faultline {

class FlatMap {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;

  // Inserts or overwrites.
  void set(uint64_t key, uint32_t value) {
    if ((size_ + 1) * 4 >= slots_.size() * 3) grow();
    size_t i = find_slot(key);
    if (slots_[i].value == kMissing) ++size_;
    slots_[i] = {key, value};
  }

  uint32_t get(uint64_t key) const {
    if (slots_.empty()) return kMissing;
    size_t mask = slots_.size() - 1;
    for (size_t i = mix(key) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.value == kMissing) return kMissing;
      if (s.key == key) return s.value;
    }
  }

  size_t size() const { return size_; }
  size_t memory_bytes() const { return slots_.capacity() * sizeof(Slot); }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = kMissing;
  };

  static uint64_t mix(uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
  }

  size_t find_slot(uint64_t key) const {
    size_t mask = slots_.size() - 1;
    size_t i = mix(key) & mask;
    while (slots_[i].value != kMissing && slots_[i].key != key) i = (i + 1) & mask;
    return i;
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    size_ = 0;
    for (const Slot& s : old) {
      if (s.value != kMissing) {
        slots_[find_slot(s.key)] = s;
        ++size_;
      }
    }
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace faultline
