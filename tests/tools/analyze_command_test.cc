// End-to-end behaviour of `faultline analyze` and `faultline tag`, run as a user would.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <sstream>

#include "support/run_tool.h"

namespace faultline::testing {
namespace {

const char* kReport =
    "BRUSSELS (Example Wire) - The envoy met both delegations on Tuesday.\n\n"
    "Officials said the talks ended without a deal. \xe2\x80\x9cWe will return,\xe2\x80\x9d he said.\n";

TEST(AnalyzeCommand, JsonLinesOffsetsCutTheTokenBytesOutOfTheInput) {
  TempDir dir;
  auto file = dir.write("report.txt", kReport);
  auto run = run_tool("analyze '" + file.string() + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(run.out).get(doc), simdjson::SUCCESS) << run.out;
  const std::string text = kReport;
  size_t tokens = 0;
  size_t sentences = 0;
  for (auto sentence : doc["sentences"].get_array()) {
    ++sentences;
    for (auto token : sentence["tokens"].get_array()) {
      const auto start = static_cast<size_t>(int64_t(token["start"]));
      const auto end = static_cast<size_t>(int64_t(token["end"]));
      ASSERT_LE(end, text.size());
      EXPECT_EQ(text.substr(start, end - start), std::string(std::string_view(token["text"])));
      EXPECT_FALSE(std::string_view(token["tag"]).empty());
      EXPECT_FALSE(std::string_view(token["lemma"]).empty());
      ++tokens;
    }
  }
  EXPECT_EQ(sentences, 4u) << "dateline, then three sentences";
  EXPECT_GT(tokens, 25u);
  EXPECT_NE(run.err.find("read 1 document"), std::string::npos) << run.err;
}

TEST(AnalyzeCommand, ConllLayoutHasSevenColumnsPerToken) {
  TempDir dir;
  auto file = dir.write("report.txt", "Serbia detained three officers.\n");
  auto run = run_tool("analyze --format conll '" + file.string() + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::istringstream in(run.out);
  std::string line;
  int token_lines = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), 6) << line;
    ++token_lines;
  }
  EXPECT_EQ(token_lines, 5);
  EXPECT_NE(run.out.find("\tdetain\tVBD\tB-VP\t7\t15"), std::string::npos) << run.out;
}

TEST(AnalyzeCommand, BadDocumentIsReportedAndTheRestOfTheBatchGoesOn) {
  TempDir dir;
  dir.write("a-good.txt", "The minister resigned on Monday.\n");
  dir.write("b-bad.txt", std::string("Broken \xff\xfe bytes here.\n"));
  dir.write("c-good.txt", "Protesters gathered in the capital.\n");
  auto run = run_tool("analyze --format summary '" + dir.path().string() + "'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("b-bad.txt"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("UTF-8"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("read 2 documents, skipped 1"), std::string::npos) << run.err;
  EXPECT_NE(run.out.find("2 documents"), std::string::npos) << run.out;

  auto strict = run_tool("analyze --strict --format counts '" + dir.path().string() + "'");
  EXPECT_EQ(strict.exit_code, 1);
}

TEST(AnalyzeCommand, MissingInputIsAnErrorNamingThePath) {
  auto run = run_tool("analyze /nonexistent/faultline/input.txt");
  EXPECT_NE(run.exit_code, 0);
  EXPECT_NE(run.err.find("/nonexistent/faultline/input.txt"), std::string::npos) << run.err;
}

TEST(AnalyzeCommand, ReadsStandardInput) {
  TempDir dir;
  auto file = dir.write("in.jsonl", R"({"id":"x1","date":"2023-06-15","text":"Kosovo police arrested two men."})" "\n");
  auto run = run_tool("analyze -", file.string());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find(R"("id":"x1")"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find(R"("date":"2023-06-15")"), std::string::npos) << run.out;
}

TEST(TagCommand, PretokenizedInputGivesOneTaggedLinePerToken) {
  TempDir dir;
  auto file = dir.write("tokens.txt",
                        "The DT B-NP\nenvoy NN I-NP\nurged VBD B-VP\nrestraint NN B-NP\n. . O\n\n"
                        "Talks\nfailed\n.\n");
  auto run = run_tool("tag --pretokenized '" + file.string() + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::istringstream in(run.out);
  std::string line;
  std::vector<std::string> lines;
  while (std::getline(in, line)) lines.push_back(line);
  ASSERT_EQ(lines.size(), 10u) << run.out;  // 8 tokens + 2 blank lines
  EXPECT_EQ(lines[5], "");
  EXPECT_EQ(lines[9], "");
  EXPECT_EQ(lines[2].substr(0, 10), "urged VBD ");
  EXPECT_EQ(lines[4], ". . O");
}

}  // namespace
}  // namespace faultline::testing
