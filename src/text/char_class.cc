#include "text/char_class.h"

#include <utf8proc.h>

namespace faultline {
namespace detail {

// '_' counts as a letter so that identifiers and @handles stay whole.
const uint8_t kAsciiClass[128] = {
    3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 3, 3,  // \t \n \v \f \r are space
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,  //
    0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,  // space ! " # $ % & ' ( ) * + , - . /
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3,  // 0-9 : ; < = > ?
    3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  // @ A-O
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 1,  // P-Z [ \ ] ^ _
    3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  // ` a-o
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3,  // p-z { | } ~ DEL
};

}  // namespace detail

namespace {

bool is_unicode_space(char32_t cp) {
  switch (cp) {
    case 0x0085: case 0x00A0: case 0x1680: case 0x200B: case 0x200E: case 0x200F: case 0x2028:
    case 0x2029: case 0x202F: case 0x205F: case 0x2060: case 0x3000: case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

}  // namespace

CodePoint decode_utf8(std::string_view text, size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  unsigned char b0 = s[pos];
  if (b0 < 0x80) return {b0, 1};
  uint32_t length;
  char32_t cp;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    cp = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    cp = b0 & 0x07;
  } else {
    return {kInvalidCodePoint, 1};
  }
  if (pos + length > n) return {kInvalidCodePoint, 1};
  for (uint32_t i = 1; i < length; ++i) {
    unsigned char b = s[pos + i];
    if ((b & 0xC0) != 0x80) return {kInvalidCodePoint, 1};
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, length};
}

CharClass classify(char32_t cp) {
  if (cp < 0x80) return classify_ascii(static_cast<unsigned char>(cp));
  if (cp == kInvalidCodePoint || cp > 0x10FFFF) return CharClass::kSymbol;
  if (is_unicode_space(cp)) return CharClass::kSpace;
  // Joiners and the soft hyphen sit inside words (Indic scripts, emoji sequences, hyphenation).
  if (cp == 0x200C || cp == 0x200D || cp == 0x00AD) return CharClass::kLetter;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
      return CharClass::kLetter;
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
      return CharClass::kSpace;
    default:
      return CharClass::kSymbol;
  }
}

size_t whitespace_length(std::string_view text, size_t pos) {
  auto b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) return detail::kAsciiClass[b] == 0 ? 1 : 0;
  // Every non-ASCII whitespace character starts with one of these lead bytes.
  if (b != 0xC2 && b != 0xE1 && b != 0xE2 && b != 0xE3 && b != 0xEF) return 0;
  CodePoint cp = decode_utf8(text, pos);
  if (cp.value == kInvalidCodePoint) return 0;
  return classify(cp.value) == CharClass::kSpace ? cp.length : 0;
}

bool whitespace_before(std::string_view text, size_t pos) {
  if (pos == 0) return false;
  auto last = static_cast<unsigned char>(text[pos - 1]);
  if (last < 0x80) return detail::kAsciiClass[last] == 0;
  // Walk back to the lead byte of the last code point (at most 3 continuation bytes).
  size_t start = pos - 1;
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return whitespace_length(text, start) == pos - start;
}

}  // namespace faultline
