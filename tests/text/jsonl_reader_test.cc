#include <gtest/gtest.h>

#include "text/reader_test_support.h"

namespace faultline {
namespace {

using testing::read_all;
using testing::TempDir;

TEST(JsonlReader, ReadsMetadataAndKeepsUnknownFieldsVerbatim) {
  TempDir dir;
  std::string path = dir.write(
      "news.jsonl",
      R"({"id":"a1","date":"Thu, 07 Dec 2023 10:00:00 GMT","source":"Wire","url":"https://example.org/a1","title":"Ports Reopen","text":"The ports reopened.\nTrade resumed.","lang":"en","tags": ["trade", "ports"] ,"meta":{"score": 1.50},"flag":true,"none":null})"
      "\n"
      R"({"id":42,"published":"2023-12-08","body":"Quote: \"We will talk.\" \u00e9"})"
      "\n");
  auto r = read_all({path});
  ASSERT_EQ(r.docs.size(), 2u) << r.issue_text();
  const Document& a = r.docs[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.date, "2023-12-07T10:00:00Z");
  EXPECT_EQ(a.source, "Wire");
  EXPECT_EQ(a.url, "https://example.org/a1");
  EXPECT_EQ(a.title, "Ports Reopen");
  EXPECT_EQ(a.text, "The ports reopened.\nTrade resumed.");
  EXPECT_EQ(a.origin, path + ":1");
  std::vector<std::pair<std::string, std::string>> extras = {
      {"lang", "\"en\""}, {"tags", "[\"trade\", \"ports\"]"}, {"meta", "{\"score\": 1.50}"},
      {"flag", "true"},   {"none", "null"}};
  EXPECT_EQ(a.extra_fields, extras);
  const Document& b = r.docs[1];
  EXPECT_EQ(b.id, "42") << "numeric ids are taken as written";
  EXPECT_EQ(b.date, "2023-12-08");
  EXPECT_EQ(b.text, "Quote: \"We will talk.\" \xC3\xA9");
  EXPECT_TRUE(r.issues.empty()) << r.issue_text();
}

TEST(JsonlReader, MissingIdIsDerivedFromFileAndLineAndBlankLinesAreIgnored) {
  TempDir dir;
  std::string path = dir.write("feed.ndjson",
                               "\n{\"text\":\"First.\"}\r\n   \n{\"text\":\"Second.\",\"id\":\"\"}\n");
  auto r = read_all({path});
  ASSERT_EQ(r.docs.size(), 2u) << r.issue_text();
  EXPECT_EQ(r.docs[0].id, "feed.ndjson:2");
  EXPECT_EQ(r.docs[1].id, "feed.ndjson:4");
  EXPECT_EQ(r.docs[1].origin, path + ":4");
  EXPECT_TRUE(r.issues.empty()) << r.issue_text();
}

TEST(JsonlReader, FirstTextAliasWinsAndTheOthersAreKept) {
  TempDir dir;
  auto r = read_all({dir.write("a.jsonl", R"({"content":"From content.","text":"From text.","date":"20080801"})")});
  ASSERT_EQ(r.docs.size(), 1u) << r.issue_text();
  EXPECT_EQ(r.docs[0].text, "From content.");
  EXPECT_EQ(r.docs[0].date, "2008-08-01");
  ASSERT_EQ(r.docs[0].extra_fields.size(), 1u);
  EXPECT_EQ(r.docs[0].extra_fields[0].first, "text");
  EXPECT_EQ(r.docs[0].extra_fields[0].second, "\"From text.\"");
}

TEST(JsonlReader, BadLinesAreSkippedWithFileAndLineAndReadingGoesOn) {
  TempDir dir;
  std::string path = dir.write("mixed.jsonl",
                               "{\"id\":\"ok1\",\"text\":\"Fine.\"}\n"
                               "{\"id\":\"broken\",\"text\":\"no closing brace\"\n"
                               "{\"id\":\"notext\",\"title\":\"Only a title\"}\n"
                               "[1,2,3]\n"
                               "{\"id\":\"bad\",\"text\":\"bad byte \xFF here\"}\n"
                               "{\"id\":\"nul\",\"text\":\"escaped \\u0000 NUL\"}\n"
                               "{\"id\":\"two\",\"text\":\"x\"} {\"id\":\"three\"}\n"
                               "{\"id\":\"blank\",\"text\":\"  \"}\n"
                               "{\"id\":\"ok2\",\"text\":\"Also fine.\"}\n"
                               "{\"id\":\"cut\",\"text\":\"the file ends in the mid");
  auto r = read_all({path});
  ASSERT_EQ(r.docs.size(), 2u) << r.issue_text();
  EXPECT_EQ(r.docs[0].id, "ok1");
  EXPECT_EQ(r.docs[1].id, "ok2");
  ASSERT_EQ(r.issues.size(), 8u) << r.issue_text();
  EXPECT_EQ(r.issues[0].where, path + ":2");
  EXPECT_EQ(r.issues[0].reason, "truncated JSON");
  EXPECT_EQ(r.issues[1].where, path + ":3");
  EXPECT_EQ(r.issues[1].reason, "missing text");
  EXPECT_EQ(r.issues[2].where, path + ":4");
  EXPECT_EQ(r.issues[2].reason, "invalid JSON");
  EXPECT_EQ(r.issues[3].where, path + ":5");
  EXPECT_EQ(r.issues[3].reason, "invalid UTF-8");
  EXPECT_NE(r.issues[3].detail.find("first bad byte 0xFF at line 5, column 30"), std::string::npos)
      << r.issues[3].detail;
  EXPECT_EQ(r.issues[4].where, path + ":6");
  EXPECT_EQ(r.issues[4].reason, "NUL byte");
  EXPECT_EQ(r.issues[5].where, path + ":7");
  EXPECT_EQ(r.issues[5].reason, "invalid JSON");
  EXPECT_EQ(r.issues[6].where, path + ":8");
  EXPECT_EQ(r.issues[6].reason, "empty");
  EXPECT_EQ(r.issues[7].where, path + ":10");
  EXPECT_EQ(r.issues[7].reason, "truncated JSON");
  EXPECT_EQ(r.stats.documents_skipped, 8u);
}

TEST(JsonlReader, OverlongLineIsDroppedWithoutHoldingItAndLaterLinesAreRead) {
  TempDir dir;
  ReaderOptions options;
  options.max_document_bytes = 4096;
  std::string huge = "{\"id\":\"huge\",\"text\":\"" + std::string(3'000'000, 'h') + "\"}";
  std::string path = dir.write("big.jsonl", "{\"id\":\"before\",\"text\":\"A.\"}\n" + huge +
                                                "\n{\"id\":\"after\",\"text\":\"B.\"}\n");
  auto r = read_all({path}, options);
  ASSERT_EQ(r.docs.size(), 2u) << r.issue_text();
  EXPECT_EQ(r.docs[0].id, "before");
  EXPECT_EQ(r.docs[1].id, "after");
  EXPECT_EQ(r.docs[1].origin, path + ":3");
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].where, path + ":2");
  EXPECT_EQ(r.issues[0].reason, "too large");
  EXPECT_EQ(r.issues[0].detail, "line of " + std::to_string(huge.size()) +
                                    " bytes starting at byte offset 28; the limit is 4096");
}

TEST(JsonlReader, GzipAndTruncatedGzipKeepTheLinesBeforeTheCut) {
  TempDir dir;
  std::string lines;
  for (int i = 0; i < 3000; ++i) {
    lines.append("{\"id\":\"n").append(std::to_string(i)).append("\",\"text\":\"Report ");
    lines.append(std::to_string(i * 7919)).append(".\"}\n");
  }
  std::string gz = testing::gzip(lines);
  auto whole = read_all({dir.write("all.jsonl.gz", gz)});
  EXPECT_EQ(whole.docs.size(), 3000u) << whole.issue_text();
  EXPECT_TRUE(whole.issues.empty());

  std::string cut = dir.write("cut.jsonl.gz", gz.substr(0, gz.size() * 2 / 3));
  auto r = read_all({cut});
  EXPECT_GT(r.docs.size(), 100u);
  EXPECT_LT(r.docs.size(), 3000u);
  for (size_t i = 0; i < r.docs.size(); ++i) ASSERT_EQ(r.docs[i].id, std::string("n").append(std::to_string(i)));
  ASSERT_EQ(r.issues.size(), 1u) << r.issue_text();
  EXPECT_EQ(r.issues[0].reason, "truncated gzip");
  EXPECT_EQ(r.issues[0].where.rfind(cut + ":", 0), 0u) << "names the line being read: " << r.issues[0].where;
}

TEST(JsonlReader, LineJustOverTheLimitIsTooLargeEvenWhenItFitsTheBuffer) {
  TempDir dir;
  ReaderOptions options;
  options.max_document_bytes = 4096;
  std::string line = "{\"id\":\"long\",\"text\":\"" + std::string(5000, 'l') + "\"}";
  std::string path = dir.write("b.jsonl", line + "\n{\"id\":\"short\",\"text\":\"S.\"}\n");
  auto r = read_all({path}, options);
  ASSERT_EQ(r.docs.size(), 1u) << r.issue_text();
  EXPECT_EQ(r.docs[0].id, "short");
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].where, path + ":1");
  EXPECT_EQ(r.issues[0].reason, "too large");
}

TEST(JsonlReader, EscapesCannotSmuggleInvalidText) {
  TempDir dir;
  std::string path = dir.write("esc.jsonl",
                               "{\"id\":\"sur\",\"text\":\"lone \\ud800 surrogate\"}\n"
                               "{\"id\":\"pair\",\"text\":\"paired \\ud83d\\ude00 emoji\"}\n");
  auto r = read_all({path});
  ASSERT_EQ(r.docs.size(), 1u) << r.issue_text();
  EXPECT_EQ(r.docs[0].text, "paired \xF0\x9F\x98\x80 emoji");
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].where, path + ":1");
}

TEST(JsonlReader, RawNulByteSkipsOnlyItsLine) {
  TempDir dir;
  std::string content = "{\"id\":\"a\",\"text\":\"A.\"}\n{\"id\":\"b\",\"text\":\"B";
  content += '\0';
  content += "\"}\n{\"id\":\"c\",\"text\":\"C.\"}\n";
  std::string path = dir.write("nul.jsonl", content);
  auto r = read_all({path});
  ASSERT_EQ(r.docs.size(), 2u) << r.issue_text();
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].where, path + ":2");
  EXPECT_EQ(r.issues[0].reason, "NUL byte");
  EXPECT_EQ(r.issues[0].detail, "NUL byte at line 2, column 20 (byte offset 42)");
}

TEST(JsonlReader, FileWithoutLinesIsEmpty) {
  TempDir dir;
  std::string path = dir.write("none.jsonl", "\n\n  \n");
  auto r = read_all({path});
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].where, path);
  EXPECT_EQ(r.issues[0].reason, "empty");
}

}  // namespace
}  // namespace faultline
