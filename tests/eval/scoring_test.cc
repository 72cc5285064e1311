#include <gtest/gtest.h>

#include "eval/evaluate.h"
#include "eval/report.h"

namespace faultline {
namespace {

Event event(std::string source, std::string target, std::string code, double confidence = 0.5) {
  Event e;
  e.source = std::move(source);
  e.target = std::move(target);
  e.code = std::move(code);
  e.confidence = confidence;
  return e;
}

TEST(EventScoring, ExactMatchComparesSetsOfTriples) {
  EventScorer scorer;
  std::vector<GoldEvent> gold = {{"SRBCOP", "KSV", "173"}, {"KSV", "SRB", "111"}};
  // Same set in another order, one duplicate: exact.
  auto first = scorer.add(gold, std::vector<Event>{event("KSV", "SRB", "111"), event("SRBCOP", "KSV", "173"),
                                                   event("SRBCOP", "KSV", "173")});
  EXPECT_TRUE(first.exact);
  // One right, one wrong code, one missing.
  auto second = scorer.add(gold, std::vector<Event>{event("SRBCOP", "KSV", "173"), event("KSV", "SRB", "112")});
  EXPECT_FALSE(second.exact);
  ASSERT_EQ(second.missing.size(), 1u);
  EXPECT_EQ(second.missing[0].code, "111");
  ASSERT_EQ(second.spurious.size(), 1u);
  EXPECT_EQ(second.spurious[0].code, "112");
  // Nothing expected, nothing predicted: exact, and no counts.
  EXPECT_TRUE(scorer.add({}, {}).exact);
  // Nothing expected, something predicted.
  EXPECT_FALSE(scorer.add({}, std::vector<Event>{event("USA", "", "042")}).exact);

  const EventScores& s = scorer.scores();
  EXPECT_EQ(s.records, 4u);
  EXPECT_EQ(s.exact, 2u);
  EXPECT_DOUBLE_EQ(s.exact_rate(), 0.5);
  EXPECT_EQ(s.triples.tp, 3u);
  EXPECT_EQ(s.triples.fn, 1u);
  EXPECT_EQ(s.triples.fp, 2u);
  EXPECT_DOUBLE_EQ(s.triples.precision(), 3.0 / 5.0);
  EXPECT_DOUBLE_EQ(s.triples.recall(), 3.0 / 4.0);
  EXPECT_DOUBLE_EQ(s.triples.f1(), 6.0 / 9.0);

  ASSERT_EQ(s.by_root.size(), 3u);
  EXPECT_EQ(s.by_root.at("17").tp, 2u);
  EXPECT_EQ(s.by_root.at("11").tp, 1u);
  EXPECT_EQ(s.by_root.at("11").fn, 1u);
  EXPECT_EQ(s.by_root.at("11").fp, 1u);
  EXPECT_EQ(s.by_root.at("04").fp, 1u);
}

TEST(EventScoring, SourceAndTargetAreNotInterchangeable) {
  EventScorer scorer;
  std::vector<GoldEvent> gold = {{"SRB", "KSV", "111"}};
  EXPECT_FALSE(scorer.add(gold, std::vector<Event>{event("KSV", "SRB", "111")}).exact);
  EXPECT_EQ(scorer.scores().triples.tp, 0u);
}

TEST(PentaScoring, HighestConfidenceEventDecides) {
  std::vector<Event> events = {event("A", "B", "042", 0.4), event("A", "B", "190", 0.9), event("A", "B", "111", 0.9)};
  EXPECT_EQ(predicted_penta(events), 4) << "190 wins; the later 111 of equal confidence does not replace it";
  EXPECT_EQ(predicted_penta(std::vector<Event>{}), -1);
  EXPECT_EQ(predicted_penta(std::vector<Event>{event("A", "B", "x1")}), -1);
  EXPECT_EQ(predicted_penta(std::vector<Event>{event("A", "B", "163")}), 3);

  PentaScorer scorer;
  EXPECT_TRUE(scorer.add(4, events));
  EXPECT_FALSE(scorer.add(1, std::vector<Event>{event("A", "B", "010")}));  // predicted 0
  EXPECT_FALSE(scorer.add(2, {}));                                          // no event: wrong
  EXPECT_TRUE(scorer.add(0, std::vector<Event>{event("A", "B", "0256")}));
  const PentaScores& s = scorer.scores();
  EXPECT_EQ(s.sentences, 4u);
  EXPECT_EQ(s.correct, 2u);
  EXPECT_EQ(s.without_event, 1u);
  EXPECT_DOUBLE_EQ(s.accuracy(), 0.5);
  EXPECT_EQ(s.by_class[0].tp, 1u);
  EXPECT_EQ(s.by_class[0].fp, 1u);
  EXPECT_EQ(s.by_class[1].fn, 1u);
  EXPECT_EQ(s.by_class[2].fn, 1u);
  EXPECT_EQ(s.by_class[2].fp, 0u);
  EXPECT_EQ(s.by_class[3].tp + s.by_class[3].fp + s.by_class[3].fn, 0u);
  // Classes 0 (F1 2/3), 1 (0), 2 (0), 4 (1); class 3 never occurs and is left out.
  EXPECT_DOUBLE_EQ(s.macro_f1(), (2.0 / 3.0 + 0 + 0 + 1) / 4);
}

TEST(RoleScoring, TokensOverlappingPredictedSpans) {
  // "Kosovo police arrested two Serbs ." with gold S S O T T O, plus an R token.
  std::vector<GoldToken> tokens = {{{0, 6}, TokenRole::kSource},  {{7, 13}, TokenRole::kSource},
                                   {{14, 22}, TokenRole::kNone},  {{23, 26}, TokenRole::kTarget},
                                   {{27, 32}, TokenRole::kTarget}, {{33, 34}, TokenRole::kNone}};
  Event e = event("KSVCOP", "SRB", "173");
  e.source_span = {7, 13};   // "police" only
  e.target_span = {14, 32};  // "arrested two Serbs": one extra token
  RoleScorer scorer;
  scorer.add(tokens, std::vector<Event>{e});
  std::vector<GoldToken> both = {{{0, 7}, TokenRole::kBoth}, {{8, 11}, TokenRole::kNone}};
  Event reverse = event("A", "B", "036");
  reverse.source_span = {0, 7};
  reverse.target_span = {0, 0};  // no mention
  scorer.add(both, std::vector<Event>{reverse});

  const RoleScores& s = scorer.scores();
  EXPECT_EQ(s.sentences, 2u);
  EXPECT_EQ(s.tokens, 8u);
  EXPECT_EQ(s.source.tp, 2u);  // police, and the R token
  EXPECT_EQ(s.source.fn, 1u);  // Kosovo
  EXPECT_EQ(s.source.fp, 0u);
  EXPECT_EQ(s.target.tp, 2u);  // two Serbs
  EXPECT_EQ(s.target.fp, 1u);  // arrested
  EXPECT_EQ(s.target.fn, 1u);  // the R token as target
  EXPECT_EQ(s.combined().tp, 4u);
  EXPECT_DOUBLE_EQ(s.combined().f1(), 8.0 / 11.0);  // tp 4, fp 1, fn 2
}

TEST(Evaluate, RunsTheCoderOnEveryRecordAndReports) {
  GoldSet gold;
  gold.path = "hand.xml";
  gold.format = GoldFormat::kPetrarchXml;
  GoldRecord a;
  a.id = "A-1";
  a.category = "ALPHA";
  a.text = "Serbia recalled its ambassador from Kosovo.";
  a.events = {{"SRB", "KSV", "161"}};
  GoldRecord b;
  b.id = "B-1";
  b.category = "BETA";
  b.text = "It rained.";
  b.error = "storydiscard";
  gold.records = {a, b};

  std::vector<std::string> seen;
  EvalResult result = evaluate(gold, [&](const GoldRecord& r) {
    seen.push_back(r.id);
    return std::vector<Event>{event("SRB", "KSV", "161")};
  });
  EXPECT_EQ(seen, (std::vector<std::string>{"A-1", "B-1"}));
  EXPECT_EQ(result.records, 2u);
  EXPECT_EQ(result.predicted_events, 2u);
  EXPECT_EQ(result.events.exact, 1u);
  EXPECT_EQ(result.by_category.at("ALPHA").exact, 1u);
  EXPECT_EQ(result.by_category.at("BETA").exact, 0u);
  ASSERT_EQ(result.mismatches.size(), 1u);
  EXPECT_EQ(result.mismatches[0].id, "B-1");

  std::string report = format_eval_report(result, ReportOptions{10});
  EXPECT_NE(report.find("exact match: 1 / 2 records (50.0 %)"), std::string::npos) << report;
  EXPECT_NE(report.find("precision 0.500  recall 1.000  F1 0.667"), std::string::npos) << report;
  EXPECT_NE(report.find("16 reduce relations"), std::string::npos) << report;
  EXPECT_NE(report.find("spurious: (SRB, KSV, 161)"), std::string::npos) << report;
  EXPECT_NE(report.find("expected error: storydiscard"), std::string::npos) << report;
  EXPECT_EQ(format_eval_report(result).find("spurious"), std::string::npos) << "mismatches only when asked";
}

TEST(Evaluate, PentaAndRoleGoldUseTheirOwnScores) {
  GoldSet labels;
  labels.format = GoldFormat::kPentaTsv;
  GoldRecord sentence;
  sentence.text = "Troops shelled the town.";
  sentence.penta = 4;
  labels.records = {sentence};
  EvalResult penta = evaluate(labels, [](const GoldRecord&) { return std::vector<Event>{event("A", "B", "194")}; });
  EXPECT_EQ(penta.penta.correct, 1u);
  EXPECT_EQ(penta.events.records, 0u);
  std::string report = format_eval_report(penta);
  EXPECT_NE(report.find("accuracy 1.000"), std::string::npos) << report;
  EXPECT_NE(report.find("4 material conflict"), std::string::npos) << report;

  GoldSet roles;
  roles.format = GoldFormat::kRolesConll;
  GoldRecord tokens;
  tokens.text = "Rebels attacked";
  tokens.tokens = {{{0, 6}, TokenRole::kSource}, {{7, 15}, TokenRole::kNone}};
  roles.records = {tokens};
  EvalResult role = evaluate(roles, [](const GoldRecord&) {
    Event e = event("REB", "", "190");
    e.source_span = {0, 6};
    return std::vector<Event>{e};
  });
  EXPECT_EQ(role.roles.source.tp, 1u);
  EXPECT_NE(format_eval_report(role).find("source + target"), std::string::npos);
}

}  // namespace
}  // namespace faultline
