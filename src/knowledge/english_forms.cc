#include "knowledge/english_forms.h"

namespace faultline {
namespace {

bool is_vowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool needs_es(std::string_view w) {
  return ends_with(w, "S") || ends_with(w, "X") || ends_with(w, "Z") || ends_with(w, "CH") || ends_with(w, "SH");
}

bool consonant_y(std::string_view w) { return w.size() >= 2 && w.back() == 'Y' && !is_vowel(w[w.size() - 2]); }

// One-syllable words ending consonant-vowel-consonant double the consonant: TAP -> TAPPED.
bool doubles_final_consonant(std::string_view w) {
  if (w.size() < 3) return false;
  char last = w.back(), mid = w[w.size() - 2], before = w[w.size() - 3];
  if (is_vowel(last) || last == 'W' || last == 'X' || last == 'Y' || !is_vowel(mid) || is_vowel(before)) return false;
  size_t vowels = 0;
  for (char c : w) vowels += is_vowel(c) ? 1 : 0;
  return vowels == 1;
}

}  // namespace

std::string regular_plural(std::string_view noun) {
  std::string w(noun);
  if (w.empty()) return w;
  if (consonant_y(w)) return w.substr(0, w.size() - 1) + "IES";
  if (needs_es(w)) return w + "ES";
  return w + "S";
}

std::vector<std::string> regular_verb_forms(std::string_view verb) {
  std::string w(verb);
  std::vector<std::string> forms;
  if (w.empty()) return forms;
  if (consonant_y(w)) {
    std::string stem = w.substr(0, w.size() - 1);
    forms = {stem + "IES", stem + "IED", w + "ING"};
  } else if (needs_es(w)) {
    forms = {w + "ES", w + "ED", w + "ING"};
  } else if (w.back() == 'E') {
    std::string stem = w.substr(0, w.size() - 1);
    bool keep_e = ends_with(w, "EE") || ends_with(w, "OE") || ends_with(w, "YE");
    std::string ing = ends_with(w, "IE") ? w.substr(0, w.size() - 2) + "YING" : (keep_e ? w : stem) + "ING";
    forms = {w + "S", w + "D", ing};
  } else if (doubles_final_consonant(w)) {
    std::string doubled = w + w.back();
    forms = {w + "S", doubled + "ED", doubled + "ING"};
  } else {
    forms = {w + "S", w + "ED", w + "ING"};
  }
  return forms;
}

}  // namespace faultline
