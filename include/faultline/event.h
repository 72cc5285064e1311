// Event: one coded political event — who did what to whom — and the evidence behind it.
//
// This is the contract every interface shares (command-line JSON Lines, the store, the API); the
// field names follow ../shared/docs/product.md, "The event record". Every span is a byte range
// [begin, end) into the text of the document the event was coded from, so view(span) cuts the exact
// trigger and actor text out of the input.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "faultline/document.h"

namespace faultline {

// Where the event date came from.
enum class DateBasis : uint8_t {
  kPublication = 0,  // the document's publication date (no date expression found)
  kText,             // a date expression in the sentence ("on Wednesday", "on 26 May 2023")
};

struct EventLocation {
  std::string name;     // as written in the text ("Zvecan")
  std::string country;  // ISO 3166 alpha-3 or CAMEO country code ("KSV")
  double latitude = 0;
  double longitude = 0;
  bool has_coordinates = false;
};

struct Event {
  // Provenance.
  std::string doc;        // document id
  uint32_t sentence = 0;  // 1-based sentence number within the document
  ByteSpan trigger;       // the words that express the action ("called on", "the detention of")

  // Who did what to whom. Codes are CAMEO/Phoenix actor codes ("SRBGOV", "IGOEUREEC"); empty when
  // unknown. A span with begin == end means there is no mention (the actor came from context).
  std::string source;
  std::string target;
  ByteSpan source_span;
  ByteSpan target_span;
  std::string source_text;
  std::string target_text;

  // What: CAMEO event code, always a string of 2-4 digits ("0256", "173", "19"). The derived fields
  // (root, quad, penta, goldstein, plover) come from the CAMEO reference table.
  std::string code;
  std::string root;         // first two digits
  int quad = 0;             // QuadClass 1-4
  int penta = 0;            // Phoenix PentaClass 0-4
  double goldstein = 0;     // Goldstein score of `code`
  std::string plover;       // PLOVER event type ("ACCUSE", "PROTEST"...)
  std::string plover_mode;  // PLOVER mode where the crosswalk defines one; may be empty

  // When and where.
  std::string date;  // ISO 8601 day of the event
  DateBasis date_basis = DateBasis::kPublication;
  std::optional<EventLocation> location;

  // Events reported as not having happened (negation, refusal of the positive act) or not yet
  // happened (modality: threats, intentions, conditions). Left out of default output.
  bool negated = false;
  bool hypothetical = false;

  double confidence = 0;  // 0-1
  std::string rule;       // id of the pattern or rule that produced the event ("file:line" or a name)
};

}  // namespace faultline
