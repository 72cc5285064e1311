// Writing coded events (faultline::Event) as JSON Lines or TSV.
//
// JSON Lines: one object per event with the field names of the event record (docs/events.md):
//   doc, sentence, start, end, source, target, source_span, target_span, source_text, target_text,
//   code, root, quad, penta, goldstein, plover, plover_mode, date, date_basis, location, negated,
//   hypothetical, confidence, rule.
// Every key is always present so that every line has the same shape: spans are [begin, end] byte
// offsets (begin == end: the actor has no mention in the text), `location` is null when none was
// found and its latitude/longitude are null when it has no coordinates.
//
// TSV: a header line, then one line per event with the same fields in the same order; spans and the
// location are flattened into columns (source_start, source_end, ..., location_name, location_country,
// latitude, longitude). Tab, newline, carriage return and backslash inside a value are written as
// \t, \n, \r and \\ so that a line is always one record.
#pragma once

#include <string>
#include <string_view>

#include "faultline/event.h"
#include "faultline/status.h"

namespace faultline {

enum class EventFormat { kJsonl, kTsv };

Result<EventFormat> parse_event_format(std::string_view name);  // "jsonl" or "tsv"
const char* date_basis_name(DateBasis basis);                    // "publication" or "text"

void append_event_jsonl(const Event& event, std::string& out);
void append_event_tsv_header(std::string& out);
void append_event_tsv(const Event& event, std::string& out);

// Appends `event` in `format`; the TSV header is the caller's to write once, first.
inline void append_event(EventFormat format, const Event& event, std::string& out) {
  if (format == EventFormat::kJsonl) {
    append_event_jsonl(event, out);
  } else {
    append_event_tsv(event, out);
  }
}

}  // namespace faultline
