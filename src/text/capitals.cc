#include "text/capitals.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace faultline {

bool written_in_capitals(const Document& doc, std::span<const Token> tokens) {
  uint32_t words = 0, capitals = 0;
  for (const Token& t : tokens) {
    const std::string_view w = doc.view(t.span);
    if (w.size() < 2 || !std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) {
      continue;
    }
    ++words;
    capitals += std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }
  return words > 0 && capitals * 2 > words;
}

}  // namespace faultline
