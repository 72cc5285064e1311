// The tag dictionary of the part-of-speech tagger: frequent words whose training tag is (nearly)
// always the same, with that tag. The tagger gives such a word its tag directly instead of scoring
// it, which skips scoring for about half the tokens of running text at no cost in accuracy (the
// classic shortcut of averaged-perceptron taggers). Built by training (see tools/train) and stored
// in the POS model file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace faultline {

class TagDictionary {
 public:
  struct Entry {
    uint64_t word = 0;  // WordFeatures::word, the hash of the form as written
    uint8_t cls = 0;    // the tagger class
  };

  TagDictionary() = default;
  explicit TagDictionary(std::vector<Entry> entries);

  // The class of the word with hash `word`, or -1 when the word is not in the dictionary.
  int find(uint64_t word) const {
    word = word == 0 ? 1 : word;
    for (size_t i = word & mask_;; i = (i + 1) & mask_) {
      if (keys_[i] == word) return classes_[i];
      if (keys_[i] == 0) return -1;
    }
  }

  const std::vector<Entry>& entries() const { return entries_; }
  bool empty() const { return entries_.empty(); }

 private:
  std::vector<Entry> entries_;
  // Open addressing at load factor <= 1/2; key 0 marks an empty slot (hash 0 is stored as 1).
  std::vector<uint64_t> keys_{0};
  std::vector<uint8_t> classes_{0};
  size_t mask_ = 0;
};

}  // namespace faultline
