// Line-level reading shared by the dictionary readers: numbered lines of a file held in memory,
// comment stripping and phrase splitting.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/dictionary_model.h"

namespace faultline {

// Calls fn(line_number, line) for every line of `text` (1-based, without "\n" or "\r\n").
template <typename Fn>
void for_each_line(std::string_view text, Fn&& fn) {
  uint32_t number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(++number, line);
    pos = end + 1;
  }
}

std::string_view trim(std::string_view s);

// The line without its '#' comment; `comment` (if given) receives the comment text after '#'.
std::string_view strip_hash_comment(std::string_view line, std::string_view* comment = nullptr);

// Splits a PETRARCH phrase string on blanks and '_' into upper-cased words ("Kosovo_Assembly" ->
// KOSOVO, ASSEMBLY).
Phrase split_phrase(std::string_view text);

// Concatenates its arguments. Messages are built with it rather than chains of operator+, on
// which gcc 12 reports false -Wrestrict errors.
template <typename... Parts>
std::string cat(const Parts&... parts) {
  std::string out;
  (out.append(std::string_view(parts)), ...);
  return out;
}

std::string to_upper(std::string_view s);
std::string to_lower(std::string_view s);
std::string join_phrase(const Phrase& phrase, char separator = ' ');

}  // namespace faultline
