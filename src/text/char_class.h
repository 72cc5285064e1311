// Character classes the tokenizer and segmenter decide on: UTF-8 decoding that never fails, and
// which code points are whitespace, word characters or symbols.
//
// The ASCII path is a table lookup; only bytes >= 0x80 decode a code point and (for letters and
// symbols outside the few punctuation marks handled by name) ask utf8proc for its category.
// Invalid UTF-8 decodes as a one-byte kInvalidCodePoint, which classifies as a symbol, so any
// byte string can be scanned.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace faultline {

inline constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

struct CodePoint {
  char32_t value = kInvalidCodePoint;
  uint32_t length = 1;  // bytes it occupies in the text, >= 1
};

// Decodes the code point starting at text[pos] (pos < text.size()).
CodePoint decode_utf8(std::string_view text, size_t pos);

enum class CharClass : uint8_t {
  kSpace,   // separates tokens; never part of one
  kLetter,  // letters and combining marks (and the joiners that live inside words)
  kDigit,   // decimal digits and other numeric characters
  kSymbol,  // punctuation, symbols, invalid bytes: each forms its own token (or run)
};

CharClass classify(char32_t cp);

namespace detail {
// 0 = space, 1 = letter, 2 = digit, 3 = symbol; indexed by ASCII byte.
extern const uint8_t kAsciiClass[128];
}  // namespace detail

inline CharClass classify_ascii(unsigned char c) { return static_cast<CharClass>(detail::kAsciiClass[c]); }

// Bytes of the whitespace character starting at text[pos], or 0 when it is not whitespace.
// Whitespace: ASCII space and controls \t \n \v \f \r, U+0085, U+00A0, U+1680, U+2000-U+200B,
// U+2028, U+2029, U+202F, U+205F, U+2060, U+3000, U+FEFF and the direction marks U+200E/U+200F.
size_t whitespace_length(std::string_view text, size_t pos);

// True when text[0, pos) ends with a whitespace character (false at pos == 0).
bool whitespace_before(std::string_view text, size_t pos);

inline bool is_ascii_alnum(unsigned char c) {
  return c < 128 && (detail::kAsciiClass[c] == 1 || detail::kAsciiClass[c] == 2);
}
inline bool is_ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

}  // namespace faultline
