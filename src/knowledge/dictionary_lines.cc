#include "knowledge/dictionary_lines.h"

namespace faultline {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\f' || s.front() == '\v')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\f' || s.back() == '\v')) s.remove_suffix(1);
  return s;
}

std::string_view strip_hash_comment(std::string_view line, std::string_view* comment) {
  // A '#' inside [...] belongs to a code (TABARI's discard code "[###]"), not a comment.
  size_t hash = std::string_view::npos;
  int depth = 0;
  for (size_t i = 0; i < line.size() && hash == std::string_view::npos; ++i) {
    if (line[i] == '[') ++depth;
    else if (line[i] == ']' && depth > 0) --depth;
    else if (line[i] == '#' && depth == 0) hash = i;
  }
  if (hash == std::string_view::npos) {
    if (comment) *comment = {};
    return line;
  }
  if (comment) *comment = trim(line.substr(hash + 1));
  return line.substr(0, hash);
}

std::string to_upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

Phrase split_phrase(std::string_view text) {
  Phrase words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '_')) ++i;
    size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '_') ++i;
    if (i > start) words.push_back(to_upper(text.substr(start, i - start)));
  }
  return words;
}

std::string join_phrase(const Phrase& phrase, char separator) {
  std::string out;
  for (const std::string& w : phrase) {
    if (!out.empty()) out += separator;
    out += w;
  }
  return out;
}

}  // namespace faultline
