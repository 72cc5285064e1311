#include "api/api_service.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <limits>
#include <optional>
#include <unordered_set>

#include <fmt/format.h>

#include "api/event_filter.h"
#include "api/evidence.h"
#include "output/json_writer.h"

namespace faultline::api {
namespace {

// The columns write_event() reads, in order; `e` is a page of events, `d` its documents, `s` the
// sentence of the representative mention.
constexpr std::string_view kEventColumns =
    "e.id, e.date, e.date_basis, e.source, e.target, e.source_text, e.target_text, e.code, e.root, e.quad,"
    " e.penta, e.goldstein, e.plover, e.plover_mode, e.location_name, e.location_country, e.latitude,"
    " e.longitude, e.negated, e.hypothetical, e.confidence, e.rule, e.mentions, e.articles, e.sources,"
    " e.stories, e.doc_id, e.doc, e.sentence, e.start, e.\"end\", e.source_start, e.source_end,"
    " e.target_start, e.target_end, d.title, d.outlet, d.url, d.day, s.start,"
    " substr(CAST(d.text AS BLOB), s.start + 1, s.\"end\" - s.start)";

constexpr std::string_view kEventJoins =
    " JOIN documents d ON d.id = e.doc_id LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.n = e.sentence";

ApiResponse error_response(const Status& s) {
  int code = 500;
  switch (s.code()) {
    case StatusCode::kInvalidArgument: code = 400; break;
    case StatusCode::kNotFound: code = 404; break;
    case StatusCode::kTooLarge: code = 503; break;
    default: break;
  }
  ApiResponse r{code, {}};
  JsonWriter w(r.body);
  w.begin_object().field("error", s.message()).end_object();
  return r;
}

void optional_text(JsonWriter& w, std::string_view key, const Statement& st, int col) {
  w.key(key);
  if (st.is_null(col)) {
    w.raw("null");
  } else {
    w.value(st.text(col));
  }
}

// The trigger, source and target spans of a row, at the six columns from `first`.
void write_spans(JsonWriter& w, const Statement& st, int first) {
  w.key("trigger").begin_array().value(st.integer(first)).value(st.integer(first + 1)).end_array();
  w.key("source_span").begin_array().value(st.integer(first + 2)).value(st.integer(first + 3)).end_array();
  w.key("target_span").begin_array().value(st.integer(first + 4)).value(st.integer(first + 5)).end_array();
}

// "evidence": the sentence (its start at column `sentence`, its text at `sentence` + 1) with the
// spans of the six columns from `spans` marked, or null when the sentence is unknown.
void write_evidence_field(JsonWriter& w, const Statement& st, int sentence, int spans) {
  w.key("evidence");
  if (st.is_null(sentence)) {
    w.raw("null");
    return;
  }
  write_evidence(w, st.text(sentence + 1),
                 {st.integer(sentence), st.integer(spans), st.integer(spans + 1), st.integer(spans + 2),
                  st.integer(spans + 3), st.integer(spans + 4), st.integer(spans + 5)});
}

void write_event(JsonWriter& w, const Statement& st) {
  w.begin_object();
  w.field("id", st.integer(0));
  w.field("date", st.text(1));
  w.field("date_basis", st.text(2));
  w.field("source", st.text(3));
  w.field("target", st.text(4));
  w.field("source_text", st.text(5));
  w.field("target_text", st.text(6));
  w.field("code", st.text(7));
  w.field("root", st.text(8));
  w.field("quad", st.integer(9));
  w.field("penta", st.integer(10));
  w.field("goldstein", st.real(11));
  w.field("plover", st.text(12));
  w.field("plover_mode", st.text(13));
  w.key("location");
  if (st.is_null(14)) {
    w.raw("null");
  } else {
    w.begin_object();
    w.field("name", st.text(14));
    optional_text(w, "country", st, 15);
    w.key("latitude");
    st.is_null(16) ? w.raw("null") : w.value(st.real(16));
    w.key("longitude");
    st.is_null(17) ? w.raw("null") : w.value(st.real(17));
    w.end_object();
  }
  w.field("negated", st.integer(18) != 0);
  w.field("hypothetical", st.integer(19) != 0);
  w.field("confidence", st.real(20));
  w.field("rule", st.text(21));
  w.field("mentions", st.integer(22));
  w.field("articles", st.integer(23));
  w.field("sources", st.integer(24));
  w.field("stories", st.integer(25));
  w.field("doc_id", st.integer(26));
  w.field("doc", st.text(27));
  w.field("sentence", st.integer(28));
  write_spans(w, st, 29);
  w.key("article").begin_object();
  w.field("title", st.text(35)).field("outlet", st.text(36)).field("url", st.text(37));
  optional_text(w, "day", st, 38);
  w.end_object();
  write_evidence_field(w, st, 39, 29);
  w.end_object();
}

std::optional<int64_t> parse_id(std::string_view s) {
  int64_t id = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), id);
  if (ec != std::errc() || ptr != s.data() + s.size() || id < 0) return std::nullopt;
  return id;
}

// The parameters of the aggregate endpoints, each at most once.
struct SimpleParams {
  std::map<std::string, std::string, std::less<>> values;
  const std::string* get(std::string_view name) const {
    auto it = values.find(name);
    return it == values.end() ? nullptr : &it->second;
  }
};

Result<SimpleParams> simple_params(const QueryParams& params, std::initializer_list<std::string_view> allowed) {
  SimpleParams out;
  for (const auto& [name, value] : params) {
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      return invalid_argument(fmt::format("unknown parameter \"{}\"", name));
    }
    if (!out.values.emplace(name, value).second) return invalid_argument(fmt::format("{}: given more than once", name));
  }
  for (std::string_view day : {"from", "to"}) {
    if (const std::string* v = out.get(day); v && !is_iso_day(*v)) {
      return invalid_argument(fmt::format("{}: expected a day YYYY-MM-DD", day));
    }
  }
  return out;
}

Result<std::string> root_param(const SimpleParams& p, std::string_view name) {
  const std::string* v = p.get(name);
  if (!v) return std::string();
  std::string code = *v;
  for (char& c : code) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
      return invalid_argument(fmt::format("{}: an actor code is letters and digits", name));
    }
  }
  if (code.empty() || actor_root(code) != code) {
    return invalid_argument(fmt::format(
        "{}: the monitor keeps country-level actors; give a root code (\"SRB\", \"KSV\", \"IGOEUR\")", name));
  }
  return code;
}

Result<int> limit_param(const SimpleParams& p, int default_limit, int max_limit) {
  const std::string* v = p.get("limit");
  if (!v) return default_limit;
  int n = 0;
  auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || ptr != v->data() + v->size() || n < 1 || n > max_limit) {
    return invalid_argument(fmt::format("limit: expected an integer from 1 to {}", max_limit));
  }
  return n;
}

void day_range(const SimpleParams& p, std::string_view column, std::string& where, std::vector<SqlValue>& values) {
  if (const std::string* from = p.get("from")) {
    where += fmt::format(" AND {} >= ?", column);
    values.emplace_back(*from);
  }
  if (const std::string* to = p.get("to")) {
    where += fmt::format(" AND {} <= ?", column);
    values.emplace_back(*to);
  }
}

class Handlers {
 public:
  Handlers(ReadOnlyDatabase& db, const ApiLimits& limits, std::string& out) : db_(db), limits_(limits), w_(out) {}

  Status info() {
    int64_t version = 0, documents = 0, events = 0;
    std::string first, last;
    Status s = db_.query("SELECT max(version) FROM schema_version", {}, [&](Statement& st) { version = st.integer(0); });
    if (s.ok()) s = db_.query("SELECT count(*) FROM documents", {}, [&](Statement& st) { documents = st.integer(0); });
    if (s.ok()) s = db_.query("SELECT count(*) FROM events", {}, [&](Statement& st) { events = st.integer(0); });
    if (s.ok()) {
      s = db_.query("SELECT (SELECT min(date) FROM events), (SELECT max(date) FROM events)", {}, [&](Statement& st) {
        first = st.text(0);
        last = st.text(1);
      });
    }
    if (!s.ok()) return s;
    w_.begin_object();
    w_.field("schema_version", version).field("documents", documents).field("events", events);
    w_.field("first_day", first).field("last_day", last);
    w_.key("limits").begin_object();
    w_.field("default_page", limits_.default_page).field("max_page", limits_.max_page);
    w_.field("query_timeout_ms", limits_.query_timeout_ms).end_object();
    w_.end_object();
    return s;
  }

  Status events(const QueryParams& params) {
    auto filter = parse_event_filter(params, limits_, {"count"});
    if (!filter) return filter.status();
    bool want_count = false;
    if (auto it = params.find("count"); it != params.end()) want_count = it->second == "1" || it->second == "true";
    if (!filter->text.empty()) return text_events(*filter, want_count);
    // The page: the newest limit+1 rows of each index-ordered branch, merged (one more than the
    // page tells whether there is a next one).
    const int64_t want = int64_t{filter->limit} + 1;
    std::vector<SqlCondition> branches = event_branches(*filter, [&](const std::string& root) { return codes_of_root(root); });
    std::string page_sql;
    std::vector<SqlValue> values;
    for (SqlCondition& b : branches) {
      if (!page_sql.empty()) page_sql += " UNION ";
      page_sql += "SELECT id, date FROM (SELECT e.id, e.date FROM events e WHERE " + b.where;
      for (SqlValue& v : b.values) values.push_back(std::move(v));
      if (filter->after) {
        page_sql += " AND (e.date, e.id) < (?, ?)";
        values.emplace_back(filter->after->first);
        values.emplace_back(filter->after->second);
      }
      page_sql += " ORDER BY e.date DESC, e.id DESC LIMIT ?)";
      values.emplace_back(want);
    }
    values.emplace_back(want);
    const std::string sql = fmt::format(
        "WITH page AS ({} ORDER BY date DESC, id DESC LIMIT ?) SELECT {} FROM page p JOIN events e ON e.id = p.id{}"
        " ORDER BY e.date DESC, e.id DESC",
        page_sql, kEventColumns, kEventJoins);
    w_.begin_object();
    w_.key("events").begin_array();
    int rows = 0;
    std::string next;
    Status s = db_.query(sql, values, [&](Statement& st) {
      if (++rows > filter->limit) return;
      if (rows == filter->limit) next = encode_cursor(st.text(1), st.integer(0));
      write_event(w_, st);
    });
    if (!s.ok()) return s;
    w_.end_array();
    w_.key("next");
    rows > filter->limit ? w_.value(next) : w_.raw("null");
    if (want_count) {
      // Capped, so that a count over a broad filter costs no more than a bounded scan.
      constexpr int64_t kCountCap = 10000;
      SqlCondition cond = event_condition(*filter);
      std::vector<SqlValue> count_values = cond.values;
      count_values.emplace_back(kCountCap + 1);
      int64_t count = 0;
      s = db_.query(fmt::format("SELECT count(*) FROM (SELECT 1 FROM events e WHERE {} LIMIT ?)", cond.where),
                    count_values, [&](Statement& st) { count = st.integer(0); });
      if (!s.ok()) return s;
      w_.field("count", std::min(count, kCountCap)).field("count_capped", count > kCountCap);
    }
    w_.end_object();
    return s;
  }

  // A full-text search walks the matching sentences newest first (FTS5 delivers MATCH in rowid
  // order, and sentence ids follow the ingest order), joins each to its mentions' events and stops
  // once the page is full and the boundary sentence complete: never a collection of every match.
  // An event is listed once, at its newest matching sentence; within a sentence, events come by id
  // DESC. The walk goes in windows of matching sentences (found on the FTS index alone, without
  // joins), at most ApiLimits::text_scan_sentences per request: when the other filters reject most
  // matches, the page ends short with a `next` cursor at the last sentence looked at, instead of
  // walking every match in one request.
  Status text_events(const EventFilter& filter, bool want_count) {
    EventFilter rest = filter;
    rest.text.clear();
    const SqlCondition cond = event_condition(rest);
    constexpr std::string_view kMatches =
        "FROM sentences_fts f JOIN sentences ms ON ms.id = f.rowid"
        " JOIN mentions m ON m.doc_id = ms.doc_id AND m.sentence = ms.n JOIN events e ON e.id = m.event_id"
        " WHERE f.sentences_fts MATCH ?";
    // The lowest sentence id of a window: the n-th match at or below a sentence id.
    const std::string window_sql =
        "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? AND rowid <= ? ORDER BY rowid DESC LIMIT 1 OFFSET ?";
    const std::string walk_sql = fmt::format(
        "SELECT f.rowid, e.id {} AND f.rowid BETWEEN ? AND ? AND (f.rowid < ? OR e.id < ?) AND {} ORDER BY f.rowid DESC",
        kMatches, cond.where);
    // Whether an event has a mention in a newer matching sentence (it was listed on an earlier page).
    const std::string newer_sql =
        "SELECT 1 FROM mentions m JOIN sentences s ON s.doc_id = m.doc_id AND s.n = m.sentence"
        " WHERE m.event_id = ? AND s.id > ?"
        " AND EXISTS (SELECT 1 FROM sentences_fts f WHERE f.sentences_fts MATCH ? AND f.rowid = s.id) LIMIT 1";

    constexpr int64_t kNoSentence = std::numeric_limits<int64_t>::max();
    const int64_t after_sentence = filter.after_match ? filter.after_match->first : kNoSentence;
    const int64_t after_event = filter.after_match ? filter.after_match->second : 0;
    const size_t want = static_cast<size_t>(filter.limit) + 1;
    std::vector<std::pair<int64_t, int64_t>> hits;  // (sentence id, event id), in page order
    std::unordered_set<int64_t> seen;
    std::vector<int64_t> group;  // the events of the sentence being read
    int64_t group_sentence = -1;
    Status s, check;
    // Lists the events of one complete sentence, highest id first.
    auto flush = [&]() -> bool {
      std::sort(group.begin(), group.end(), std::greater<>());
      for (int64_t id : group) {
        if (!seen.insert(id).second) continue;
        if (filter.after_match) {
          bool newer = false;
          check = db_.query(newer_sql, {id, group_sentence, filter.text}, [&](Statement&) { newer = true; });
          if (!check.ok()) return false;
          if (newer) continue;
        }
        hits.emplace_back(group_sentence, id);
      }
      group.clear();
      return true;
    };

    int64_t upper = after_sentence;  // the window's highest sentence id
    int64_t window = std::max<int64_t>(64, int64_t{filter.limit} * 2);
    int64_t scanned = 0;
    std::optional<int64_t> resume_below;  // the budget ran out: continue below this sentence
    // A first page with count=1 walks on to the end of the budget and counts what it saw, rather
    // than walking the same sentences again in a count query.
    const bool count_in_walk = want_count && !filter.after_match;
    while (true) {
      int64_t lower = 0;
      s = db_.query(window_sql, {filter.text, upper, window - 1}, [&](Statement& st) { lower = st.integer(0); });
      if (!s.ok()) return s;
      const bool last_window = lower == 0;
      std::vector<SqlValue> values{filter.text, lower, upper, after_sentence, after_event};
      for (const SqlValue& v : cond.values) values.push_back(v);
      bool full = false;
      s = db_.query_until(walk_sql, values, [&](Statement& st) {
        const int64_t sid = st.integer(0);
        if (sid != group_sentence) {
          if (!flush()) return false;
          if (hits.size() >= want && !count_in_walk) {
            full = true;
            return false;
          }
          group_sentence = sid;
        }
        group.push_back(st.integer(1));
        return true;
      });
      if (!s.ok()) return s;
      if (!check.ok() || (!full && !flush())) return check;
      if ((hits.size() >= want && !count_in_walk) || last_window) break;
      scanned += window;
      if (scanned >= limits_.text_scan_sentences) {
        resume_below = lower;
        break;
      }
      upper = lower - 1;
      window = std::min(window * 4, limits_.text_scan_sentences - scanned);
    }

    const bool more = hits.size() > static_cast<size_t>(filter.limit);
    if (more) hits.resize(static_cast<size_t>(filter.limit));
    w_.begin_object();
    w_.key("events").begin_array();
    const std::string one = fmt::format("SELECT {} FROM events e{} WHERE e.id = ?", kEventColumns, kEventJoins);
    for (const auto& hit : hits) {
      s = db_.query(one, {hit.second}, [&](Statement& st) { write_event(w_, st); });
      if (!s.ok()) return s;
    }
    w_.end_array();
    w_.key("next");
    if (more) {
      w_.value(encode_match_cursor(hits.back().first, hits.back().second));
    } else if (resume_below) {
      w_.value(encode_match_cursor(*resume_below, 0));  // every event of that sentence is done
    } else {
      w_.raw("null");
    }
    constexpr int64_t kCountCap = 10000;
    if (count_in_walk) {
      const auto count = static_cast<int64_t>(seen.size());
      w_.field("count", std::min(count, kCountCap)).field("count_capped", count > kCountCap || resume_below.has_value());
    } else if (want_count) {
      // Within the same budget: the events of the newest text_scan_sentences matching sentences (a
      // lower bound, count_capped, when there are more), so a count over a filter that rejects
      // most matches costs no more than a page does.
      int64_t lowest = 0;
      s = db_.query(window_sql, {filter.text, kNoSentence, limits_.text_scan_sentences - 1},
                    [&](Statement& st) { lowest = st.integer(0); });
      if (!s.ok()) return s;
      std::vector<SqlValue> count_values{filter.text, lowest};
      for (const SqlValue& v : cond.values) count_values.push_back(v);
      count_values.emplace_back(kCountCap + 1);
      int64_t count = 0;
      s = db_.query(fmt::format("SELECT count(*) FROM (SELECT DISTINCT e.id {} AND f.rowid >= ? AND {} LIMIT ?)",
                                kMatches, cond.where),
                    count_values, [&](Statement& st) { count = st.integer(0); });
      if (!s.ok()) return s;
      w_.field("count", std::min(count, kCountCap)).field("count_capped", count > kCountCap || lowest != 0);
    }
    w_.end_object();
    return s;
  }

  Status event(int64_t id) {
    bool found = false;
    w_.begin_object();
    Status s = db_.query(fmt::format("SELECT {} FROM events e{} WHERE e.id = ?", kEventColumns, kEventJoins), {id},
                         [&](Statement& st) {
                           found = true;
                           w_.key("event");
                           write_event(w_, st);
                         });
    if (!s.ok()) return s;
    if (!found) return not_found(fmt::format("no event {}", id));
    w_.key("mentions").begin_array();
    s = db_.query(
        "SELECT m.id, m.doc_id, m.outlet, m.sentence, m.start, m.\"end\", m.source_start, m.source_end,"
        " m.target_start, m.target_end, m.source_text, m.target_text, m.date, m.date_basis, m.confidence, m.rule,"
        " d.title, d.url, d.day, d.duplicate_of, s.start, substr(CAST(d.text AS BLOB), s.start + 1, s.\"end\" - s.start)"
        " FROM mentions m JOIN documents d ON d.id = m.doc_id"
        " LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.n = m.sentence"
        " WHERE m.event_id = ? ORDER BY d.day, m.id LIMIT ?",
        {id, int64_t{limits_.max_page}}, [&](Statement& st) {
          w_.begin_object();
          w_.field("id", st.integer(0)).field("doc_id", st.integer(1)).field("outlet", st.text(2));
          w_.field("sentence", st.integer(3));
          write_spans(w_, st, 4);
          w_.field("source_text", st.text(10)).field("target_text", st.text(11));
          w_.field("date", st.text(12)).field("date_basis", st.text(13));
          w_.field("confidence", st.real(14)).field("rule", st.text(15));
          w_.key("article").begin_object();
          w_.field("title", st.text(16)).field("outlet", st.text(2)).field("url", st.text(17));
          optional_text(w_, "day", st, 18);
          w_.key("duplicate_of");
          st.is_null(19) ? w_.raw("null") : w_.value(st.integer(19));
          w_.end_object();
          write_evidence_field(w_, st, 20, 4);
          w_.end_object();
        });
    if (!s.ok()) return s;
    w_.end_array().end_object();
    return s;
  }

  Status document(int64_t id) {
    bool found = false;
    w_.begin_object();
    Status s = db_.query(
        "SELECT id, doc, date, day, outlet, url, title, origin, text, duplicate_of, similarity FROM documents"
        " WHERE id = ?",
        {id}, [&](Statement& st) {
          found = true;
          w_.field("id", st.integer(0)).field("doc", st.text(1)).field("date", st.text(2));
          optional_text(w_, "day", st, 3);
          w_.field("outlet", st.text(4)).field("url", st.text(5)).field("title", st.text(6));
          w_.field("origin", st.text(7)).field("text", st.text(8));
          w_.key("duplicate_of");
          st.is_null(9) ? w_.raw("null") : w_.value(st.integer(9));
          w_.key("similarity");
          st.is_null(10) ? w_.raw("null") : w_.value(st.real(10));
        });
    if (!s.ok()) return s;
    if (!found) return not_found(fmt::format("no document {}", id));
    w_.key("sentences").begin_array();
    s = db_.query("SELECT n, start, \"end\", kind FROM sentences WHERE doc_id = ? ORDER BY n", {id},
                  [&](Statement& st) {
                    w_.begin_object().field("n", st.integer(0)).field("start", st.integer(1));
                    w_.field("end", st.integer(2)).field("kind", st.text(3)).end_object();
                  });
    if (!s.ok()) return s;
    w_.end_array();
    w_.key("events").begin_array();
    s = db_.query(
        "SELECT m.event_id, m.sentence, m.start, m.\"end\", m.source_start, m.source_end, m.target_start,"
        " m.target_end, e.code, e.source, e.target, e.quad, e.goldstein, e.date, e.negated, e.hypothetical,"
        " e.plover, e.mentions, s.start, substr(CAST(d.text AS BLOB), s.start + 1, s.\"end\" - s.start)"
        " FROM mentions m JOIN events e ON e.id = m.event_id JOIN documents d ON d.id = m.doc_id"
        " LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.n = m.sentence"
        " WHERE m.doc_id = ? ORDER BY m.sentence, m.start",
        {id}, [&](Statement& st) {
          w_.begin_object();
          w_.field("event_id", st.integer(0)).field("sentence", st.integer(1));
          write_spans(w_, st, 2);
          w_.field("code", st.text(8)).field("source", st.text(9)).field("target", st.text(10));
          w_.field("quad", st.integer(11)).field("goldstein", st.real(12)).field("date", st.text(13));
          w_.field("negated", st.integer(14) != 0).field("hypothetical", st.integer(15) != 0);
          w_.field("plover", st.text(16)).field("mentions", st.integer(17));
          write_evidence_field(w_, st, 18, 2);
          w_.end_object();
        });
    if (!s.ok()) return s;
    w_.end_array().end_object();
    return s;
  }

  Status series(const QueryParams& params) {
    auto p = simple_params(params, {"actor", "source", "target", "directed", "interval", "from", "to"});
    if (!p) return p.status();
    auto actor = root_param(*p, "actor");
    auto source = root_param(*p, "source");
    auto target = root_param(*p, "target");
    for (auto* r : {&actor, &source, &target}) {
      if (!*r) return r->status();
    }
    const bool dyad = !source->empty() && !target->empty();
    if (dyad == !actor->empty()) return invalid_argument("series: give either source and target, or actor");
    const std::string* interval = p->get("interval");
    const std::string_view unit = interval ? std::string_view(*interval) : std::string_view("day");
    if (unit != "day" && unit != "week" && unit != "month") return invalid_argument("interval: day, week or month");
    const bool directed = p->get("directed") && (*p->get("directed") == "1" || *p->get("directed") == "true");

    std::string where;
    std::vector<SqlValue> values;
    if (dyad) {
      where = "((source = ? AND target = ?)";
      values = {*source, *target};
      if (!directed) {
        where += " OR (source = ? AND target = ?)";
        values.emplace_back(*target);
        values.emplace_back(*source);
      }
      where += ")";
    } else {
      where = "actor = ?";
      values = {*actor};
    }
    day_range(*p, "day", where, values);
    // Weeks start on Monday (as in the store's dyad_weeks view), months on the 1st.
    const std::string period = unit == "week"    ? "date(day, '-6 days', 'weekday 1')"
                               : unit == "month" ? "date(day, 'start of month')"
                                                 : "day";
    const std::string sql = fmt::format(
        "SELECT {} AS period, sum(events), sum(quad1), sum(quad2), sum(quad3), sum(quad4), sum(goldstein_sum), {}"
        " FROM {} WHERE {} GROUP BY period ORDER BY period",
        period, dyad ? "sum(conflict)" : "0", dyad ? "dyad_days" : "actor_days", where);
    w_.begin_object();
    w_.field("interval", unit);
    w_.key("points").begin_array();
    Status s = db_.query(sql, values, [&](Statement& st) {
      const int64_t n = st.integer(1);
      w_.begin_object().field("period", st.text(0)).field("events", n);
      w_.field("quad1", st.integer(2)).field("quad2", st.integer(3)).field("quad3", st.integer(4));
      w_.field("quad4", st.integer(5)).field("goldstein_sum", st.real(6));
      w_.field("goldstein_mean", n > 0 ? st.real(6) / static_cast<double>(n) : 0.0);
      if (dyad) w_.field("conflict", st.real(7));
      w_.end_object();
    });
    if (!s.ok()) return s;
    w_.end_array();
    if (dyad) {
      // The escalation index is kept per undirected dyad, actor1 < actor2.
      const bool ordered = *source < *target;
      std::string esc_where = "actor1 = ? AND actor2 = ?";
      std::vector<SqlValue> esc_values = {ordered ? *source : *target, ordered ? *target : *source};
      day_range(*p, "day", esc_where, esc_values);
      w_.key("escalation").begin_array();
      s = db_.query(fmt::format("SELECT day, idx, window, baseline, conflict FROM escalation WHERE {} ORDER BY day",
                                esc_where),
                    esc_values, [&](Statement& st) {
                      w_.begin_object().field("day", st.text(0)).field("index", st.real(1));
                      w_.field("window", st.real(2)).field("baseline", st.real(3)).field("conflict", st.real(4));
                      w_.end_object();
                    });
      if (!s.ok()) return s;
      w_.end_array();
    }
    w_.end_object();
    return s;
  }

  Status dyads(const QueryParams& params) {
    auto p = simple_params(params, {"actor", "from", "to", "limit"});
    if (!p) return p.status();
    auto actor = root_param(*p, "actor");
    if (!actor) return actor.status();
    auto limit = limit_param(*p, 100, limits_.max_page);
    if (!limit) return limit.status();
    std::string where = "1";
    std::vector<SqlValue> values;
    if (!actor->empty()) {
      where += " AND (source = ? OR target = ?)";
      values = {*actor, *actor};
    }
    day_range(*p, "day", where, values);
    values.emplace_back(int64_t{*limit});
    const std::string sql = fmt::format(
        "SELECT g.*, a.name, b.name FROM (SELECT source, target, sum(events) AS n, sum(quad1), sum(quad2),"
        " sum(quad3), sum(quad4), sum(goldstein_sum), sum(conflict), min(day), max(day) FROM dyad_days WHERE {}"
        " GROUP BY source, target ORDER BY n DESC, source, target LIMIT ?) g"
        " LEFT JOIN actors a ON a.code = g.source LEFT JOIN actors b ON b.code = g.target ORDER BY g.n DESC,"
        " g.source, g.target",
        where);
    w_.begin_object();
    w_.key("dyads").begin_array();
    Status s = db_.query(sql, values, [&](Statement& st) {
      const int64_t n = st.integer(2);
      w_.begin_object().field("source", st.text(0)).field("target", st.text(1)).field("events", n);
      w_.field("quad1", st.integer(3)).field("quad2", st.integer(4)).field("quad3", st.integer(5));
      w_.field("quad4", st.integer(6)).field("goldstein_sum", st.real(7));
      w_.field("goldstein_mean", n > 0 ? st.real(7) / static_cast<double>(n) : 0.0);
      w_.field("conflict", st.real(8)).field("first_day", st.text(9)).field("last_day", st.text(10));
      optional_text(w_, "source_name", st, 11);
      optional_text(w_, "target_name", st, 12);
      w_.end_object();
    });
    if (!s.ok()) return s;
    w_.end_array().end_object();
    return s;
  }

  Status actors(const QueryParams& params) {
    auto p = simple_params(params, {"prefix", "limit"});
    if (!p) return p.status();
    auto limit = limit_param(*p, 100, limits_.max_page);
    if (!limit) return limit.status();
    std::string prefix;
    if (const std::string* v = p->get("prefix")) {
      for (char c : *v) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return invalid_argument("prefix: letters and digits");
        prefix.push_back(c);
      }
    }
    w_.begin_object();
    w_.key("actors").begin_array();
    Status s = db_.query(
        "SELECT code, root, name, events, first_seen, last_seen FROM actors WHERE code >= ? AND code < ?"
        " ORDER BY events DESC, code LIMIT ?",
        {prefix, prefix + "\x7f", int64_t{*limit}}, [&](Statement& st) {
          w_.begin_object().field("code", st.text(0)).field("root", st.text(1)).field("name", st.text(2));
          w_.field("events", st.integer(3));
          optional_text(w_, "first_seen", st, 4);
          optional_text(w_, "last_seen", st, 5);
          w_.end_object();
        });
    if (!s.ok()) return s;
    w_.end_array().end_object();
    return s;
  }

  Status alerts(const QueryParams& params) {
    auto p = simple_params(params, {"actor", "kind", "from", "to", "limit"});
    if (!p) return p.status();
    auto actor = root_param(*p, "actor");
    if (!actor) return actor.status();
    auto limit = limit_param(*p, 100, limits_.max_page);
    if (!limit) return limit.status();
    std::string where = "1";
    std::vector<SqlValue> values;
    if (!actor->empty()) {
      where += " AND (actor1 = ? OR actor2 = ? OR mediator = ?)";
      values = {*actor, *actor, *actor};
    }
    if (const std::string* kind = p->get("kind")) {
      if (*kind != "escalation" && *kind != "mediation") return invalid_argument("kind: escalation or mediation");
      where += " AND kind = ?";
      values.emplace_back(*kind);
    }
    day_range(*p, "day", where, values);
    values.emplace_back(int64_t{*limit});
    w_.begin_object();
    w_.key("alerts").begin_array();
    Status s = db_.query(
        fmt::format("SELECT id, kind, day, actor1, actor2, mediator, value, baseline, score, message, event_ids"
                    " FROM alerts WHERE {} ORDER BY day DESC, score DESC, id LIMIT ?",
                    where),
        values, [&](Statement& st) {
          w_.begin_object().field("id", st.integer(0)).field("kind", st.text(1)).field("day", st.text(2));
          w_.field("actor1", st.text(3)).field("actor2", st.text(4));
          optional_text(w_, "mediator", st, 5);
          w_.field("value", st.real(6)).field("baseline", st.real(7)).field("score", st.real(8));
          w_.field("message", st.text(9));
          w_.key("event_ids");
          is_id_array(st.text(10)) ? w_.raw(st.text(10)) : w_.raw("[]");
          w_.end_object();
        });
    if (!s.ok()) return s;
    w_.end_array().end_object();
    return s;
  }

  Status locations(const QueryParams& params) {
    auto filter = parse_event_filter(params, limits_);
    if (!filter) return filter.status();
    if (filter->after || filter->after_match) return invalid_argument("cursor: /api/locations is not paged");
    SqlCondition cond = event_condition(*filter);
    cond.values.emplace_back(int64_t{filter->limit});
    w_.begin_object();
    w_.key("locations").begin_array();
    Status s = db_.query(
        fmt::format("SELECT e.location_name, e.location_country, e.latitude, e.longitude, count(*) AS n,"
                    " sum(e.quad >= 3), sum(e.goldstein), max(e.date) FROM events e WHERE {} AND e.latitude IS NOT NULL"
                    " GROUP BY e.latitude, e.longitude, e.location_name ORDER BY n DESC LIMIT ?",
                    cond.where),
        cond.values, [&](Statement& st) {
          const int64_t n = st.integer(4);
          w_.begin_object().field("name", st.text(0));
          optional_text(w_, "country", st, 1);
          w_.field("latitude", st.real(2)).field("longitude", st.real(3)).field("events", n);
          w_.field("conflict_events", st.integer(5));
          w_.field("goldstein_mean", n > 0 ? st.real(6) / static_cast<double>(n) : 0.0);
          w_.field("last_day", st.text(7));
          w_.end_object();
        });
    if (!s.ok()) return s;
    w_.end_array().end_object();
    return s;
  }

 private:
  // The actor codes of a country-level root, at most kMaxRootCodes + 1 (more means "too many").
  std::vector<std::string> codes_of_root(const std::string& root) {
    std::vector<std::string> codes;
    Status s = db_.query("SELECT code FROM actors WHERE root = ? LIMIT ?", {root, int64_t{kMaxRootCodes + 1}},
                         [&](Statement& st) { codes.emplace_back(st.text(0)); });
    if (!s.ok()) codes.assign(kMaxRootCodes + 1, std::string());  // fall back to the range condition
    return codes;
  }

  ReadOnlyDatabase& db_;
  const ApiLimits& limits_;
  JsonWriter w_;
};

}  // namespace

class ApiService::Lease {
 public:
  Lease(ApiService& service, std::unique_ptr<ReadOnlyDatabase> db) : service_(service), db_(std::move(db)) {}
  ~Lease() { service_.release(std::move(db_)); }
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;
  ReadOnlyDatabase& db() { return *db_; }

 private:
  ApiService& service_;
  std::unique_ptr<ReadOnlyDatabase> db_;
};

Result<std::unique_ptr<ApiService>> ApiService::open(const std::string& db_path, ApiLimits limits) {
  std::unique_ptr<ApiService> service(new ApiService(db_path, limits));
  auto db = service->acquire();
  if (!db) return db.status();
  if (!(*db)->has_table("events") || !(*db)->has_table("dyad_days")) {
    return corrupt(fmt::format("{}: not a Faultline store (no events table); create it with `faultline ingest`", db_path));
  }
  service->release(std::move(*db));
  return service;
}

Result<std::unique_ptr<ReadOnlyDatabase>> ApiService::acquire() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto db = std::move(idle_.back());
      idle_.pop_back();
      return db;
    }
  }
  return ReadOnlyDatabase::open(db_path_, limits_.busy_timeout_ms, limits_.query_timeout_ms);
}

void ApiService::release(std::unique_ptr<ReadOnlyDatabase> db) {
  std::lock_guard lock(mutex_);
  if (idle_.size() < limits_.max_connections) idle_.push_back(std::move(db));
}

ApiResponse ApiService::handle(std::string_view path, const QueryParams& params) {
  auto db = acquire();
  if (!db) return error_response(db.status());
  Lease lease(*this, std::move(*db));
  ApiResponse response;
  Handlers h(lease.db(), limits_, response.body);
  auto id_after = [&](std::string_view prefix) -> std::optional<int64_t> {
    if (path.substr(0, prefix.size()) != prefix) return std::nullopt;
    return parse_id(path.substr(prefix.size()));
  };
  auto no_params = [&]() -> Status {
    return params.empty() ? Status() : invalid_argument(fmt::format("unknown parameter \"{}\"", params.begin()->first));
  };
  Status s;
  if (path == "/api/info") {
    s = no_params();
    if (s.ok()) s = h.info();
  } else if (path == "/api/events") {
    s = h.events(params);
  } else if (auto event_id = id_after("/api/events/")) {
    s = no_params();
    if (s.ok()) s = h.event(*event_id);
  } else if (auto doc_id = id_after("/api/documents/")) {
    s = no_params();
    if (s.ok()) s = h.document(*doc_id);
  } else if (path == "/api/series") {
    s = h.series(params);
  } else if (path == "/api/dyads") {
    s = h.dyads(params);
  } else if (path == "/api/actors") {
    s = h.actors(params);
  } else if (path == "/api/alerts") {
    s = h.alerts(params);
  } else if (path == "/api/locations") {
    s = h.locations(params);
  } else {
    s = not_found(fmt::format("no endpoint {}", path));
  }
  if (!s.ok()) return error_response(s);
  return response;
}

}  // namespace faultline::api
