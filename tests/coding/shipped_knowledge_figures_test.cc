// Figures of the shipped knowledge (data/knowledge/*.fl) on the shared CAMEO gold sets, measured
// through the eval layer exactly as `faultline eval GOLD` (no dictionary options) measures them.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "cameo/event_codes.h"
#include "coding/gold_coder.h"
#include "coding/shipped_coder.h"
#include "eval/eval_run.h"
#include "support/figures.h"

namespace faultline {
namespace {

using testing::report_figure;

// The floors for source and target tokens (reached: source 0.792, target 0.603).
constexpr double kSourceFloor = 0.70;
constexpr double kTargetFloor = 0.60;

EvalResult evaluate_shipped(const std::filesystem::path& gold_path) {
  EvalResult result;
  auto gold = read_gold(gold_path);
  EXPECT_TRUE(gold.ok()) << gold.status().to_string();
  const Analyzer* analyzer = testing::shared_analyzer();
  EXPECT_NE(analyzer, nullptr);
  Diagnostics diagnostics;
  auto code = make_gold_coder(GoldDictionaries{}, diagnostics);
  EXPECT_TRUE(code.ok()) << code.status().to_string();
  if (!gold.ok() || !analyzer || !code.ok()) return result;
  EvalRunOptions options;
  options.default_coder_options = sentence_level_coder_options();
  return run_eval(*gold, *analyzer, *code, options);
}

std::string three(double p, double r, double f) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "P %.3f R %.3f F1 %.3f", p, r, f);
  return buf;
}

TEST(ShippedKnowledgeFigures, PentaClassMacroF1) {
  FAULTLINE_REQUIRE_SHARED("eval/cameo-pentaclass.train.tsv");
  EvalResult r = evaluate_shipped(testing::shared_dir() / "eval/cameo-pentaclass.train.tsv");
  const PentaScores& s = r.penta;
  ASSERT_GT(s.sentences, 1000u);
  report_figure("PentaClass (cameo-pentaclass.train.tsv, shipped knowledge): macro-F1 " +
                std::to_string(s.macro_f1()) + ", accuracy " + std::to_string(s.accuracy()) + ", " +
                std::to_string(s.without_event) + " of " + std::to_string(s.sentences) + " sentences without an event");
  for (int c = 0; c < 5; ++c) {
    const Counts& k = s.by_class[static_cast<size_t>(c)];
    report_figure("  PentaClass " + std::to_string(c) + " " + std::string(penta_class_name(c)) + ": " +
                  three(k.precision(), k.recall(), k.f1()));
  }
  EXPECT_GE(s.macro_f1(), 0.70);  // the floor
}

TEST(ShippedKnowledgeFigures, RoleTokenF1) {
  FAULTLINE_REQUIRE_SHARED("eval/cameo-roles.train.conll");
  EvalResult r = evaluate_shipped(testing::shared_dir() / "eval/cameo-roles.train.conll");
  const RoleScores& s = r.roles;
  ASSERT_GT(s.sentences, 1000u);
  report_figure("Roles (cameo-roles.train.conll, shipped knowledge): source " +
                three(s.source.precision(), s.source.recall(), s.source.f1()) + "; target " +
                three(s.target.precision(), s.target.recall(), s.target.f1()));
  EXPECT_GE(s.source.f1(), kSourceFloor);
  EXPECT_GE(s.target.f1(), kTargetFloor);
}

}  // namespace
}  // namespace faultline
