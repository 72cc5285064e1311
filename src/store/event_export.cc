#include "store/event_export.h"

#include <fmt/format.h>

#include <cmath>
#include <iterator>

#include "cameo/event_codes.h"
#include "output/event_writer.h"
#include "output/json_writer.h"
#include "store/store.h"

namespace faultline {
namespace {

// Columns of the export query, in order.
enum Col {
  kId, kDocId, kDoc, kSentence, kStart, kEnd, kSource, kTarget, kSourceStart, kSourceEnd, kTargetStart,
  kTargetEnd, kSourceText, kTargetText, kCode, kRoot, kQuad, kPenta, kGoldstein, kPlover, kPloverMode, kDate,
  kDateBasis, kLocName, kLocCountry, kLat, kLon, kNegated, kHypothetical, kConfidence, kRule, kMentions,
  kArticles, kSources, kStories, kUrl, kOutlet, kIngested, kSentenceText
};

constexpr std::string_view kQuery =
    "SELECT e.id, e.doc_id, e.doc, e.sentence, e.start, e.end, e.source, e.target, e.source_start, e.source_end,"
    " e.target_start, e.target_end, e.source_text, e.target_text, e.code, e.root, e.quad, e.penta, e.goldstein,"
    " e.plover, e.plover_mode, e.date, e.date_basis, e.location_name, e.location_country, e.latitude, e.longitude,"
    " e.negated, e.hypothetical, e.confidence, e.rule, e.mentions, e.articles, e.sources, e.stories, d.url,"
    " d.outlet, d.ingested_at,"
    " CAST(substr(CAST(d.text AS BLOB), s.start + 1, s.end - s.start) AS TEXT)"
    " FROM events e JOIN documents d ON d.id = e.doc_id"
    " LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.n = e.sentence"
    " WHERE (?1 = '' OR e.date >= ?1) AND (?2 = '' OR e.date <= ?2)"
    " AND (?3 OR (e.negated = 0 AND e.hypothetical = 0)) ORDER BY e.id";

Event event_of(const Statement& r) {
  Event e;
  e.doc = r.text(kDoc);
  e.sentence = static_cast<uint32_t>(r.int64(kSentence));
  e.trigger = {static_cast<uint32_t>(r.int64(kStart)), static_cast<uint32_t>(r.int64(kEnd))};
  e.source = r.text(kSource);
  e.target = r.text(kTarget);
  e.source_span = {static_cast<uint32_t>(r.int64(kSourceStart)), static_cast<uint32_t>(r.int64(kSourceEnd))};
  e.target_span = {static_cast<uint32_t>(r.int64(kTargetStart)), static_cast<uint32_t>(r.int64(kTargetEnd))};
  e.source_text = r.text(kSourceText);
  e.target_text = r.text(kTargetText);
  e.code = r.text(kCode);
  e.root = r.text(kRoot);
  e.quad = static_cast<int>(r.int64(kQuad));
  e.penta = static_cast<int>(r.int64(kPenta));
  e.goldstein = r.real(kGoldstein);
  e.plover = r.text(kPlover);
  e.plover_mode = r.text(kPloverMode);
  e.date = r.text(kDate);
  e.date_basis = r.text(kDateBasis) == "text" ? DateBasis::kText : DateBasis::kPublication;
  if (!r.is_null(kLocName)) {
    EventLocation loc;
    loc.name = r.text(kLocName);
    loc.country = r.text(kLocCountry);
    if (!r.is_null(kLat)) {
      loc.latitude = r.real(kLat);
      loc.longitude = r.real(kLon);
      loc.has_coordinates = true;
    }
    e.location = std::move(loc);
  }
  e.negated = r.int64(kNegated) != 0;
  e.hypothetical = r.int64(kHypothetical) != 0;
  e.confidence = r.real(kConfidence);
  e.rule = r.text(kRule);
  return e;
}

// One tab-separated line; tabs and newlines inside values become spaces.
class Line {
 public:
  explicit Line(std::string& out) : out_(out) {}
  Line& text(std::string_view s) {
    sep();
    for (char c : s) out_.push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
    return *this;
  }
  Line& number(int64_t n) {
    sep();
    fmt::format_to(std::back_inserter(out_), "{}", n);
    return *this;
  }
  Line& real(double d) {
    sep();
    if (std::isfinite(d)) fmt::format_to(std::back_inserter(out_), "{}", d);
    return *this;
  }
  Line& empty() {
    sep();
    return *this;
  }
  void end() { out_.push_back('\n'); }

 private:
  void sep() {
    if (!first_) out_.push_back('\t');
    first_ = false;
  }
  std::string& out_;
  bool first_ = true;
};

std::string compact_date(std::string_view iso) {  // "2022-07-31" -> "20220731"
  std::string out;
  for (char c : iso.substr(0, 10)) {
    if (c != '-') out.push_back(c);
  }
  return out;
}

// CAMEO actor code parts: root (country or international code), then 3-letter groups.
struct ActorParts {
  std::string_view root;
  std::string_view type[3];
};

ActorParts actor_parts(std::string_view code) {
  ActorParts p;
  p.root = actor_root(code);
  std::string_view rest = code.substr(std::min(code.size(), p.root.size()));
  for (auto& t : p.type) {
    t = rest.substr(0, std::min<size_t>(3, rest.size()));
    rest.remove_prefix(t.size());
  }
  return p;
}

void gdelt_actor(Line& l, std::string_view code, std::string_view name) {
  ActorParts p = actor_parts(code);
  bool international = p.root.size() == 6;
  l.text(code).text(name).text(international ? std::string_view() : p.root);
  l.text(international ? p.root : std::string_view());  // KnownGroupCode
  l.empty().empty().empty();                           // Ethnic, Religion1, Religion2
  l.text(p.type[0]).text(p.type[1]).text(p.type[2]);
}

void gdelt_geo(Line& l, const Statement& r, bool present) {
  if (!present || r.is_null(kLocName)) {
    for (int i = 0; i < 8; ++i) l.empty();
    return;
  }
  l.number(4).text(r.text(kLocName)).text(r.text(kLocCountry)).empty().empty();
  if (r.is_null(kLat)) l.empty().empty(); else l.real(r.real(kLat)).real(r.real(kLon));
  l.empty();
}

void append_gdelt(const Statement& r, std::string& out) {
  Line l(out);
  std::string_view date = r.text(kDate);
  std::string day = compact_date(date);
  auto digits = [&](size_t from, size_t n) {
    int v = 0;
    for (size_t i = from; i < from + n && i < day.size(); ++i) v = v * 10 + (day[i] - '0');
    return v;
  };
  int year = digits(0, 4), month = digits(4, 2), dom = digits(6, 2);
  l.number(r.int64(kId)).text(day).text(day.substr(0, std::min<size_t>(6, day.size()))).number(year);
  l.real(std::round((year + ((month - 1) * 30.4375 + dom) / 365.25) * 10000) / 10000);
  gdelt_actor(l, r.text(kSource), r.text(kSourceText));
  gdelt_actor(l, r.text(kTarget), r.text(kTargetText));
  std::string_view code = r.text(kCode);
  l.number(r.int64(kSentence) <= 3 ? 1 : 0).text(code).text(code.substr(0, std::min<size_t>(3, code.size())));
  l.text(r.text(kRoot)).number(r.int64(kQuad)).real(r.real(kGoldstein));
  l.number(r.int64(kMentions)).number(r.int64(kSources)).number(r.int64(kArticles)).empty();
  gdelt_geo(l, r, false);  // Actor1Geo: where the actor is from is not coded
  gdelt_geo(l, r, false);  // Actor2Geo
  gdelt_geo(l, r, true);   // ActionGeo
  std::string added;
  for (char c : r.text(kIngested)) {
    if (c >= '0' && c <= '9') added.push_back(c);
  }
  l.text(added);
  l.text(r.text(kUrl));
  l.end();
}

void append_phoenix(const Statement& r, std::string& out) {
  Line l(out);
  std::string day = compact_date(r.text(kDate));
  l.number(r.int64(kId)).text(day);
  l.text(day.substr(0, std::min<size_t>(4, day.size()))).text(day.size() >= 6 ? day.substr(4, 2) : "");
  l.text(day.size() >= 8 ? day.substr(6, 2) : "");
  for (std::string_view code : {r.text(kSource), r.text(kTarget)}) {
    ActorParts p = actor_parts(code);
    l.text(code).text(p.root).text(p.type[0]).text(p.type[1]);
  }
  l.text(r.text(kCode)).text(r.text(kRoot)).number(r.int64(kQuad)).real(r.real(kGoldstein)).empty();
  if (r.is_null(kLat)) l.empty().empty(); else l.real(r.real(kLat)).real(r.real(kLon));
  l.text(r.text(kLocName)).empty().text(r.text(kLocCountry));
  l.text(std::string(r.text(kDoc)) + "_" + std::to_string(r.int64(kSentence)));
  l.text(r.text(kUrl)).text(r.text(kOutlet));
  l.end();
}

void write_location(JsonWriter& w, const Statement& r) {
  w.key("location");
  if (r.is_null(kLocName)) {
    w.raw("null");
    return;
  }
  w.begin_object().field("name", r.text(kLocName)).field("country", r.text(kLocCountry));
  if (r.is_null(kLat)) {
    w.key("latitude").raw("null").key("longitude").raw("null");
  } else {
    w.field("latitude", r.real(kLat)).field("longitude", r.real(kLon));
  }
  w.end_object();
}

void append_plover(const Statement& r, std::string& out) {
  const CameoCode* cameo = find_cameo_code(r.text(kCode));
  JsonWriter w(out);
  w.begin_object();
  w.field("id", r.int64(kId)).field("date", r.text(kDate)).field("event_type", r.text(kPlover));
  w.field("mode", r.text(kPloverMode)).field("context", cameo ? cameo->plover_context : std::string_view());
  w.field("actor", r.text(kSource)).field("actor_text", r.text(kSourceText));
  w.field("recipient", r.text(kTarget)).field("recipient_text", r.text(kTargetText));
  w.field("cameo", r.text(kCode)).field("goldstein", r.real(kGoldstein)).field("quad", r.int64(kQuad));
  write_location(w, r);
  w.field("source", r.text(kOutlet)).field("url", r.text(kUrl)).field("text", r.text(kSentenceText));
  w.field("mentions", r.int64(kMentions)).field("sources", r.int64(kSources)).field("articles", r.int64(kArticles));
  w.end_object();
  out.push_back('\n');
}

void append_jsonl(const Statement& r, std::string& out) {
  append_event_jsonl(event_of(r), out);
  // Reopen the record ("...}\n") to add the store's fields.
  out.resize(out.size() - 2);
  out.push_back(',');
  JsonWriter w(out);  // a fresh writer: it separates from the second key on
  w.field("id", r.int64(kId)).field("mentions", r.int64(kMentions)).field("articles", r.int64(kArticles));
  w.field("sources", r.int64(kSources)).field("stories", r.int64(kStories));
  w.field("outlet", r.text(kOutlet)).field("url", r.text(kUrl));
  out.append("}\n");
}

}  // namespace

Result<ExportFormat> parse_export_format(std::string_view name) {
  if (name == "gdelt") return ExportFormat::kGdelt;
  if (name == "phoenix") return ExportFormat::kPhoenix;
  if (name == "plover") return ExportFormat::kPlover;
  if (name == "jsonl") return ExportFormat::kJsonl;
  return invalid_argument("unknown export format '" + std::string(name) + "' (gdelt, phoenix, plover, jsonl)");
}

Status export_events(Database& db, ExportFormat format, const ExportFilter& filter,
                     const std::function<bool(const std::string&)>& write) {
  auto q = db.prepare(kQuery);
  if (!q.ok()) return q.status();
  q->push(filter.from).push(filter.to).push(filter.include_flagged ? 1 : 0);
  std::string out;
  while (q->step()) {
    switch (format) {
      case ExportFormat::kGdelt: append_gdelt(*q, out); break;
      case ExportFormat::kPhoenix: append_phoenix(*q, out); break;
      case ExportFormat::kPlover: append_plover(*q, out); break;
      case ExportFormat::kJsonl: append_jsonl(*q, out); break;
    }
    if (out.size() >= (1u << 20)) {
      if (!write(out)) return io_error("writing the export failed");
      out.clear();
    }
  }
  if (!db.ok()) return db.status();
  if (!out.empty() && !write(out)) return io_error("writing the export failed");
  return Status();
}

}  // namespace faultline
