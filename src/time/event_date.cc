// Publication dates, document-wide expression lists, and the choice of an event's date.
#include <cstdio>

#include "faultline/temporal.h"
#include "time/calendar.h"

namespace faultline {

using namespace std::chrono;

std::string_view granularity_name(DateGranularity g) {
  switch (g) {
    case DateGranularity::kDay: return "day";
    case DateGranularity::kWeek: return "week";
    case DateGranularity::kMonth: return "month";
    case DateGranularity::kYear: return "year";
  }
  return "day";
}

std::optional<year_month_day> parse_publication_date(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  if (iso.size() > 10 && iso[10] != 'T' && iso[10] != ' ') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8};
  const size_t lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (size_t k = 0; k < lengths[p]; ++k) {
      const char c = iso[starts[p] + k];
      if (c < '0' || c > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (c - '0');
    }
  }
  const year_month_day day = year{parts[0]} / month{static_cast<unsigned>(parts[1])} /
                             static_cast<unsigned>(parts[2]);
  if (!day.ok()) return std::nullopt;
  return day;
}

std::string iso_day(year_month_day day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(day.year()),
                static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return buffer;
}

DocumentDates find_document_dates(const Document& doc) {
  DocumentDates dates;
  dates.publication = parse_publication_date(doc.date);
  dates.by_sentence.reserve(doc.sentences.size());
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    dates.by_sentence.push_back(find_temporal_expressions(doc, s, dates.publication));
  }
  return dates;
}

namespace {

uint32_t gap(ByteSpan a, ByteSpan b) {
  if (a.end <= b.begin) return b.begin - a.end;
  if (b.end <= a.begin) return a.begin - b.end;
  return 0;
}

bool inside(ByteSpan inner, ByteSpan outer) { return inner.begin >= outer.begin && inner.end <= outer.end; }

}  // namespace

EventDate date_event(const DocumentDates& dates, uint32_t sentence, ByteSpan trigger,
                     std::optional<ByteSpan> clause) {
  const TemporalExpression* best = nullptr;
  uint32_t best_gap = 0;
  if (sentence < dates.by_sentence.size()) {
    for (const TemporalExpression& e : dates.by_sentence[sentence]) {
      if (!e.dates_event || (clause && !inside(e.span, *clause))) continue;
      const uint32_t g = gap(e.span, trigger);
      if (!best || g < best_gap) {  // strict: a tie keeps the earlier expression
        best = &e;
        best_gap = g;
      }
    }
  }
  EventDate out;
  if (best) {
    out.date = iso_day(best->day);
    out.basis = DateBasis::kText;
    out.granularity = best->granularity;
    out.span = best->span;
  } else if (dates.publication) {
    out.date = iso_day(*dates.publication);
  }
  return out;
}

}  // namespace faultline
