// `faultline dict lint` and `faultline dict convert` as a user runs them.
#include <gtest/gtest.h>

#include "support/run_tool.h"

namespace faultline {
namespace {

using testing::run_tool;
using testing::TempDir;

TEST(DictCommandTest, LintPrintsProblemsWithFileLineAndFailsOnErrors) {
  TempDir dir;
  auto bad = dir.write("bad.actors", "SERBIA [SRB]\nKOSOVO\n\t[KSV 2008021-]\n\t[KSV]\n");
  auto run = run_tool("dict lint '" + bad.string() + "'");
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_NE(run.out.find(bad.string() + ":3: error: date '2008021' must be YYMMDD or YYYYMMDD"), std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("2 actors (2 phrases, 2 codes)"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("1 error, 0 warnings"), std::string::npos) << run.out;
  EXPECT_NE(run.err.find("PETRARCH actors"), std::string::npos) << run.err;
}

TEST(DictCommandTest, LintOfCleanFilesSucceeds) {
  TempDir dir;
  auto verbs = dir.write("v.txt", "&AID\n+FOOD\n--- HELP [070] ---\nHELP\n- * &AID [071]\n");
  auto native = dir.write("k.fl", "faultline-dictionary 1\n[actors]\nSerbia -> SRB\n[agents]\npolice -> ~COP (no plural)\n");
  auto run = run_tool("dict lint '" + verbs.string() + "' '" + native.string() + "'");
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("0 errors, 0 warnings"), std::string::npos) << run.out;
  EXPECT_NE(run.err.find("native dictionary"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("PETRARCH verbs"), std::string::npos) << run.err;
}

TEST(DictCommandTest, LintOfAMissingFileFails) {
  auto run = run_tool("dict lint /nonexistent/x.actors");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("cannot open"), std::string::npos) << run.err;
}

TEST(DictCommandTest, ConvertWritesNativeThatLintsClean) {
  TempDir dir;
  auto actors = dir.write("a.txt", "KOSOVO [KSV]\n+PRISTINA\n\t[KSVUNO 990610-080216]\n");
  auto out = dir.path() / "kosovo.fl";
  auto run = run_tool("dict convert '" + actors.string() + "' -o '" + out.string() + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::string text = testing::read_file(out);
  EXPECT_EQ(text,
            "faultline-dictionary 1\n\n[actors]\nKOSOVO\n  + PRISTINA\n  -> KSV\n  -> KSVUNO 1999-06-10 to 2008-02-16\n");
  auto lint = run_tool("dict lint '" + out.string() + "'");
  EXPECT_EQ(lint.exit_code, 0) << lint.out;
}

TEST(DictCommandTest, ConvertsTheValidationVerbs) {
  FAULTLINE_REQUIRE_SHARED("peers/petrarch2/PETR.Validate.verbs.txt");
  TempDir dir;
  auto out = dir.path() / "verbs.fl";
  auto src = testing::shared_dir() / "peers/petrarch2/PETR.Validate.verbs.txt";
  auto run = run_tool("dict convert --no-warnings '" + src.string() + "' -o '" + out.string() + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto lint = run_tool("dict lint '" + out.string() + "'");
  EXPECT_EQ(lint.exit_code, 0) << lint.out;
  EXPECT_NE(lint.out.find("261 verb blocks (269 verbs"), std::string::npos) << lint.out;
  EXPECT_NE(lint.out.find("474 patterns"), std::string::npos) << lint.out;
}

}  // namespace
}  // namespace faultline
