#include "cameo/event_codes.h"

#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "support/shared_data.h"

namespace faultline {
namespace {

std::string trimmed(std::string s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(i);
}

bool all_digits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// Reads "CODE<TAB>VALUE" lines after a header line.
std::map<std::string, std::string> read_two_columns(const std::filesystem::path& path) {
  std::map<std::string, std::string> rows;
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    rows[trimmed(line.substr(0, tab))] = trimmed(line.substr(tab + 1));
  }
  return rows;
}

TEST(CameoCodes, TableHoldsEveryCodeOfTheCodebookAndNothingElse) {
  FAULTLINE_REQUIRE_SHARED("reference/cameo-eventcodes.tsv");
  auto reference = read_two_columns(testing::shared_dir() / "reference/cameo-eventcodes.tsv");
  std::set<std::string> expected;
  for (const auto& [code, description] : reference) {
    if (code.size() >= 2) expected.insert(code);  // the one-digit rows name the four QuadClasses
  }
  std::set<std::string> ours;
  for (const CameoCode& c : all_cameo_codes()) ours.insert(std::string(c.code));
  EXPECT_EQ(ours, expected);
  EXPECT_EQ(ours.size(), 311u);
  EXPECT_EQ(quad_class_name(1), "verbal cooperation");
  EXPECT_EQ(reference["4"], "Material Conflict");
}

TEST(CameoCodes, GoldsteinScoresMatchTheReferenceScale) {
  FAULTLINE_REQUIRE_SHARED("reference/cameo-goldstein.tsv");
  auto reference = read_two_columns(testing::shared_dir() / "reference/cameo-goldstein.tsv");
  ASSERT_EQ(reference.size(), all_cameo_codes().size());
  for (const auto& [code, value] : reference) {
    const CameoCode* c = find_cameo_code(code);
    ASSERT_NE(c, nullptr) << code;
    EXPECT_DOUBLE_EQ(c->goldstein, std::stod(value)) << code;
  }
}

TEST(CameoCodes, PloverMappingsMatchTheCrosswalk) {
  FAULTLINE_REQUIRE_SHARED("reference/cameo2plover-2021.txt");
  std::ifstream in(testing::shared_dir() / "reference/cameo2plover-2021.txt");
  std::string line;
  std::set<std::string> mapped;
  size_t checked = 0;
  while (std::getline(in, line)) {
    size_t colon = line.find(':');
    if (colon == std::string::npos || !all_digits(line.substr(0, colon))) continue;
    std::string code = line.substr(0, colon);
    if (!mapped.insert(code).second) continue;  // a repeated code keeps its first mapping
    std::string body = line.substr(colon + 1, line.find('#') == std::string::npos ? std::string::npos
                                                                                   : line.find('#') - colon - 1);
    std::stringstream fields(body);
    std::string type, mode, context;
    std::getline(fields, type, ',');
    std::getline(fields, mode, ',');
    std::getline(fields, context);
    const CameoCode* c = find_cameo_code(code);
    if (c == nullptr) {
      EXPECT_TRUE(code == "1213" || code == "1214") << "crosswalk code " << code << " is not in the table";
      continue;
    }
    EXPECT_EQ(c->plover, trimmed(type)) << code;
    EXPECT_EQ(c->plover_mode, trimmed(mode)) << code;
    EXPECT_EQ(c->plover_context, trimmed(context)) << code;
    ++checked;
  }
  EXPECT_GT(checked, 260u);
  for (const CameoCode& c : all_cameo_codes()) {
    if (!mapped.count(std::string(c.code))) {
      EXPECT_TRUE(c.plover.empty()) << c.code;
    }
  }
}

TEST(CameoCodes, SpotChecks) {
  const CameoCode* appeal = find_cameo_code("0256");
  ASSERT_NE(appeal, nullptr);
  EXPECT_EQ(appeal->root(), "02");
  EXPECT_EQ(appeal->quad, 1);
  EXPECT_EQ(appeal->penta, 0);
  EXPECT_DOUBLE_EQ(appeal->goldstein, -0.3);
  EXPECT_EQ(appeal->plover, "");

  const CameoCode* arrest = find_cameo_code("173");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(arrest->quad, 4);
  EXPECT_EQ(arrest->penta, 4);
  EXPECT_DOUBLE_EQ(arrest->goldstein, -5.0);
  EXPECT_EQ(arrest->plover, "COERCE");
  EXPECT_EQ(arrest->plover_mode, "arrest");
  EXPECT_EQ(arrest->plover_context, "legal");

  const CameoCode* force = find_cameo_code("190");
  ASSERT_NE(force, nullptr);
  EXPECT_DOUBLE_EQ(force->goldstein, -10.0);
  EXPECT_EQ(force->plover, "ASSAULT");
  EXPECT_EQ(force->plover_mode, "");

  const CameoCode* kill = find_cameo_code("1823");
  ASSERT_NE(kill, nullptr);
  EXPECT_EQ(kill->root(), "18");
  EXPECT_EQ(kill->penta, 4);
  EXPECT_EQ(kill->plover, "ASSAULT");

  const CameoCode* sanctions = find_cameo_code("163");
  ASSERT_NE(sanctions, nullptr);
  EXPECT_EQ(sanctions->penta, 3) << "reduced relations (16) is verbal conflict in PentaClass";
  EXPECT_EQ(sanctions->quad, 4) << "but material conflict in QuadClass";
  EXPECT_EQ(sanctions->plover, "COERCE");

  EXPECT_EQ(find_cameo_code("08")->plover, "CONCEDE");
}

TEST(CameoCodes, ValidityRejectsWhatTheCodebookDoesNotDefine) {
  EXPECT_TRUE(is_valid_cameo_code("01"));
  EXPECT_TRUE(is_valid_cameo_code("2042"));
  EXPECT_FALSE(is_valid_cameo_code(""));
  EXPECT_FALSE(is_valid_cameo_code("1"));
  EXPECT_FALSE(is_valid_cameo_code("256"));
  EXPECT_FALSE(is_valid_cameo_code("02560"));
  EXPECT_FALSE(is_valid_cameo_code("21"));
  EXPECT_FALSE(is_valid_cameo_code("00"));
  EXPECT_FALSE(is_valid_cameo_code("17a"));
  EXPECT_FALSE(is_valid_cameo_code(" 17"));
  EXPECT_FALSE(is_valid_cameo_code("1213"));
}

TEST(CameoCodes, ClassBoundaries) {
  const int quad[21] = {0, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4};
  const int penta[21] = {-1, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 3, 4, 4, 4, 4};
  for (int root = 0; root <= 20; ++root) {
    EXPECT_EQ(quad_class_of_root(root), quad[root]) << root;
    EXPECT_EQ(penta_class_of_root(root), penta[root]) << root;
  }
  EXPECT_EQ(quad_class_of_root(21), 0);
  EXPECT_EQ(penta_class_of_root(21), -1);
  for (const CameoCode& c : all_cameo_codes()) {
    int root = std::stoi(std::string(c.root()));
    EXPECT_EQ(c.quad, quad[root]) << c.code;
    EXPECT_EQ(c.penta, penta[root]) << c.code;
    EXPECT_FALSE(c.name.empty()) << c.code;
  }
}

TEST(CameoCodes, FillDerivedSetsEveryDerivedField) {
  Event e;
  e.code = "1823";
  ASSERT_TRUE(fill_derived(e));
  EXPECT_EQ(e.root, "18");
  EXPECT_EQ(e.quad, 4);
  EXPECT_EQ(e.penta, 4);
  EXPECT_DOUBLE_EQ(e.goldstein, -10.0);
  EXPECT_EQ(e.plover, "ASSAULT");
  EXPECT_EQ(e.plover_mode, "");

  e.code = "173";
  ASSERT_TRUE(fill_derived(e));
  EXPECT_EQ(e.plover_mode, "arrest");

  e.code = "999";
  EXPECT_FALSE(fill_derived(e));
  EXPECT_EQ(e.root, "");
  EXPECT_EQ(e.quad, 0);
  EXPECT_EQ(e.plover, "");
}

}  // namespace
}  // namespace faultline
