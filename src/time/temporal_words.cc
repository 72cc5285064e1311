#include "time/temporal_words.h"

#include <array>

#include "time/word_list.h"

namespace faultline {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads all-digit text; nullopt for anything else or more than 6 digits.
std::optional<int> digits(std::string_view s) {
  if (s.empty() || s.size() > 6) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (!is_digit(c)) return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

bool starts_upper(std::string_view token) { return !token.empty() && token[0] >= 'A' && token[0] <= 'Z'; }

std::optional<unsigned> month_name(std::string_view token) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  static constexpr WordList<12> kFullList(kFull);
  if (!starts_upper(token)) return std::nullopt;
  if (const int m = kFullList.find(token); m >= 0) return static_cast<unsigned>(m) + 1;
  // Abbreviations: the first three letters ("Sept" too), with or without a full stop. "May" has
  // no abbreviation; "Mar"/"Jun"/"Jul" are only read as months with a day or year after them,
  // which the caller ensures.
  std::string_view stem = token;
  if (stem.ends_with('.')) stem.remove_suffix(1);
  if (same_word(stem, "sept")) return 9;
  if (stem.size() != 3) return std::nullopt;
  for (unsigned m = 0; m < 12; ++m) {
    if (m != 4 && same_word(stem, kFull[m].substr(0, 3))) return m + 1;
  }
  return std::nullopt;
}

std::optional<std::chrono::weekday> weekday_name(std::string_view token) {
  static constexpr WordList<7> kNames(
      {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"});
  if (!starts_upper(token)) return std::nullopt;
  if (const int d = kNames.find(token); d >= 0) return std::chrono::weekday{static_cast<unsigned>(d)};
  return std::nullopt;
}

std::optional<unsigned> day_number(std::string_view token) {
  std::string_view number = token;
  if (number.size() > 2) {
    std::string_view suffix = number.substr(number.size() - 2);
    if (same_word(suffix, "st") || same_word(suffix, "nd") || same_word(suffix, "rd") ||
        same_word(suffix, "th")) {
      number.remove_suffix(2);
    }
  }
  if (number.size() > 2) return std::nullopt;
  auto v = digits(number);
  if (!v || *v < 1 || *v > 31) return std::nullopt;
  return static_cast<unsigned>(*v);
}

std::optional<int> year_number(std::string_view token) {
  if (token.size() != 4) return std::nullopt;
  auto v = digits(token);
  if (!v || *v < 1800 || *v > 2199) return std::nullopt;
  return v;
}

std::optional<int> count_word(std::string_view token) {
  static constexpr std::array<std::string_view, 12> kWords = {
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
  if (same_word(token, "a") || same_word(token, "an")) return 1;
  for (int n = 0; n < 12; ++n) {
    if (same_word(token, kWords[n])) return n + 1;
  }
  if (token.size() > 3) return std::nullopt;
  auto v = digits(token);
  if (!v || *v < 1) return std::nullopt;
  return v;
}

bool part_of_day(std::string_view token) {
  static constexpr WordList<4> kParts({"morning", "afternoon", "evening", "night"});
  return kParts.contains(token);
}

bool time_noun(std::string_view token) {
  static constexpr WordList<16> kWords({
      "today",   "tonight", "yesterday", "tomorrow", "day",    "days",   "week",   "weeks",
      "weekend", "month",   "months",    "year",     "years",  "hour",   "hours",  "decade"});
  return kWords.contains(token) || part_of_day(token) || month_name(token) || weekday_name(token);
}

bool bounding_word(std::string_view token) {
  static constexpr WordList<7> kWords({"since", "until", "till", "by", "before", "after", "beyond"});
  return kWords.contains(token);
}

bool month_or_year_introducer(std::string_view token) {
  static constexpr WordList<13> kWords({
      "in",     "during", "since", "until", "till",       "by",  "before",
      "after",  "from",   "through", "throughout", "of", "to"});
  return kWords.contains(token);
}

bool future_cue(std::string_view token) {
  static constexpr WordList<14> kWords({
      "will",     "shall",    "'ll",  "wo",      "would",   "scheduled", "due",
      "upcoming", "expected", "plans", "planned", "intends", "tomorrow",  "next"});
  return kWords.contains(token);
}

}  // namespace faultline
