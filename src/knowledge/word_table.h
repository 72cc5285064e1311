// Interned dictionary words: each distinct word (compared without ASCII case) gets a dense id.
// Lookups hash the bytes upper-cased on the fly, so a token is looked up without copying it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/flat_map.h"

namespace faultline {

class WordTable {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  // The id of `word`, adding it (stored upper case) when new.
  uint32_t intern(std::string_view word);
  uint32_t find(std::string_view word) const;
  std::string_view text(uint32_t id) const { return words_[id]; }
  size_t size() const { return words_.size(); }
  size_t memory_bytes() const;

  // The hash lookups use: FNV-1a over the upper-cased bytes.
  static uint64_t hash(std::string_view word);
  // The same hash a byte at a time (hash(w) is hash_step over w's bytes from kHashStart): the
  // hashes of all a word's prefixes in one pass.
  static constexpr uint64_t kHashStart = 1469598103934665603ULL;
  static uint64_t hash_step(uint64_t h, char c) {
    h ^= static_cast<unsigned char>((c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c);
    return h * 1099511628211ULL;
  }

 private:
  static bool same(std::string_view stored_upper, std::string_view word);

  // hash -> first id with that hash; further ids with the same hash are chained through next_.
  FlatMap by_hash_;
  std::vector<std::string> words_;
  std::vector<uint32_t> next_;
};

}  // namespace faultline
