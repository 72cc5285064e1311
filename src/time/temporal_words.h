// The words temporal expressions are made of: month and weekday names, day numbers, years,
// counts, and the cues that tell past from future reporting. All comparisons ignore ASCII case
// unless a function says it needs a capital (month and weekday names must be capitalised, so that
// "may" and "march" stay verbs).
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

namespace faultline {

// Inline: the date and place scanners call it for every token against short word lists, and
// most calls end at the length test.
inline bool same_word(std::string_view token, std::string_view lower_word) {
  if (token.size() != lower_word.size()) return false;
  for (size_t i = 0; i < token.size(); ++i) {
    const char c = token[i];
    if (((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c) != lower_word[i]) return false;
  }
  return true;
}
bool starts_upper(std::string_view token);

// "January", "Jan", "Jan.", "Sept." -> 1..12 (capitalised only).
std::optional<unsigned> month_name(std::string_view token);
// "Monday".."Sunday" (capitalised only).
std::optional<std::chrono::weekday> weekday_name(std::string_view token);
// "7", "07", "7th", "1st", "22nd" -> 1..31.
std::optional<unsigned> day_number(std::string_view token);
// Four digits in 1800..2199.
std::optional<int> year_number(std::string_view token);
// "a", "an", "one".."twelve", or digits 1..999.
std::optional<int> count_word(std::string_view token);
// "morning", "afternoon", "evening", "night".
bool part_of_day(std::string_view token);

// A word that names a time and never an actor: a month or weekday name, "today", "tonight",
// "week", "weekend", "year", a part of the day.
bool time_noun(std::string_view token);

// Words after which an expression does not say when the event happened.
bool bounding_word(std::string_view token);
// Words before a bare month or year that make it a date ("in July", "during 2008").
bool month_or_year_introducer(std::string_view token);
// Modal verbs and words that put the reported action after the publication date.
bool future_cue(std::string_view token);

}  // namespace faultline
