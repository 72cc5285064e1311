#include "text/utf8_check.h"

#include <simdjson.h>

#include <cstdio>
#include <cstring>

namespace faultline {
namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 if it is invalid (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF).
size_t valid_sequence_length(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  auto cont = [&](size_t k) { return k < s.size() && (at(k) & 0xC0) == 0x80; };
  unsigned char c = at(i);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    unsigned char c1 = at(i + 1);
    if (c == 0xE0 && c1 < 0xA0) return 0;  // overlong
    if (c == 0xED && c1 > 0x9F) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    unsigned char c1 = at(i + 1);
    if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
    if (c == 0xF4 && c1 > 0x8F) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

const char* TextProblem::reason() const {
  switch (kind) {
    case Kind::kNone: return "";
    case Kind::kInvalidUtf8: return "invalid UTF-8";
    case Kind::kNulByte: return "NUL byte";
  }
  return "";
}

TextProblem find_text_problem(std::string_view text) {
  TextProblem problem;
  if (text.empty()) return problem;
  const void* nul = std::memchr(text.data(), 0, text.size());
  size_t nul_at = nul ? static_cast<size_t>(static_cast<const char*>(nul) - text.data()) : text.size();
  if (!simdjson::validate_utf8(text.data(), text.size())) {
    for (size_t i = 0; i < nul_at;) {
      size_t n = valid_sequence_length(text, i);
      if (n == 0) {
        problem.kind = TextProblem::Kind::kInvalidUtf8;
        problem.offset = i;
        problem.byte = static_cast<unsigned char>(text[i]);
        return problem;
      }
      i += n;
    }
  }
  if (nul) {
    problem.kind = TextProblem::Kind::kNulByte;
    problem.offset = nul_at;
  }
  return problem;
}

uint64_t count_newlines(std::string_view text) {
  uint64_t n = 0;
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    const void* nl = std::memchr(p, '\n', static_cast<size_t>(end - p));
    if (!nl) break;
    ++n;
    p = static_cast<const char*>(nl) + 1;
  }
  return n;
}

LineColumn locate(std::string_view text, size_t offset) {
  std::string_view before = text.substr(0, offset);
  LineColumn lc;
  lc.line = 1 + count_newlines(before);
  size_t last_nl = before.rfind('\n');
  lc.column = 1 + (last_nl == std::string_view::npos ? offset : offset - last_nl - 1);
  return lc;
}

std::string describe_text_problem(const TextProblem& problem, std::string_view text,
                                  uint64_t first_line, uint64_t base_offset) {
  LineColumn lc = locate(text, problem.offset);
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned>(problem.byte));
  std::string what = problem.kind == TextProblem::Kind::kNulByte
                         ? std::string("NUL byte")
                         : std::string("first bad byte ") + byte;
  return what + " at line " + std::to_string(first_line + lc.line - 1) + ", column " +
         std::to_string(lc.column) + " (byte offset " + std::to_string(base_offset + problem.offset) +
         ")";
}

size_t find_nul_character_reference(std::string_view markup) {
  for (size_t at = markup.find("&#"); at != std::string_view::npos; at = markup.find("&#", at + 2)) {
    size_t i = at + 2;
    bool hex = i < markup.size() && (markup[i] == 'x' || markup[i] == 'X');
    if (hex) ++i;
    size_t digits = i;
    while (i < markup.size() && markup[i] == '0') ++i;
    if (i > digits && i < markup.size() && markup[i] == ';') return at;
  }
  return std::string_view::npos;
}

size_t utf8_bom_length(std::string_view text) {
  return text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

}  // namespace faultline
