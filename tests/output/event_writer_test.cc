#include "output/event_writer.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <sstream>
#include <vector>

#include "cameo/event_codes.h"

namespace faultline {
namespace {

Event arrest_event() {
  Event e;
  e.doc = "wire-7";
  e.sentence = 2;
  e.trigger = {41, 49};
  e.source = "SRBCOP";
  e.target = "KSVGOV";
  e.source_span = {0, 14};
  e.target_span = {50, 68};
  e.source_text = "Serbian police";
  e.target_text = "a Kosovo \"official\"";
  e.code = "173";
  fill_derived(e);
  e.date = "2023-05-26";
  e.date_basis = DateBasis::kText;
  e.confidence = 0.875;
  e.rule = "verbs.txt:12\tdetain";
  return e;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  std::string part;
  std::stringstream in(s);
  while (std::getline(in, part, sep)) parts.push_back(part);
  if (!s.empty() && s.back() == sep) parts.emplace_back();
  return parts;
}

TEST(EventWriter, JsonLineParsesBackWithEveryField) {
  std::string out;
  append_event_jsonl(arrest_event(), out);
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.back(), '\n');
  EXPECT_EQ(out.find('\n'), out.size() - 1) << "one event, one line";

  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(out).get(doc), simdjson::SUCCESS) << out;
  simdjson::dom::object obj = doc.get_object();

  const char* keys[] = {"doc", "sentence", "start", "end", "source", "target", "source_span", "target_span",
                        "source_text", "target_text", "code", "root", "quad", "penta", "goldstein", "plover",
                        "plover_mode", "date", "date_basis", "location", "negated", "hypothetical",
                        "confidence", "rule"};
  size_t i = 0;
  for (auto field : obj) {
    ASSERT_LT(i, std::size(keys));
    EXPECT_EQ(field.key, keys[i]) << "field order follows the event record";
    ++i;
  }
  EXPECT_EQ(i, std::size(keys));

  EXPECT_EQ(std::string_view(obj["doc"]), "wire-7");
  EXPECT_EQ(uint64_t(obj["sentence"]), 2u);
  EXPECT_EQ(uint64_t(obj["start"]), 41u);
  EXPECT_EQ(uint64_t(obj["end"]), 49u);
  simdjson::dom::array target_span = obj["target_span"];
  ASSERT_EQ(target_span.size(), 2u);
  EXPECT_EQ(uint64_t(target_span.at(0)), 50u);
  EXPECT_EQ(uint64_t(target_span.at(1)), 68u);
  EXPECT_EQ(std::string_view(obj["target_text"]), "a Kosovo \"official\"");
  EXPECT_EQ(std::string_view(obj["code"]), "173") << "codes stay strings";
  EXPECT_EQ(std::string_view(obj["root"]), "17");
  EXPECT_EQ(int64_t(obj["quad"]), 4);
  EXPECT_EQ(int64_t(obj["penta"]), 4);
  EXPECT_DOUBLE_EQ(double(obj["goldstein"]), -5.0);
  EXPECT_EQ(std::string_view(obj["plover"]), "COERCE");
  EXPECT_EQ(std::string_view(obj["plover_mode"]), "arrest");
  EXPECT_EQ(std::string_view(obj["date_basis"]), "text");
  EXPECT_TRUE(obj["location"].is_null());
  EXPECT_FALSE(bool(obj["negated"]));
  EXPECT_DOUBLE_EQ(double(obj["confidence"]), 0.875);
  EXPECT_EQ(std::string_view(obj["rule"]), "verbs.txt:12\tdetain");
}

TEST(EventWriter, JsonEscapesControlCharactersAndKeepsUtf8) {
  Event e = arrest_event();
  e.source_text = "Pri\xc5\xa1tina\n\\ \x01";
  e.code = "0256";
  e.negated = true;
  e.location = EventLocation{"Zve\xc4\x8d" "an", "KSV", 42.9, 20.84, true};
  std::string out;
  append_event_jsonl(e, out);
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(out).get(doc), simdjson::SUCCESS) << out;
  EXPECT_EQ(std::string_view(doc["source_text"]), "Pri\xc5\xa1tina\n\\ \x01");
  EXPECT_EQ(std::string_view(doc["code"]), "0256") << "leading zero kept";
  EXPECT_TRUE(bool(doc["negated"]));
  EXPECT_EQ(std::string_view(doc["location"]["name"]), "Zve\xc4\x8d" "an");
  EXPECT_EQ(std::string_view(doc["location"]["country"]), "KSV");
  EXPECT_DOUBLE_EQ(double(doc["location"]["latitude"]), 42.9);

  e.location->has_coordinates = false;
  out.clear();
  append_event_jsonl(e, out);
  ASSERT_EQ(parser.parse(out).get(doc), simdjson::SUCCESS) << out;
  EXPECT_TRUE(doc["location"]["longitude"].is_null());
}

TEST(EventWriter, TsvHasAHeaderAndOneEscapedLinePerEvent) {
  std::string out;
  append_event_tsv_header(out);
  Event e = arrest_event();
  e.target_text = "two\nlines";
  append_event_tsv(e, out);
  append_event(EventFormat::kTsv, arrest_event(), out);
  auto lines = split(out, '\n');
  ASSERT_EQ(lines.size(), 4u);  // header, two events, empty after the final newline
  EXPECT_TRUE(lines[3].empty());
  auto header = split(lines[0], '\t');
  auto row = split(lines[1], '\t');
  ASSERT_EQ(header.size(), 29u);
  ASSERT_EQ(row.size(), header.size()) << lines[1];
  auto column = [&](const std::string& name) {
    for (size_t i = 0; i < header.size(); ++i) {
      if (header[i] == name) return row[i];
    }
    ADD_FAILURE() << "no column " << name;
    return std::string();
  };
  EXPECT_EQ(column("doc"), "wire-7");
  EXPECT_EQ(column("code"), "173");
  EXPECT_EQ(column("target_start"), "50");
  EXPECT_EQ(column("target_text"), "two\\nlines");
  EXPECT_EQ(column("goldstein"), "-5");
  EXPECT_EQ(column("plover_mode"), "arrest");
  EXPECT_EQ(column("location_name"), "");
  EXPECT_EQ(column("negated"), "false");
  EXPECT_EQ(column("rule"), "verbs.txt:12\\tdetain");
}

TEST(EventWriter, FormatNames) {
  EXPECT_EQ(*parse_event_format("jsonl"), EventFormat::kJsonl);
  EXPECT_EQ(*parse_event_format("tsv"), EventFormat::kTsv);
  EXPECT_FALSE(parse_event_format("csv").ok());
}

}  // namespace
}  // namespace faultline
