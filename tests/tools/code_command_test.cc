// End-to-end behaviour of `faultline code` options, run as a user would.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "support/run_tool.h"

namespace faultline::testing {
namespace {

class CodeCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.write("report.txt", "Serbia condemned Kosovo on Tuesday.\n");
    dir_.write("serbia.txt", "SERBIA [SRB]\n");
    dir_.write("kosovo.txt", "KOSOVO [KSV]\n");
    dir_.write("verbs.txt", "--- CONDEMN [122] ---\nCONDEMN\n- * + [122]\n");
  }
  // fmt rather than operator+ chains: gcc 12 warns falsely (-Wrestrict) on "literal" + std::string&&.
  std::string path(const char* name) const { return fmt::format("'{}'", (dir_.path() / name).string()); }

  TempDir dir_;
};

TEST_F(CodeCommand, CommaSeparatedActorFilesDoNotSwallowTheInputsAfterThem) {
  auto run = run_tool(fmt::format("code --format tsv --verbs {} --actors {},{} {}", path("verbs.txt"),
                                  path("serbia.txt"), path("kosovo.txt"), path("report.txt")));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("SRB\tKSV"), std::string::npos) << run.out;
}

TEST_F(CodeCommand, TheActorsOptionMayRepeat) {
  auto run = run_tool(fmt::format("code --format tsv --verbs {} --actors {} --actors {} {}", path("verbs.txt"),
                                  path("serbia.txt"), path("kosovo.txt"), path("report.txt")));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("SRB\tKSV"), std::string::npos) << run.out;
}

}  // namespace
}  // namespace faultline::testing
