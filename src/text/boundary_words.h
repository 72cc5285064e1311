// The small word lists that decide where tokens and sentences end: abbreviations that keep their
// period, words that typically open a sentence, and words a line cannot end on when it continues
// on the next line.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace faultline {

enum class AbbreviationKind : uint8_t {
  kNone = 0,
  kTitle,         // Mr. Gen. Sen. St.: a name follows, so the period never ends a sentence
  kBeforeNumber,  // No. Art. Vol.: an abbreviation only when a number follows ("No. 5")
  kMonth,         // Dec. Sept.: never ends a sentence before a day number
  kGeneral,       // Inc. Ltd. Calif. etc.: may end a sentence when the next word clearly starts one
};

class BoundaryWords {
 public:
  BoundaryWords();

  // `word` without its period ("Gen", "Calif", "etc"). Capitalised forms of lower-case entries
  // ("Etc") are found too.
  AbbreviationKind abbreviation(std::string_view word) const;
  // Capitalised words that usually open a sentence ("The", "But", "He"): after an ambiguous
  // abbreviation ("in the U.S. The talks") they mark a boundary.
  bool is_sentence_starter(std::string_view word) const;
  // Function words as written in running text ("the", "of", "and"; case-sensitive, so a Title Case
  // headline ending "Without Deal" is not one): a line ending on one continues on the next line
  // even when that line starts with a capital ("talks with\nPresident Vucic").
  bool is_continuation(std::string_view word) const;

 private:
  std::unordered_map<std::string_view, AbbreviationKind> abbreviations_;
  std::unordered_set<std::string_view> starters_;
  std::unordered_set<std::string_view> continuations_;
};

}  // namespace faultline
