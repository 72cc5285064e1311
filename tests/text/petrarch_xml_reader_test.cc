#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "support/shared_data.h"
#include "text/reader_test_support.h"

namespace faultline {
namespace {

using testing::read_all;
using testing::TempDir;

constexpr const char* kSentences = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment that mentions <Sentence id="fake"> but is not one -->
<Sentences>
<Sentence date="20230105" id="T-1" source="Wire" sentence="True">
<Text>
The envoy met the rebels &amp; the army
on Thursday.
</Text>
<Parse>(ROOT (S (NP (DT The) (NN envoy))))</Parse>
</Sentence>
<Sentence date = "20230106" id ="T-2" source = "Wire">
<Text><![CDATA[Troops <withdrew> from the border.]]></Text>
</Sentence>
<Sentence date="20230107">
<Text>No id here.</Text>
</Sentence>
</Sentences>
)";

TEST(PetrarchXmlReader, OneDocumentPerSentenceWithMetadata) {
  TempDir dir;
  std::string path = dir.write("sample.xml", kSentences);
  auto r = read_all({path});
  ASSERT_EQ(r.docs.size(), 3u) << r.issue_text();
  EXPECT_TRUE(r.issues.empty()) << r.issue_text();
  const Document& a = r.docs[0];
  EXPECT_EQ(a.id, "T-1");
  EXPECT_EQ(a.date, "2023-01-05");
  EXPECT_EQ(a.source, "Wire");
  EXPECT_EQ(a.text, "The envoy met the rebels & the army\non Thursday.");
  EXPECT_EQ(a.origin, path + ":4");
  std::vector<std::pair<std::string, std::string>> extras = {{"sentence", "\"True\""}};
  EXPECT_EQ(a.extra_fields, extras);
  EXPECT_EQ(r.docs[1].id, "T-2");
  EXPECT_EQ(r.docs[1].date, "2023-01-06");
  EXPECT_EQ(r.docs[1].text, "Troops <withdrew> from the border.");
  EXPECT_EQ(r.docs[2].id, "sample.xml:14") << "a missing id comes from the file and line";
}

TEST(PetrarchXmlReader, BrokenAndTruncatedElementsCostOnlyThemselves) {
  TempDir dir;
  std::string path = dir.write("broken.xml",
                               "<Sentences>\n"
                               "<Sentence id=\"ok-1\" date=\"20200101\"><Text>First.</Text></Sentence>\n"
                               "<Sentence id=\"unclosed\" date=\"20200102\"><Text>Never closed.</Text>\n"
                               "<Sentence id=\"ok-2\" date=\"20200103\"><Text>Second.</Text></Sentence>\n"
                               "<Sentence id=\"bad-xml\"><Text>Mismatched</Txet></Sentence>\n"
                               "<Sentence id=\"no-text\"><Parse>(S)</Parse></Sentence>\n"
                               "<Sentence id=\"latin\"><Text>Gen\xE8ve</Text></Sentence>\n"
                               "<Sentence id=\"ok-3\"><Text>Third.</Text></Sentence>\n"
                               "<Sentence id=\"cut\" date=\"20200104\"><Text>The file ends he");
  auto r = read_all({path});
  ASSERT_EQ(r.docs.size(), 3u) << r.issue_text();
  EXPECT_EQ(r.docs[0].id, "ok-1");
  EXPECT_EQ(r.docs[1].id, "ok-2");
  EXPECT_EQ(r.docs[1].origin, path + ":4");
  EXPECT_EQ(r.docs[2].id, "ok-3");
  ASSERT_EQ(r.issues.size(), 5u) << r.issue_text();
  EXPECT_EQ(r.issues[0].where, path + ":3");
  EXPECT_EQ(r.issues[0].reason, "invalid XML");
  EXPECT_NE(r.issues[0].detail.find("next <Sentence> at line 4"), std::string::npos) << r.issues[0].detail;
  EXPECT_EQ(r.issues[1].where, path + ":5");
  EXPECT_EQ(r.issues[1].reason, "invalid XML");
  EXPECT_EQ(r.issues[2].where, path + ":6");
  EXPECT_EQ(r.issues[2].reason, "missing text");
  EXPECT_EQ(r.issues[3].where, path + ":7");
  EXPECT_EQ(r.issues[3].reason, "invalid UTF-8");
  EXPECT_EQ(r.issues[4].where, path + ":9");
  EXPECT_EQ(r.issues[4].reason, "truncated XML");
}

TEST(PetrarchXmlReader, OversizedElementIsSkippedAndReadingGoesOn) {
  TempDir dir;
  ReaderOptions options;
  options.max_document_bytes = 1000;
  std::string path = dir.write("big.xml", "<Sentences>\n<Sentence id=\"big\"><Text>" + std::string(500000, 'x') +
                                              "\n</Text></Sentence>\n<Sentence id=\"small\"><Text>Small.</Text></Sentence>\n</Sentences>\n");
  auto r = read_all({path}, options);
  ASSERT_EQ(r.docs.size(), 1u) << r.issue_text();
  EXPECT_EQ(r.docs[0].id, "small");
  EXPECT_EQ(r.docs[0].origin, path + ":4") << "lines are still counted through the skipped element";
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].where, path + ":2");
  EXPECT_EQ(r.issues[0].reason, "too large");
}

TEST(PetrarchXmlReader, CharacterReferencesCannotSmuggleInvalidText) {
  TempDir dir;
  std::string path = dir.write("refs.xml",
                               "<Sentences>\n"
                               "<Sentence id=\"nul\"><Text>a &#0; b</Text></Sentence>\n"
                               "<Sentence id=\"sur\"><Text>a &#xD800; b</Text></Sentence>\n"
                               "<Sentence id=\"ok\"><Text>caf&#xE9;</Text></Sentence>\n"
                               "</Sentences>\n");
  auto r = read_all({path});
  ASSERT_EQ(r.docs.size(), 1u) << r.issue_text();
  EXPECT_EQ(r.docs[0].text, "caf\xC3\xA9");
  EXPECT_EQ(r.stats.documents_skipped, 2u) << r.issue_text();
}

TEST(PetrarchXmlReader, GzipAndTruncatedGzip) {
  TempDir dir;
  std::string xml = "<Sentences>\n";
  for (int i = 0; i < 2000; ++i) {
    xml += "<Sentence id=\"g" + std::to_string(i) + "\" date=\"20200101\">\n<Text>\nReport " +
           std::to_string(i * 104729) + " was filed.\n</Text>\n</Sentence>\n";
  }
  xml += "</Sentences>\n";
  std::string gz = testing::gzip(xml);
  auto whole = read_all({dir.write("all.xml.gz", gz)});
  EXPECT_EQ(whole.docs.size(), 2000u) << whole.issue_text();
  std::string cut = dir.write("cut.xml.gz", gz.substr(0, gz.size() / 2));
  auto r = read_all({cut});
  EXPECT_GT(r.docs.size(), 100u);
  EXPECT_LT(r.docs.size(), 2000u);
  ASSERT_FALSE(r.issues.empty());
  EXPECT_EQ(r.issues.back().reason, "truncated gzip");
}

// Counts <Sentence> start tags outside comments, independently of the reader.
size_t count_sentence_elements(const std::string& xml) {
  std::string text;
  for (size_t i = 0; i < xml.size();) {
    size_t open = xml.find("<!--", i);
    text += xml.substr(i, open == std::string::npos ? std::string::npos : open - i);
    if (open == std::string::npos) break;
    size_t close = xml.find("-->", open + 4);
    i = close == std::string::npos ? xml.size() : close + 3;
  }
  size_t n = 0;
  for (size_t at = text.find("<Sentence"); at != std::string::npos; at = text.find("<Sentence", at + 1)) {
    char next = at + 9 < text.size() ? text[at + 9] : '\0';
    n += next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '>';
  }
  return n;
}

TEST(PetrarchXmlReader, ReadsThePetrarchUnitTestRecords) {
  FAULTLINE_REQUIRE_SHARED("peers/petrarch2/PETR.UnitTest.records.xml");
  auto path = (faultline::testing::shared_dir() / "peers/petrarch2/PETR.UnitTest.records.xml").string();
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  ASSERT_EQ(count_sentence_elements(content.str()), 284u);

  auto r = read_all({path});
  EXPECT_EQ(r.docs.size(), 284u) << r.issue_text();
  EXPECT_EQ(r.stats.documents_skipped, 0u) << r.issue_text();
  std::set<std::string> ids;
  std::regex iso_day("\\d{4}-\\d{2}-\\d{2}");
  for (const auto& d : r.docs) {
    EXPECT_TRUE(ids.insert(d.id).second) << "ids must be unique: " << d.id;
    EXPECT_TRUE(std::regex_match(d.date, iso_day)) << d.id << " date " << d.date;
    EXPECT_FALSE(d.text.empty());
    EXPECT_NE(d.text.front(), '\n');
    EXPECT_NE(d.text.back(), '\n');
  }
  ASSERT_NE(r.find("DEMO-00"), nullptr);
  EXPECT_EQ(r.find("DEMO-00")->date, "1995-01-01");
  // The file repeats two ids; the second of each is renamed and reported, not dropped.
  EXPECT_NE(r.find("AGENTS-18~2"), nullptr);
  size_t duplicates = 0;
  for (const auto& issue : r.issues) duplicates += issue.reason == "duplicate id";
  EXPECT_EQ(duplicates, 2u);
}

TEST(PetrarchXmlReader, ReadsTheGigaWordSample) {
  FAULTLINE_REQUIRE_SHARED("peers/petrarch2/GigaWord.sample.PETR.xml");
  auto path = (faultline::testing::shared_dir() / "peers/petrarch2/GigaWord.sample.PETR.xml").string();
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  size_t expected = count_sentence_elements(content.str());
  auto r = read_all({path});
  // Nine of its sentences have an empty <Text>: skipped and counted, never silently lost.
  EXPECT_EQ(r.docs.size() + r.stats.documents_skipped, expected) << r.issue_text();
  std::map<std::string, size_t> skipped = {{"empty", 9}};
  EXPECT_EQ(r.stats.skipped_by_reason, skipped);
  ASSERT_FALSE(r.docs.empty());
  EXPECT_EQ(r.docs[0].source, "AFP");
  EXPECT_EQ(r.docs[0].date, "2008-08-04");
}

}  // namespace
}  // namespace faultline
