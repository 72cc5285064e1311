#include "api/evidence.h"

#include <algorithm>
#include <array>

namespace faultline::api {
namespace {

struct Mark {
  int64_t begin, end;
  const char* role;
};

// Moves `pos` back to the start of a UTF-8 sequence so a cut never splits a character.
size_t char_boundary(std::string_view s, size_t pos) {
  while (pos > 0 && pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

}  // namespace

void write_evidence(JsonWriter& w, std::string_view sentence, const EvidenceSpans& spans) {
  const int64_t base = spans.sentence_start;
  const auto size = static_cast<int64_t>(sentence.size());
  std::array<Mark, 3> candidates = {{
      {spans.trigger_start - base, spans.trigger_end - base, "trigger"},
      {spans.source_start - base, spans.source_end - base, "source"},
      {spans.target_start - base, spans.target_end - base, "target"},
  }};
  std::sort(candidates.begin(), candidates.end(), [](const Mark& a, const Mark& b) { return a.begin < b.begin; });
  w.begin_object();
  w.field("sentence", sentence);
  w.key("parts").begin_array();
  size_t pos = 0;
  for (const Mark& m : candidates) {
    if (m.begin >= m.end || m.begin < 0 || m.end > size) continue;
    const size_t b = char_boundary(sentence, static_cast<size_t>(m.begin));
    const size_t e = char_boundary(sentence, static_cast<size_t>(m.end));
    if (b < pos || e <= b) continue;  // overlaps the previous mark
    if (b > pos) w.begin_object().field("text", sentence.substr(pos, b - pos)).end_object();
    w.begin_object().field("text", sentence.substr(b, e - b)).field("role", m.role).end_object();
    pos = e;
  }
  if (pos < sentence.size()) w.begin_object().field("text", sentence.substr(pos)).end_object();
  w.end_array();
  w.end_object();
}

bool is_id_array(std::string_view json) {
  if (json.size() < 2 || json.front() != '[' || json.back() != ']') return false;
  return std::all_of(json.begin() + 1, json.end() - 1,
                     [](char c) { return (c >= '0' && c <= '9') || c == ',' || c == ' '; });
}

}  // namespace faultline::api
