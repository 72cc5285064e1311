// The filters of /api/events (and /api/locations): parsed and validated from query parameters, then
// turned into an SQL condition over the store's `events` table (alias `e`) with bound values.
//
// Actor codes: a code that is its own country-level root ("SRB", "KSV", "IGOEUR") matches every
// actor of that root (SRBGOV, SRBPOL...); a longer code ("SRBGOV") matches exactly. Root matches are
// written as ranges on the full-code column so they use the (source, date) / (target, date) indexes.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "api/api_service.h"

namespace faultline::api {

// The country-level root of an actor code, as the store defines it (docs/store.md): the first 6
// letters for international and non-state codes (IGO, NGO, IMG, MNC), else the first 3.
std::string actor_root(std::string_view code);

struct EventFilter {
  std::string actor;   // either side
  std::string source;
  std::string target;
  bool directed = false;  // dyad=A,B covers both directions unless directed=1; source=/target= are directed
  std::vector<std::string> codes;   // CAMEO codes, exact
  std::vector<std::string> roots;   // CAMEO root codes (two digits)
  std::vector<int> quads;           // QuadClass 1-4
  std::string country;              // location country
  std::string from, to;             // inclusive ISO days
  std::string text;                 // full-text search over the evidence sentences
  bool include_negated = false;
  bool include_hypothetical = false;
  int limit = 50;
  // Keyset cursor: events strictly after (date, id) in the order date DESC, id DESC.
  std::optional<std::pair<std::string, int64_t>> after;
  // The cursor of a full-text search, whose results come in the order of their newest matching
  // sentence (sentence id DESC = newest ingested first, then event id DESC): strictly after
  // (sentence id, event id).
  std::optional<std::pair<int64_t, int64_t>> after_match;
};

// Parses the parameters named in `allowed_extra` as well as the filter's own; any other parameter is
// an error. Returns the filter or the 400 message.
Result<EventFilter> parse_event_filter(const QueryParams& params, const ApiLimits& limits,
                                       const std::vector<std::string>& allowed_extra = {});

struct SqlCondition {
  std::string where;  // "e.x = ? AND ..." (never empty: "1" when nothing is filtered)
  std::vector<SqlValue> values;
};

// The condition for every filter except the cursor and the page size.
SqlCondition event_condition(const EventFilter& f);

// The same filter as a union of branches, each answerable in date order by one of the store's
// indexes, so that a page is the newest `limit` rows of each branch merged — never a sort of every
// matching event. `codes_of_root` lists the actor codes of a country-level root (from the actors
// table); a root with more than kMaxRootCodes codes is matched by a range instead (one sorted branch).
// Each branch includes the filters that are not about actors.
inline constexpr size_t kMaxRootCodes = 64;
std::vector<SqlCondition> event_branches(const EventFilter& f,
                                         const std::function<std::vector<std::string>(const std::string&)>& codes_of_root);

// An FTS5 query that matches all the words of `text` (each quoted, so operators in user input are
// plain words; a trailing * keeps prefix search). Empty when `text` has no word.
std::string fts_query(std::string_view text);

// The cursor string for an event ("2023-05-26_1234") and its parser.
std::string encode_cursor(std::string_view date, int64_t id);
std::optional<std::pair<std::string, int64_t>> decode_cursor(std::string_view cursor);

// The cursor of a full-text search ("s812345_1234": sentence id, event id) and its parser.
std::string encode_match_cursor(int64_t sentence_id, int64_t event_id);
std::optional<std::pair<int64_t, int64_t>> decode_match_cursor(std::string_view cursor);

bool is_iso_day(std::string_view s);

}  // namespace faultline::api
