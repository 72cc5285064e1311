#include "place/name_folding.h"

#include <utf8proc.h>
#include <xxhash.h>

namespace faultline {
namespace {

void append_codepoint(utf8proc_int32_t cp, std::string& out) {
  utf8proc_uint8_t buffer[4];
  const utf8proc_ssize_t n = utf8proc_encode_char(cp, buffer);
  out.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(n));
}

// Letters without a decomposition that English spelling replaces by a plain letter.
utf8proc_int32_t plain_letter(utf8proc_int32_t cp) {
  switch (cp) {
    case 0x0110: case 0x0111: return 'd';  // Đ đ
    case 0x0141: case 0x0142: return 'l';  // Ł ł
    case 0x00D8: case 0x00F8: return 'o';  // Ø ø
    case 0x0131: return 'i';               // ı
    case 0x0126: case 0x0127: return 'h';  // Ħ ħ
    case 0x2018: case 0x2019: case 0x02BC: case 0x02BB: return '\'';
    default: return cp;
  }
}

}  // namespace

void append_folded_name(std::string_view name, std::string& out) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(name.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(name.size());
  while (left > 0) {
    if (*p < 0x80) {
      // A run of ASCII is lower-cased in one resize rather than a push_back (and its capacity
      // test) per byte: the place scanner folds every capitalised span of every document.
      utf8proc_ssize_t run = 1;
      while (run < left && p[run] < 0x80) ++run;
      const size_t at = out.size();
      out.resize(at + static_cast<size_t>(run));
      char* dst = out.data() + at;
      for (utf8proc_ssize_t k = 0; k < run; ++k) {
        const char c = static_cast<char>(p[k]);
        dst[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      }
      p += run;
      left -= run;
      continue;
    }
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {  // invalid UTF-8 cannot come from a validated document; keep the byte
      out.push_back(static_cast<char>(*p));
      ++p;
      --left;
      continue;
    }
    p += n;
    left -= n;
    cp = plain_letter(cp);
    utf8proc_int32_t parts[8];
    int boundclass = UTF8PROC_BOUNDCLASS_START;
    const utf8proc_ssize_t count = utf8proc_decompose_char(
        cp, parts, 8,
        static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD |
                                       UTF8PROC_COMPAT),
        &boundclass);
    if (count <= 0 || count > 8) {
      append_codepoint(cp, out);
      continue;
    }
    for (utf8proc_ssize_t k = 0; k < count; ++k) append_codepoint(plain_letter(parts[k]), out);
  }
}

uint64_t folded_name_key(std::string_view folded) { return XXH3_64bits(folded.data(), folded.size()); }

}  // namespace faultline
