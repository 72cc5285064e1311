// A short, fixed list of lower-case words that the date and place scanners test tokens against
// (ASCII case ignored, as same_word). A bit per (first byte, length) of the list's words is looked
// at first: nearly every token has no word of its shape in the list and is done at one load,
// before any comparison. Words must be shorter than 32 bytes.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "time/temporal_words.h"

namespace faultline {

template <size_t N>
class WordList {
 public:
  constexpr explicit WordList(const std::array<std::string_view, N>& words) : words_(words) {
    for (std::string_view w : words_) shapes_[shape_of(w[0])] |= uint32_t{1} << w.size();
  }

  // The index of `token` in the list, or -1.
  int find(std::string_view token) const {
    if (token.empty() || token.size() >= 32 || !((shapes_[shape_of(token[0])] >> token.size()) & 1)) return -1;
    for (size_t i = 0; i < N; ++i) {
      if (same_word(token, words_[i])) return static_cast<int>(i);
    }
    return -1;
  }
  bool contains(std::string_view token) const { return find(token) >= 0; }

 private:
  // The first byte lower-cased, folded to 32 classes (letters have one each).
  static constexpr size_t shape_of(char c) {
    const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return static_cast<unsigned char>(lower) & 31u;
  }

  std::array<std::string_view, N> words_;
  std::array<uint32_t, 32> shapes_{};
};

}  // namespace faultline
