// JSON Lines gold events: {"id", "date", "text", "events": [{"source", "target", "code"}]} per line.
#include <simdjson.h>

#include <string>

#include "eval/gold.h"
#include "text/dates.h"

namespace faultline {
namespace {

// A string member, "" when missing; false when present but not a string.
bool string_member(simdjson::dom::object obj, std::string_view key, std::string& out) {
  simdjson::dom::element value;
  if (obj.at_key(key).get(value) != simdjson::SUCCESS || value.is_null()) {
    out.clear();
    return true;
  }
  std::string_view s;
  if (value.get(s) != simdjson::SUCCESS) return false;
  out.assign(s);
  return true;
}

std::string_view trim_line(std::string_view s) {
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

}  // namespace

Result<GoldSet> parse_jsonl_gold(std::string_view content, const std::filesystem::path& path) {
  GoldSet gold;
  gold.path = path;
  gold.format = GoldFormat::kJsonl;
  simdjson::dom::parser parser;
  size_t line_number = 0;
  size_t from = 0;
  while (from < content.size()) {
    size_t newline = content.find('\n', from);
    std::string_view line = trim_line(content.substr(from, newline == std::string_view::npos ? content.npos : newline - from));
    from = newline == std::string_view::npos ? content.size() : newline + 1;
    ++line_number;
    if (line.empty()) continue;
    std::string where = path.string() + ":" + std::to_string(line_number) + ": ";

    simdjson::dom::element parsed;
    if (auto error = parser.parse(line.data(), line.size()).get(parsed); error != simdjson::SUCCESS) {
      return corrupt(where + "invalid JSON: " + simdjson::error_message(error));
    }
    simdjson::dom::object obj;
    if (parsed.get(obj) != simdjson::SUCCESS) return corrupt(where + "expected a JSON object");

    GoldRecord record;
    record.line = line_number;
    std::string date;
    if (!string_member(obj, "id", record.id) || !string_member(obj, "date", date) ||
        !string_member(obj, "text", record.text)) {
      return corrupt(where + "\"id\", \"date\" and \"text\" must be strings");
    }
    if (record.id.empty() && !string_member(obj, "doc", record.id)) return corrupt(where + "\"doc\" must be a string");
    if (record.id.empty()) record.id = path.filename().string() + ":" + std::to_string(line_number);
    if (record.text.empty()) return corrupt(where + "the record has no \"text\"");
    record.date = date.empty() ? date : normalize_date(date);

    simdjson::dom::element events;
    if (obj.at_key("events").get(events) == simdjson::SUCCESS && !events.is_null()) {
      simdjson::dom::array list;
      if (events.get(list) != simdjson::SUCCESS) return corrupt(where + "\"events\" must be an array");
      for (simdjson::dom::element item : list) {
        simdjson::dom::object event;
        if (item.get(event) != simdjson::SUCCESS) return corrupt(where + "every event must be an object");
        GoldEvent e;
        if (!string_member(event, "source", e.source) || !string_member(event, "target", e.target) ||
            !string_member(event, "code", e.code)) {
          return corrupt(where + "an event's \"source\", \"target\" and \"code\" must be strings");
        }
        if (e.code.empty()) return corrupt(where + "an event has no \"code\"");
        record.events.push_back(std::move(e));
      }
    }
    gold.records.push_back(std::move(record));
  }
  if (gold.records.empty()) return corrupt(path.string() + ": no records");
  return gold;
}

}  // namespace faultline
