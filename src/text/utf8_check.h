// Checking that text is valid UTF-8 without NUL bytes, and saying exactly where it is not.
//
// The common case (valid text) costs one SIMD pass (simdjson::validate_utf8) and one memchr; only
// invalid text is walked byte by byte to find the first bad byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace faultline {

struct TextProblem {
  enum class Kind { kNone, kInvalidUtf8, kNulByte };
  Kind kind = Kind::kNone;
  size_t offset = 0;        // of the first bad byte in the checked text
  unsigned char byte = 0;   // its value
  explicit operator bool() const { return kind != Kind::kNone; }
  const char* reason() const;  // the ReadIssue category: "invalid UTF-8" or "NUL byte"
};

TextProblem find_text_problem(std::string_view text);

// 1-based line and column (in bytes) of offset within text.
struct LineColumn {
  uint64_t line = 1;
  uint64_t column = 1;
};
LineColumn locate(std::string_view text, size_t offset);

// Number of '\n' in text, at memchr speed.
uint64_t count_newlines(std::string_view text);

// "bad byte 0xC3 at line 3, column 7 (byte offset 1234)", with line and offset counted from
// first_line and base_offset (where text starts within its file).
std::string describe_text_problem(const TextProblem& problem, std::string_view text,
                                  uint64_t first_line = 1, uint64_t base_offset = 0);

// Offset of the first XML character reference to NUL ("&#0;", "&#x00;") in markup, or npos.
// XML forbids them, but pugixml decodes one into a NUL that silently ends the string it is in.
size_t find_nul_character_reference(std::string_view markup);

// Drops a leading UTF-8 byte-order mark; returns its length (0 or 3).
size_t utf8_bom_length(std::string_view text);

}  // namespace faultline
