// Temporal expressions in English news, resolved against the publication date, and the date of an
// event chosen from them.
//
// Contract (the rules in full, with examples, are in docs/time-and-place.md):
//  * Input is an analysed Document (sentences, tokens, POS tags). Expressions are read from tokens,
//    so every expression's span is the exact bytes of whole tokens in Document::text.
//  * The anchor is the publication date (Document::date, ISO "YYYY-MM-DD" optionally followed by a
//    time). Without a readable publication date only self-contained dates ("26 May 2023",
//    "2023-05-26", "in 2008") are found; relative ones ("on Thursday", "December 7") are skipped.
//  * Every resolved value is one day plus a granularity saying how precise it is:
//      kDay    "on Thursday", "yesterday", "December 7", "26 May 2023", "two days ago"
//      kWeek   "last week", "this week" (its Monday), "over the weekend" (its Saturday)
//      kMonth  "in July" (the 1st), "mid-July" (the 15th), "at the end of July" (the last day),
//              "last month", "earlier this month"
//      kYear   "in 2008" (1 January), "last year", "earlier this year"
//  * Direction: news reports the past. A weekday or a month+day without a year resolves to the
//    nearest occurrence on or before publication ("on Thursday" on a Thursday is that day), unless a
//    future cue (will, shall, 'll, would, scheduled, due, expected, plans, upcoming, next) is closer
//    to the expression than a past-tense verb — then to the nearest occurrence on or after it. A
//    month+day in an untensed sentence goes to whichever occurrence is nearer.
//  * Impossible dates ("February 30", "2023-13-01") are not expressions.
//  * `dates_event` is false for expressions that bound or relate to something else rather than say
//    when the event happened: after since, until, till, by, before, after, beyond, "ahead of",
//    "prior to". They are still reported (with their resolved day) but never chosen as an event date.
//  * Thread safety: pure functions of their inputs.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "faultline/document.h"
#include "faultline/event.h"

namespace faultline {

enum class DateGranularity : uint8_t { kDay = 0, kWeek, kMonth, kYear };

std::string_view granularity_name(DateGranularity g);  // "day", "week", "month", "year"

struct TemporalExpression {
  ByteSpan span;                    // the expression's bytes ("on" excluded: "Thursday", "December 7")
  uint32_t first_token = 0;         // index into Document::tokens
  uint32_t token_count = 0;
  std::chrono::year_month_day day;  // the resolved day (see granularity for its meaning)
  DateGranularity granularity = DateGranularity::kDay;
  bool dates_event = true;          // false after since/until/by/before/after/... (see contract)
};

// Reads a publication date: "YYYY-MM-DD" with an optional time part after it. nullopt when the
// text does not start with a valid date.
std::optional<std::chrono::year_month_day> parse_publication_date(std::string_view iso);

// "YYYY-MM-DD".
std::string iso_day(std::chrono::year_month_day day);

// Every temporal expression of sentence `sentence` (0-based index into Document::sentences), in
// text order, resolved against `publication` (nullopt = unknown publication date).
std::vector<TemporalExpression> find_temporal_expressions(
    const Document& doc, uint32_t sentence, std::optional<std::chrono::year_month_day> publication);

// The expressions of a whole document, found once so that many events can be dated cheaply.
struct DocumentDates {
  std::optional<std::chrono::year_month_day> publication;  // parsed from Document::date
  std::vector<std::vector<TemporalExpression>> by_sentence; // indexed like Document::sentences
};

DocumentDates find_document_dates(const Document& doc);

struct EventDate {
  std::string date;  // ISO day; empty only when the text has no date and the publication date is unknown
  DateBasis basis = DateBasis::kPublication;
  DateGranularity granularity = DateGranularity::kDay;
  ByteSpan span;     // the expression used (empty for the publication date)
};

// The date of an event whose trigger is `trigger` in sentence `sentence` (0-based): the
// event-dating expression of that sentence nearest to the trigger (byte distance between spans; a
// tie goes to the earlier one), restricted to `clause` when one is given (an expression counts when
// it lies inside the clause); otherwise the publication date (basis kPublication, granularity kDay).
EventDate date_event(const DocumentDates& dates, uint32_t sentence, ByteSpan trigger,
                     std::optional<ByteSpan> clause = std::nullopt);

}  // namespace faultline
