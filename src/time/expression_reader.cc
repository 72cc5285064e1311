// Finds and resolves temporal expressions in one sentence; the rules are the contract in
// include/faultline/temporal.h and docs/time-and-place.md.
#include <optional>

#include "faultline/temporal.h"
#include "time/calendar.h"
#include "time/temporal_words.h"

namespace faultline {
namespace {

using namespace std::chrono;

enum class Direction { kPast, kFuture, kUntensed };

struct Match {
  uint32_t end = 0;  // one past the last token of the expression
  Day day;
  DateGranularity granularity = DateGranularity::kDay;
  bool possible = true;  // false: the words of a date that does not exist ("31 April 2023")
};

Match impossible(uint32_t end) { return Match{end, Day{}, DateGranularity::kDay, false}; }

// Where in a month or year a qualifier points: "early July" -> the 1st, "mid-July" -> the 15th,
// "late July" / "the end of July" -> the last day.
enum class Part { kWhole, kStart, kMiddle, kEnd };

Part part_word(std::string_view w) {
  if (same_word(w, "early") || same_word(w, "beginning") || same_word(w, "start")) return Part::kStart;
  if (same_word(w, "mid") || same_word(w, "middle")) return Part::kMiddle;
  if (same_word(w, "late") || same_word(w, "end")) return Part::kEnd;
  return Part::kWhole;
}

Day point_in_month(year y, month m, Part part) {
  switch (part) {
    case Part::kMiddle: return y / m / 15;
    case Part::kEnd: return last_of_month(y, m);
    case Part::kWhole:
    case Part::kStart: break;
  }
  return y / m / 1;
}

Day point_in_year(year y, Part part) {
  switch (part) {
    case Part::kMiddle: return y / July / 1;
    case Part::kEnd: return y / December / 31;
    case Part::kWhole:
    case Part::kStart: break;
  }
  return y / January / 1;
}

bool is_have(std::string_view w) {
  return same_word(w, "has") || same_word(w, "have") || same_word(w, "had") || same_word(w, "'ve") ||
         same_word(w, "'s") || same_word(w, "'d");
}

class SentenceReader {
 public:
  SentenceReader(const Document& doc, const Sentence& s, std::optional<Day> publication)
      : doc_(doc), begin_(s.first_token), end_(s.first_token + s.token_count), pub_(publication) {}

  std::vector<TemporalExpression> read() const {
    std::vector<TemporalExpression> found;
    for (uint32_t i = begin_; i < end_;) {
      std::optional<Match> m = match_at(i);
      if (!m) {
        ++i;
        continue;
      }
      if (!m->possible) {  // skipped whole, so that "April 2023" is not read out of "31 April 2023"
        i = m->end;
        continue;
      }
      TemporalExpression e;
      e.first_token = i;
      e.token_count = m->end - i;
      e.span = {doc_.tokens[i].span.begin, doc_.tokens[m->end - 1].span.end};
      e.day = m->day;
      e.granularity = m->granularity;
      e.dates_event = !bounded(i);
      found.push_back(e);
      i = m->end;
    }
    return found;
  }

 private:
  std::string_view word(uint32_t i) const {
    return (i >= begin_ && i < end_) ? doc_.token_text(doc_.tokens[i]) : std::string_view{};
  }
  bool is(uint32_t i, std::string_view lower_word) const { return same_word(word(i), lower_word); }

  bool bounded(uint32_t start) const {
    if (start == begin_) return false;
    if (bounding_word(word(start - 1))) return true;
    if (is(start - 1, "of") && start - 1 > begin_ && is(start - 2, "ahead")) return true;
    if (is(start - 1, "to") && start - 1 > begin_ && is(start - 2, "prior")) return true;
    return false;
  }

  bool past_cue(uint32_t i) const {
    const Token& t = doc_.tokens[i];
    if (t.tag == PosTag::VBD) return true;
    if (t.tag != PosTag::VBN) return false;
    for (uint32_t k = 1; k <= 3 && i >= begin_ + k; ++k) {
      if (is_have(word(i - k))) return true;
    }
    return false;
  }

  // The tense of the nearest cue to token i: a past-tense verb or a future cue (see contract).
  Direction direction_at(uint32_t i) const {
    const uint32_t span = end_ - begin_;
    for (uint32_t d = 1; d <= span; ++d) {
      bool past = false;
      bool future = false;
      for (uint32_t k : {i - d, i + d}) {
        if (k < begin_ || k >= end_) continue;  // i - d wraps around when d > i
        if (past_cue(k)) past = true;
        if (future_cue(word(k))) future = true;
      }
      if (past) return Direction::kPast;
      if (future) return Direction::kFuture;
    }
    return Direction::kUntensed;
  }

  std::optional<Match> match_at(uint32_t i) const {
    std::string_view w = word(i);
    if (w.empty()) return std::nullopt;
    if (auto m = eve_of(i)) return m;
    if (auto m = relative_day(i)) return m;
    if (auto m = modified_period(i)) return m;
    if (auto m = ago(i)) return m;
    if (auto m = iso_date(i)) return m;
    if (auto m = weekday_date(i)) return m;
    if (auto m = qualified_month_or_year(i)) return m;
    if (auto m = month_day(i)) return m;
    if (auto m = day_month(i)) return m;
    if (auto m = bare_month(i)) return m;
    if (auto m = bare_year(i)) return m;
    return std::nullopt;
  }

  // "the eve of" + a day-precise expression: the day before it.
  std::optional<Match> eve_of(uint32_t i) const {
    if (!is(i, "the") || !is(i + 1, "eve") || !is(i + 2, "of")) return std::nullopt;
    auto m = match_at(i + 3);
    if (!m || m->granularity != DateGranularity::kDay) return std::nullopt;
    if (!m->possible) return m;
    m->day = add_days(m->day, -1);
    return m;
  }

  // Extends a match over a following "morning"/"night"... ("yesterday morning", "Thursday night").
  uint32_t with_part_of_day(uint32_t end) const { return part_of_day(word(end)) ? end + 1 : end; }

  std::optional<Match> relative_day(uint32_t i) const {
    if (!pub_) return std::nullopt;
    std::string_view w = word(i);
    if (same_word(w, "today") || same_word(w, "tonight")) return Match{i + 1, *pub_};
    if (same_word(w, "yesterday")) return Match{with_part_of_day(i + 1), add_days(*pub_, -1)};
    if (same_word(w, "tomorrow")) return Match{with_part_of_day(i + 1), add_days(*pub_, 1)};
    if (same_word(w, "last") && is(i + 1, "night")) return Match{i + 2, add_days(*pub_, -1)};
    if (same_word(w, "this") && part_of_day(word(i + 1))) return Match{i + 2, *pub_};
    return std::nullopt;
  }

  // last/next/this/coming/past + weekday, week, weekend, month, year or month name;
  // "earlier/later this ..." and "the weekend".
  std::optional<Match> modified_period(uint32_t i) const {
    if (!pub_) return std::nullopt;
    const Day pub = *pub_;
    uint32_t at = i;
    if ((is(at, "earlier") || is(at, "later")) && is(at + 1, "this")) ++at;
    if (is(at, "this") && (is(at + 1, "past") || is(at + 1, "coming"))) ++at;
    std::string_view mod = word(at);
    const bool last = same_word(mod, "last") || same_word(mod, "past");
    const bool next = same_word(mod, "next") || same_word(mod, "coming");
    const bool this_ = same_word(mod, "this");
    const bool the = same_word(mod, "the");
    if (!last && !next && !this_ && !the) return std::nullopt;
    std::string_view head = word(at + 1);
    const uint32_t end = at + 2;

    if (same_word(head, "weekend")) {
      if (the && !(i > begin_ && (is(i - 1, "over") || is(i - 1, "at") || is(i - 1, "during") ||
                                 is(i - 1, "on")))) {
        return std::nullopt;
      }
      const Day monday = monday_of(pub);
      const Day saturday = add_days(monday, 5);
      Day d;
      if (last) {
        d = add_days(monday, -2);
      } else if (next) {
        d = as_days(pub) >= as_days(saturday) ? add_days(saturday, 7) : saturday;
      } else if (as_days(pub) >= as_days(saturday)) {
        d = saturday;  // published at the weekend: that weekend
      } else {
        d = direction_at(i) == Direction::kFuture ? saturday : add_days(monday, -2);
      }
      return Match{end, d, DateGranularity::kWeek};
    }
    if (the) return std::nullopt;
    if (auto wd = weekday_name(head)) {
      Day d;
      if (last) {
        d = on_or_before(add_days(pub, -1), *wd);
      } else if (next) {
        d = on_or_after(add_days(pub, 1), *wd);
      } else {
        d = on_or_after(monday_of(pub), *wd);  // "this Thursday": the Thursday of this week
      }
      return Match{with_part_of_day(end), d};
    }
    const int step = last ? -1 : next ? 1 : 0;
    if (same_word(head, "week")) {
      return Match{end, add_days(monday_of(pub), 7 * step), DateGranularity::kWeek};
    }
    if (same_word(head, "month")) return Match{end, first_of_month(pub, step), DateGranularity::kMonth};
    if (same_word(head, "year")) {
      return Match{end, year{static_cast<int>(pub.year()) + step} / January / 1, DateGranularity::kYear};
    }
    if (auto m = month_name(head)) {
      // "last July": the latest July before this month; "next July": the first after it.
      const month mo{*m};
      year y = pub.year();
      if (last && mo >= pub.month()) --y;
      if (next && mo <= pub.month()) ++y;
      return Match{end, y / mo / 1, DateGranularity::kMonth};
    }
    return std::nullopt;
  }

  // "two days ago", "a week ago", "three months ago", "a year ago".
  std::optional<Match> ago(uint32_t i) const {
    if (!pub_ || !is(i + 2, "ago")) return std::nullopt;
    auto n = count_word(word(i));
    if (!n) return std::nullopt;
    std::string_view unit = word(i + 1);
    if (unit.ends_with('s') || unit.ends_with('S')) unit.remove_suffix(1);
    const uint32_t end = i + 3;
    if (same_word(unit, "day")) return Match{end, add_days(*pub_, -*n)};
    if (same_word(unit, "week")) return Match{end, monday_of(add_days(*pub_, -7 * *n)), DateGranularity::kWeek};
    if (same_word(unit, "month")) return Match{end, first_of_month(*pub_, -*n), DateGranularity::kMonth};
    if (same_word(unit, "year")) {
      return Match{end, year{static_cast<int>(pub_->year()) - *n} / January / 1, DateGranularity::kYear};
    }
    return std::nullopt;
  }

  // "2023-05-26" (a token of exactly that shape).
  std::optional<Match> iso_date(uint32_t i) const {
    std::string_view w = word(i);
    if (w.size() != 10 || w[4] != '-' || w[7] != '-') return std::nullopt;
    auto y = year_number(w.substr(0, 4));
    auto m = day_number(w.substr(5, 2));
    auto d = day_number(w.substr(8, 2));
    if (!y || !m || !d) return std::nullopt;
    Day day = year{*y} / month{*m} / *d;
    if (!day.ok()) return impossible(i + 1);
    return Match{i + 1, day};
  }

  // "Thursday", "Thursday night", "Thursday, December 7" (the calendar date wins).
  std::optional<Match> weekday_date(uint32_t i) const {
    auto wd = weekday_name(word(i));
    if (!wd) return std::nullopt;
    const uint32_t after = is(i + 1, ",") ? i + 2 : i + 1;
    if (auto m = month_day(after)) return m;
    if (auto m = day_month(after)) return m;
    if (!pub_) return std::nullopt;
    const Day d = direction_at(i) == Direction::kFuture ? on_or_after(*pub_, *wd) : on_or_before(*pub_, *wd);
    return Match{with_part_of_day(i + 1), d};
  }

  // "mid-July", "mid-2008", "early July", "late 2008", "(the) end of July", "the beginning of 2008".
  std::optional<Match> qualified_month_or_year(uint32_t i) const {
    std::string_view w = word(i);
    if (w.size() > 4 && same_word(w.substr(0, 4), "mid-")) {
      return month_or_year_at(w.substr(4), i + 1, Part::kMiddle, true);
    }
    uint32_t at = is(i, "the") ? i + 1 : i;
    Part part = part_word(word(at));
    if (part == Part::kWhole) return std::nullopt;
    if (is(at, "early") || is(at, "late") || is(at, "mid")) {
      if (at != i) return std::nullopt;  // "the early ..." is not a date
      return month_or_year_at(word(at + 1), at + 2, part, true);
    }
    if (!is(at + 1, "of")) return std::nullopt;
    return month_or_year_at(word(at + 2), at + 3, part, true);
  }

  // A month name or a year in `w` (token index end - 1 or a part of it), an optional year after a
  // month at `end`, qualified by `part`.
  std::optional<Match> month_or_year_at(std::string_view w, uint32_t end, Part part, bool allow_bare) const {
    if (auto y = year_number(w)) {
      return Match{end, point_in_year(year{*y}, part), DateGranularity::kYear};
    }
    auto m = month_name(w);
    if (!m || (!allow_bare && !year_number(word(end)))) return std::nullopt;
    const month mo{*m};
    if (auto y = year_number(word(end))) {
      return Match{end + 1, point_in_month(year{*y}, mo, part), DateGranularity::kMonth};
    }
    if (!pub_) return std::nullopt;
    const year y = month_year(mo, direction_at(end - 1));
    return Match{end, point_in_month(y, mo, part), DateGranularity::kMonth};
  }

  // The year of a month named without one: the latest such month that has begun by publication,
  // or with a future cue the first one that has not ended.
  year month_year(month mo, Direction dir) const {
    const year py = pub_->year();
    if (dir == Direction::kFuture) return mo >= pub_->month() ? py : py + years{1};
    return mo <= pub_->month() ? py : py - years{1};
  }

  // The year of a month and day named without one (see contract). nullopt when no nearby year
  // has that day (February 30).
  std::optional<Day> month_day_year(month mo, unsigned d, Direction dir) const {
    const sys_days pub = as_days(*pub_);
    std::optional<Day> best;
    long best_distance = 0;
    for (int dy = -8; dy <= 8; ++dy) {  // 8 years reach a 29 February from any year
      Day c = (pub_->year() + years{dy}) / mo / d;
      if (!c.ok()) continue;
      const long diff = (as_days(c) - pub).count();
      if (dir == Direction::kPast && diff > 0) continue;
      if (dir == Direction::kFuture && diff < 0) continue;
      // Untensed: nearest, ties to the past (visited first).
      const long distance = diff < 0 ? -diff : diff;
      if (!best || distance < best_distance) {
        best = c;
        best_distance = distance;
      }
    }
    return best;
  }

  std::optional<Match> finish_month_day(month mo, unsigned d, uint32_t end, uint32_t anchor_token) const {
    // An explicit year: "December 7, 2023", "7 December 2023".
    uint32_t year_at = is(end, ",") ? end + 1 : end;
    if (auto y = year_number(word(year_at))) {
      Day day = year{*y} / mo / d;
      if (!day.ok()) return impossible(year_at + 1);
      return Match{year_at + 1, day};
    }
    if (!pub_) return std::nullopt;
    auto day = month_day_year(mo, d, direction_at(anchor_token));
    if (!day) return impossible(end);
    return Match{end, *day};
  }

  // "December 7", "Dec. 7", "December 7th", "December 7, 2023"; "July 2022" (month granularity).
  std::optional<Match> month_day(uint32_t i) const {
    auto m = month_name(word(i));
    if (!m) return std::nullopt;
    if (auto d = day_number(word(i + 1))) return finish_month_day(month{*m}, *d, i + 2, i);
    if (auto y = year_number(word(i + 1))) return Match{i + 2, year{*y} / month{*m} / 1, DateGranularity::kMonth};
    return std::nullopt;
  }

  // "7 December", "7th December", "7th of December", "26 May 2023".
  std::optional<Match> day_month(uint32_t i) const {
    auto d = day_number(word(i));
    if (!d) return std::nullopt;
    uint32_t at = is(i + 1, "of") ? i + 2 : i + 1;
    auto m = month_name(word(at));
    if (!m) return std::nullopt;
    return finish_month_day(month{*m}, *d, at + 1, i);
  }

  // "in July", "during March": a full month name after a preposition.
  std::optional<Match> bare_month(uint32_t i) const {
    if (i == begin_ || !month_or_year_introducer(word(i - 1))) return std::nullopt;
    std::string_view w = word(i);
    if (w.size() <= 4 && w != "May" && w != "June" && w != "July") return std::nullopt;  // no bare abbreviations
    if (!month_name(w)) return std::nullopt;
    return month_or_year_at(w, i + 1, Part::kWhole, true);
  }

  // "in 2008", "since 1999".
  std::optional<Match> bare_year(uint32_t i) const {
    if (i == begin_ || !month_or_year_introducer(word(i - 1))) return std::nullopt;
    auto y = year_number(word(i));
    if (!y) return std::nullopt;
    return Match{i + 1, year{*y} / January / 1, DateGranularity::kYear};
  }

  const Document& doc_;
  uint32_t begin_;
  uint32_t end_;
  std::optional<Day> pub_;
};

}  // namespace

std::vector<TemporalExpression> find_temporal_expressions(const Document& doc, uint32_t sentence,
                                                          std::optional<year_month_day> publication) {
  if (sentence >= doc.sentences.size()) return {};
  return SentenceReader(doc, doc.sentences[sentence], publication).read();
}

}  // namespace faultline
