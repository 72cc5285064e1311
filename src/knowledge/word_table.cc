#include "knowledge/word_table.h"

namespace faultline {
namespace {
inline char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
}  // namespace

uint64_t WordTable::hash(std::string_view word) {
  uint64_t h = kHashStart;
  for (char c : word) h = hash_step(h, c);
  return h;
}

bool WordTable::same(std::string_view stored_upper, std::string_view word) {
  if (stored_upper.size() != word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (stored_upper[i] != upper(word[i])) return false;
  }
  return true;
}

uint32_t WordTable::find(std::string_view word) const {
  for (uint32_t id = by_hash_.get(hash(word)); id != FlatMap::kMissing; id = next_[id]) {
    if (same(words_[id], word)) return id;
  }
  return kNone;
}

uint32_t WordTable::intern(std::string_view word) {
  uint64_t h = hash(word);
  uint32_t head = by_hash_.get(h);
  for (uint32_t id = head; id != FlatMap::kMissing; id = next_[id]) {
    if (same(words_[id], word)) return id;
  }
  uint32_t id = static_cast<uint32_t>(words_.size());
  std::string stored(word);
  for (char& c : stored) c = upper(c);
  words_.push_back(std::move(stored));
  next_.push_back(head);
  by_hash_.set(h, id);
  return id;
}

size_t WordTable::memory_bytes() const {
  size_t n = by_hash_.memory_bytes() + words_.capacity() * sizeof(std::string) + next_.capacity() * 4;
  for (const std::string& w : words_) n += w.capacity() > 15 ? w.capacity() + 1 : 0;
  return n;
}

}  // namespace faultline
