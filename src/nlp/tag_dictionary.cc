#include "nlp/tag_dictionary.h"

#include <bit>

namespace faultline {

TagDictionary::TagDictionary(std::vector<Entry> entries) : entries_(std::move(entries)) {
  const size_t capacity = std::bit_ceil(entries_.size() * 2 + 2);
  keys_.assign(capacity, 0);
  classes_.assign(capacity, 0);
  mask_ = capacity - 1;
  for (const Entry& e : entries_) {
    const uint64_t key = e.word == 0 ? 1 : e.word;
    size_t i = key & mask_;
    while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & mask_;
    if (keys_[i] == key) continue;  // the first entry of a word wins
    keys_[i] = key;
    classes_[i] = e.cls;
  }
}

}  // namespace faultline
