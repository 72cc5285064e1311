// DateKey parsing: the day forms dictionaries and documents use, checked against the calendar.
#include <cstdio>

#include "knowledge/knowledge.h"

namespace faultline {
namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int number(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

DateKey make(int y, int m, int d) {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return kUnknownDate;
  return y * 10000 + m * 100 + d;
}

}  // namespace

DateKey date_key(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  // ISO: YYYY-MM-DD, optionally followed by a time.
  if (text.size() >= 10 && text[4] == '-' && text[7] == '-' && all_digits(text.substr(0, 4)) &&
      all_digits(text.substr(5, 2)) && all_digits(text.substr(8, 2))) {
    if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return kUnknownDate;
    return make(number(text.substr(0, 4)), number(text.substr(5, 2)), number(text.substr(8, 2)));
  }
  if (!all_digits(text)) return kUnknownDate;
  if (text.size() == 8) return make(number(text.substr(0, 4)), number(text.substr(4, 2)), number(text.substr(6, 2)));
  if (text.size() == 6) {
    // PETRARCH and TABARI read two-digit years 00-30 as 20YY, the rest as 19YY.
    int yy = number(text.substr(0, 2));
    return make(yy <= 30 ? 2000 + yy : 1900 + yy, number(text.substr(2, 2)), number(text.substr(4, 2)));
  }
  return kUnknownDate;
}

std::string date_key_to_iso(DateKey date) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date / 10000, date / 100 % 100, date % 100);
  return buf;
}

}  // namespace faultline
