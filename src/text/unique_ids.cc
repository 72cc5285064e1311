#include "text/unique_ids.h"

#include <xxhash.h>

namespace faultline {
namespace {

uint64_t hash_of(std::string_view s) {
  uint64_t h = XXH3_64bits(s.data(), s.size());
  return h == 0 ? 1 : h;
}

}  // namespace

std::string UniqueIds::claim(std::string_view id) {
  if (insert(hash_of(id))) return std::string(id);
  for (uint64_t n = 2;; ++n) {
    std::string candidate = std::string(id) + "~" + std::to_string(n);
    if (insert(hash_of(candidate))) return candidate;
  }
}

bool UniqueIds::insert(uint64_t hash) {
  if ((size_ + 1) * 2 > slots_.size()) grow();
  size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    if (slots_[i] == hash) return false;
    if (slots_[i] == 0) {
      slots_[i] = hash;
      ++size_;
      return true;
    }
  }
}

void UniqueIds::grow() {
  std::vector<uint64_t> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
  size_t mask = slots_.size() - 1;
  for (uint64_t h : old) {
    if (h == 0) continue;
    size_t i = h & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = h;
  }
}

}  // namespace faultline
