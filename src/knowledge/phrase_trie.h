// A trie over word ids: phrases (sequences of WordIds) to a value, with longest-match lookup.
// Transitions live in one FlatMap keyed by (node, word), so a trie of 100,000 phrases is one array.
// The coder asks it at nearly every token of every sentence and nearly every answer is "none":
// a bit per word that begins some phrase (under any root) answers those without a probe.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "knowledge/flat_map.h"

namespace faultline {

class PhraseTrie {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  PhraseTrie() { values_.push_back(kNone); }

  // A new root (an independent set of phrases in the same trie); the first root is 0.
  uint32_t add_root() {
    values_.push_back(kNone);
    return static_cast<uint32_t>(values_.size() - 1);
  }

  // Sets the value at the end of `phrase` below `root`; returns the previous value (kNone if new).
  uint32_t insert(std::span<const uint32_t> phrase, uint32_t value, uint32_t root = 0) {
    if (!phrase.empty()) note_first_word(phrase.front());
    uint32_t node = root;
    for (uint32_t w : phrase) {
      uint64_t key = (static_cast<uint64_t>(node) << 32) | w;
      uint32_t next = edges_.get(key);
      if (next == FlatMap::kMissing) {
        next = static_cast<uint32_t>(values_.size());
        values_.push_back(kNone);
        edges_.set(key, next);
      }
      node = next;
    }
    uint32_t old = values_[node];
    values_[node] = value;
    return old;
  }

  struct Match {
    uint32_t value = kNone;
    uint32_t length = 0;
  };

  // The longest phrase below `root` that starts at words[pos].
  Match longest(std::span<const uint32_t> words, size_t pos, uint32_t root = 0) const {
    Match best;
    if (pos >= words.size() || !may_begin_phrase(words[pos])) return best;
    uint32_t node = root;
    for (size_t i = pos; i < words.size(); ++i) {
      if (words[i] == kNone) break;
      uint32_t next = edges_.get((static_cast<uint64_t>(node) << 32) | words[i]);
      if (next == FlatMap::kMissing) break;
      node = next;
      if (values_[node] != kNone) best = {values_[node], static_cast<uint32_t>(i - pos + 1)};
    }
    return best;
  }

  // False when no phrase under any root begins with `word` (kNone included); true may be either.
  bool may_begin_phrase(uint32_t word) const {
    const size_t block = word / 64;
    return block < first_words_.size() && ((first_words_[block] >> (word % 64)) & 1);
  }

  size_t memory_bytes() const {
    return edges_.memory_bytes() + values_.capacity() * 4 + first_words_.capacity() * 8;
  }

 private:
  void note_first_word(uint32_t word) {
    if (word == kNone) return;
    const size_t block = word / 64;
    if (block >= first_words_.size()) first_words_.resize(block + 1, 0);
    first_words_[block] |= uint64_t{1} << (word % 64);
  }

  FlatMap edges_;
  std::vector<uint32_t> values_;  // per node
  std::vector<uint64_t> first_words_;  // bit w: some phrase begins with word w
};

}  // namespace faultline
