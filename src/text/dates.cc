#include "text/dates.h"

#include <array>
#include <cstdio>
#include <optional>

namespace faultline {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// A left-to-right reader over the date text.
struct Cursor {
  std::string_view s;
  size_t i = 0;

  bool done() const { return i >= s.size(); }
  char peek() const { return done() ? '\0' : s[i]; }
  bool eat(char c) {
    if (peek() != c) return false;
    ++i;
    return true;
  }
  void skip_spaces() {
    while (!done() && (s[i] == ' ' || s[i] == '\t')) ++i;
  }
  // Exactly n digits.
  std::optional<int> digits(size_t n) {
    if (i + n > s.size()) return std::nullopt;
    int v = 0;
    for (size_t k = 0; k < n; ++k) {
      if (!is_digit(s[i + k])) return std::nullopt;
      v = v * 10 + (s[i + k] - '0');
    }
    i += n;
    return v;
  }
  // One to max_n digits.
  std::optional<int> number(size_t max_n) {
    size_t start = i;
    int v = 0;
    while (!done() && is_digit(s[i]) && i - start < max_n) v = v * 10 + (s[i++] - '0');
    if (i == start) return std::nullopt;
    return v;
  }
  std::string_view word() {
    size_t start = i;
    while (!done() && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))) ++i;
    return s.substr(start, i - start);
  }
};

struct DateTime {
  int year = 0, month = 0, day = 0;
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
  std::string fraction;  // digits after the decimal point, kept as written
  std::string zone;      // "", "Z" or "+hh:mm"
};

bool valid_date(int y, int m, int d) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

bool valid_time(const DateTime& t) { return t.hour <= 23 && t.minute <= 59 && t.second <= 60; }

std::string format(const DateTime& t) {
  char buf[64];
  int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", t.year, t.month, t.day);
  std::string out(buf, static_cast<size_t>(n));
  if (!t.has_time) return out;
  n = std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", t.hour, t.minute, t.second);
  out.append(buf, static_cast<size_t>(n));
  if (!t.fraction.empty()) {
    out += '.';
    out += t.fraction;
  }
  out += t.zone;
  return out;
}

std::string offset_zone(int sign, int hours, int minutes) {
  if (hours == 0 && minutes == 0) return sign < 0 ? "-00:00" : "+00:00";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign < 0 ? '-' : '+', hours, minutes);
  return buf;
}

// "Z", "+hh:mm", "+hhmm" or "+hh".
std::optional<std::string> parse_numeric_zone(Cursor& c) {
  if (c.eat('Z') || c.eat('z')) return std::string(1, 'Z');
  int sign = c.peek() == '-' ? -1 : 1;
  if (!c.eat('+') && !c.eat('-')) return std::nullopt;
  auto h = c.digits(2);
  if (!h) return std::nullopt;
  int m = 0;
  if (c.eat(':') || is_digit(c.peek())) {
    auto mm = c.digits(2);
    if (!mm) return std::nullopt;
    m = *mm;
  }
  if (*h > 23 || m > 59) return std::nullopt;
  return offset_zone(sign, *h, m);
}

// hh:mm[:ss[.fraction]]
bool parse_clock(Cursor& c, DateTime& t) {
  auto h = c.digits(2);
  if (!h || !c.eat(':')) return false;
  auto m = c.digits(2);
  if (!m) return false;
  t.hour = *h;
  t.minute = *m;
  if (c.eat(':')) {
    auto sec = c.digits(2);
    if (!sec) return false;
    t.second = *sec;
    if (c.eat('.') || c.eat(',')) {
      size_t start = c.i;
      while (is_digit(c.peek())) ++c.i;
      if (c.i == start) return false;
      t.fraction = std::string(c.s.substr(start, c.i - start));
    }
  }
  t.has_time = true;
  return valid_time(t);
}

std::optional<DateTime> parse_iso(std::string_view s) {
  Cursor c{s};
  DateTime t;
  auto y = c.digits(4);
  if (!y) return std::nullopt;
  t.year = *y;
  if (c.eat('-')) {
    auto m = c.digits(2);
    if (!m || !c.eat('-')) return std::nullopt;
    auto d = c.digits(2);
    if (!d) return std::nullopt;
    t.month = *m;
    t.day = *d;
  } else {  // compact YYYYMMDD, as PETRARCH writes it
    auto m = c.digits(2);
    auto d = m ? c.digits(2) : std::nullopt;
    if (!d) return std::nullopt;
    t.month = *m;
    t.day = *d;
  }
  if (!valid_date(t.year, t.month, t.day)) return std::nullopt;
  if (c.done()) return t;
  if (!c.eat('T') && !c.eat('t') && !c.eat(' ')) return std::nullopt;
  if (!parse_clock(c, t)) return std::nullopt;
  c.skip_spaces();
  if (!c.done()) {
    auto zone = parse_numeric_zone(c);
    if (!zone) return std::nullopt;
    t.zone = std::move(*zone);
  }
  if (!c.done()) return std::nullopt;
  return t;
}

int month_from_name(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (w.size() < 3) return 0;
  char head[3] = {lower(w[0]), lower(w[1]), lower(w[2])};
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (std::string_view(head, 3) == kMonths[m]) return static_cast<int>(m) + 1;
  }
  return 0;
}

// RFC 822 / 2822 zone names; military single letters other than Z are too ambiguous to trust.
bool parse_named_zone(std::string_view w, std::string& zone) {
  struct Named {
    std::string_view name;
    int hours;
  };
  static constexpr std::array<Named, 12> kZones = {{{"GMT", 0}, {"UT", 0}, {"UTC", 0}, {"Z", 0},
                                                    {"EST", -5}, {"EDT", -4}, {"CST", -6},
                                                    {"CDT", -5}, {"MST", -7}, {"MDT", -6},
                                                    {"PST", -8}, {"PDT", -7}}};
  for (const auto& z : kZones) {
    if (w == z.name) {
      zone = z.hours == 0 ? "Z" : offset_zone(-1, -z.hours, 0);
      return true;
    }
  }
  return false;
}

// [Day,] D Mon YYYY [hh:mm[:ss] [zone]]
std::optional<DateTime> parse_rfc822(std::string_view s) {
  Cursor c{s};
  DateTime t;
  if (!c.word().empty()) {  // the weekday, which the date itself determines
    c.eat(',');
    c.skip_spaces();
  }
  auto d = c.number(2);
  if (!d) return std::nullopt;
  c.skip_spaces();
  int month = month_from_name(c.word());
  if (month == 0) return std::nullopt;
  c.skip_spaces();
  size_t year_start = c.i;
  auto y = c.number(4);
  if (!y) return std::nullopt;
  int year = *y;
  if (c.i - year_start == 2) year += year < 50 ? 2000 : 1900;
  else if (c.i - year_start != 4) return std::nullopt;
  t.year = year;
  t.month = month;
  t.day = *d;
  if (!valid_date(t.year, t.month, t.day)) return std::nullopt;
  c.skip_spaces();
  if (c.done()) return t;
  if (!parse_clock(c, t)) return std::nullopt;
  c.skip_spaces();
  if (!c.done()) {
    if (c.peek() == '+' || c.peek() == '-') {
      auto zone = parse_numeric_zone(c);
      if (!zone) return std::nullopt;
      t.zone = std::move(*zone);
    } else if (!parse_named_zone(c.word(), t.zone)) {
      return std::nullopt;
    }
  }
  c.skip_spaces();
  if (!c.done()) return std::nullopt;
  return t;
}

}  // namespace

std::string normalize_date(std::string_view raw) {
  std::string_view s = trim(raw);
  if (s.empty()) return {};
  if (auto t = parse_iso(s)) return format(*t);
  if (auto t = parse_rfc822(s)) return format(*t);
  return std::string(s);
}

}  // namespace faultline
