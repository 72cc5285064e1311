#include "output/event_writer.h"

#include <charconv>
#include <cmath>

#include "output/json_writer.h"

namespace faultline {
namespace {

void write_span(JsonWriter& w, std::string_view key, ByteSpan span) {
  w.key(key).begin_array().value(span.begin).value(span.end).end_array();
}

void append_tsv_text(std::string& out, std::string_view s) {
  size_t run_start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c != '\t' && c != '\n' && c != '\r' && c != '\\') continue;
    out.append(s.data() + run_start, i - run_start);
    run_start = i + 1;
    out.push_back('\\');
    out.push_back(c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\');
  }
  out.append(s.data() + run_start, s.size() - run_start);
}

void append_tsv_number(std::string& out, uint64_t n) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, n);
  out.append(buf, r.ptr);
}

void append_tsv_number(std::string& out, int64_t n) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, n);
  out.append(buf, r.ptr);
}

void append_tsv_number(std::string& out, double d) {
  if (!std::isfinite(d)) return;  // an empty cell, like a missing coordinate
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, d);
  out.append(buf, r.ptr);
}

// Column writer: a tab before every column but the first.
class TsvRow {
 public:
  explicit TsvRow(std::string& out) : out_(out) {}
  TsvRow& text(std::string_view s) { sep(); append_tsv_text(out_, s); return *this; }
  TsvRow& number(uint64_t n) { sep(); append_tsv_number(out_, n); return *this; }
  TsvRow& number(int n) { sep(); append_tsv_number(out_, static_cast<int64_t>(n)); return *this; }
  TsvRow& number(double d) { sep(); append_tsv_number(out_, d); return *this; }
  TsvRow& empty() { sep(); return *this; }
  TsvRow& flag(bool b) { sep(); out_.append(b ? "true" : "false"); return *this; }
  void end() { out_.push_back('\n'); }

 private:
  void sep() {
    if (!first_) out_.push_back('\t');
    first_ = false;
  }
  std::string& out_;
  bool first_ = true;
};

}  // namespace

Result<EventFormat> parse_event_format(std::string_view name) {
  if (name == "jsonl") return EventFormat::kJsonl;
  if (name == "tsv") return EventFormat::kTsv;
  return invalid_argument("unknown event format '" + std::string(name) + "' (jsonl, tsv)");
}

const char* date_basis_name(DateBasis basis) {
  return basis == DateBasis::kText ? "text" : "publication";
}

void append_event_jsonl(const Event& e, std::string& out) {
  JsonWriter w(out);
  w.begin_object();
  w.field("doc", std::string_view(e.doc));
  w.field("sentence", e.sentence);
  w.field("start", e.trigger.begin);
  w.field("end", e.trigger.end);
  w.field("source", std::string_view(e.source));
  w.field("target", std::string_view(e.target));
  write_span(w, "source_span", e.source_span);
  write_span(w, "target_span", e.target_span);
  w.field("source_text", std::string_view(e.source_text));
  w.field("target_text", std::string_view(e.target_text));
  w.field("code", std::string_view(e.code));
  w.field("root", std::string_view(e.root));
  w.field("quad", e.quad);
  w.field("penta", e.penta);
  w.field("goldstein", e.goldstein);
  w.field("plover", std::string_view(e.plover));
  w.field("plover_mode", std::string_view(e.plover_mode));
  w.field("date", std::string_view(e.date));
  w.field("date_basis", date_basis_name(e.date_basis));
  w.key("location");
  if (e.location) {
    const EventLocation& loc = *e.location;
    w.begin_object();
    w.field("name", std::string_view(loc.name));
    w.field("country", std::string_view(loc.country));
    if (loc.has_coordinates) {
      w.field("latitude", loc.latitude);
      w.field("longitude", loc.longitude);
    } else {
      w.key("latitude").raw("null");
      w.key("longitude").raw("null");
    }
    w.end_object();
  } else {
    w.raw("null");
  }
  w.field("negated", e.negated);
  w.field("hypothetical", e.hypothetical);
  w.field("confidence", e.confidence);
  w.field("rule", std::string_view(e.rule));
  w.end_object();
  out.push_back('\n');
}

void append_event_tsv_header(std::string& out) {
  out.append(
      "doc\tsentence\tstart\tend\tsource\ttarget\tsource_start\tsource_end\ttarget_start\ttarget_end\t"
      "source_text\ttarget_text\tcode\troot\tquad\tpenta\tgoldstein\tplover\tplover_mode\tdate\tdate_basis\t"
      "location_name\tlocation_country\tlatitude\tlongitude\tnegated\thypothetical\tconfidence\trule\n");
}

void append_event_tsv(const Event& e, std::string& out) {
  TsvRow row(out);
  row.text(e.doc).number(uint64_t{e.sentence}).number(uint64_t{e.trigger.begin}).number(uint64_t{e.trigger.end});
  row.text(e.source).text(e.target);
  row.number(uint64_t{e.source_span.begin}).number(uint64_t{e.source_span.end});
  row.number(uint64_t{e.target_span.begin}).number(uint64_t{e.target_span.end});
  row.text(e.source_text).text(e.target_text);
  row.text(e.code).text(e.root).number(e.quad).number(e.penta).number(e.goldstein);
  row.text(e.plover).text(e.plover_mode);
  row.text(e.date).text(date_basis_name(e.date_basis));
  if (e.location) {
    row.text(e.location->name).text(e.location->country);
    if (e.location->has_coordinates) {
      row.number(e.location->latitude).number(e.location->longitude);
    } else {
      row.empty().empty();
    }
  } else {
    row.empty().empty().empty().empty();
  }
  row.flag(e.negated).flag(e.hypothetical).number(e.confidence).text(e.rule);
  row.end();
}

}  // namespace faultline
