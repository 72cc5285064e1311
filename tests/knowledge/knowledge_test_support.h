// Helpers for the knowledge tests: dictionaries from strings, word spans from sentences.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/dictionary_files.h"
#include "knowledge/knowledge.h"

namespace faultline::testing {

// Reads `text` as a dictionary of `kind` named `name`, into `set`.
inline void read_text(DictionarySet& set, Diagnostics& d, std::string_view text, const std::string& name,
                      DictionaryKind kind = DictionaryKind::kUnknown) {
  Status s = read_dictionary_text(text, name, kind, set, d);
  ASSERT_TRUE(s.ok()) << s.message();
}

// WordIds of the blank-separated words of `sentence`.
inline std::vector<WordId> words_of(const Knowledge& k, std::string_view sentence) {
  std::vector<WordId> out;
  size_t i = 0;
  while (i < sentence.size()) {
    while (i < sentence.size() && sentence[i] == ' ') ++i;
    size_t start = i;
    while (i < sentence.size() && sentence[i] != ' ') ++i;
    if (i > start) out.push_back(k.word(sentence.substr(start, i - start)));
  }
  return out;
}

inline std::string messages(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d.all()) out += x.to_string() + "\n";
  return out;
}

}  // namespace faultline::testing
