#include "coding/pattern_prefilter.h"

namespace faultline::coding {

void PatternPrefilter::add(WordSet& set, WordId word) {
  const uint64_t bit = (static_cast<uint64_t>(word) * 0x9e3779b97f4a7c15ULL) >> 56;  // 0..255
  set[bit / 64] |= uint64_t{1} << (bit % 64);
}

void PatternPrefilter::add_elements(const Knowledge& knowledge, std::span<const CompiledElement> elements,
                                    WordSet& set) const {
  for (const CompiledElement& e : elements) {
    if (e.kind == PatternElementKind::kWord) {
      add(set, e.value);
    } else if (e.kind == PatternElementKind::kNounPhrase || e.kind == PatternElementKind::kPrepPhrase) {
      add_elements(knowledge, knowledge.children(e), set);
    }
  }
}

PatternPrefilter::PatternPrefilter(const Knowledge& knowledge) : patterns_(knowledge.all_patterns()) {
  pattern_words_.resize(patterns_.size());
  for (size_t i = 0; i < patterns_.size(); ++i) {
    add_elements(knowledge, patterns_[i].pre, pattern_words_[i]);
    add_elements(knowledge, patterns_[i].post, pattern_words_[i]);
  }
}

void PatternPrefilter::set_sentence(std::span<const WordId> words, std::span<const WordId> lemmas) {
  sentence_words_ = {};
  // kNoWord is added too: the matcher compares ids, so the filter must not tell a kNoWord apart.
  for (WordId w : words) add(sentence_words_, w);
  for (WordId w : lemmas) add(sentence_words_, w);
}

bool PatternPrefilter::may_match(const Pattern& pattern) const {
  if (&pattern < patterns_.data() || &pattern >= patterns_.data() + patterns_.size()) return true;
  const WordSet& needed = pattern_words_[static_cast<size_t>(&pattern - patterns_.data())];
  for (size_t k = 0; k < needed.size(); ++k) {
    if (needed[k] & ~sentence_words_[k]) return false;
  }
  return true;
}

}  // namespace faultline::coding
