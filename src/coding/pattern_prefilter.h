// Which verb patterns a sentence can match at all, judged by their words. Every word element of a
// pattern (inside its noun and prepositional phrases too) must equal the form or the lemma of some
// token of the sentence, so a pattern naming a word the sentence lacks cannot match and need not
// be tried; most of a verb's patterns are such. Words are folded into a 256-bit set, so the test
// is sure in one direction only: "cannot match" is certain, "may match" is not.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "knowledge/knowledge.h"

namespace faultline::coding {

class PatternPrefilter {
 public:
  // Folds the words of every pattern of `knowledge` (which must outlive the filter).
  explicit PatternPrefilter(const Knowledge& knowledge);

  // The sentence's forms and lemmas as dictionary words (kNoWord where none).
  void set_sentence(std::span<const WordId> words, std::span<const WordId> lemmas);
  // False when `pattern` (one of the knowledge's) cannot match the sentence.
  bool may_match(const Pattern& pattern) const;

 private:
  using WordSet = std::array<uint64_t, 4>;
  static void add(WordSet& set, WordId word);
  void add_elements(const Knowledge& knowledge, std::span<const CompiledElement> elements, WordSet& set) const;

  std::span<const Pattern> patterns_;
  std::vector<WordSet> pattern_words_;  // by index in patterns_
  WordSet sentence_words_{};
};

}  // namespace faultline::coding
