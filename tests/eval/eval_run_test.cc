#include "eval/eval_run.h"

#include <gtest/gtest.h>

namespace faultline {
namespace {

// Tokenization only: the run's flow does not depend on the models.
std::unique_ptr<Analyzer> tokenizer_only() {
  AnalyzerOptions options;
  options.tag = false;
  options.chunk = false;
  options.lemmatize = false;
  auto analyzer = Analyzer::load(options);
  EXPECT_TRUE(analyzer.ok()) << analyzer.status().to_string();
  return analyzer.ok() ? std::move(analyzer).value() : nullptr;
}

// A toy coder: "X detained Y" -> (X, Y, 173) with token spans; "X may attack Y" -> a hypothetical 190;
// "X did not meet Y" -> a negated 036.
std::vector<Event> toy_code(const CoderOptions& options, Document& doc, std::vector<std::string>& seen_options) {
  for (const auto& [name, value] : options) seen_options.push_back(name + "=" + value);
  std::vector<Event> events;
  for (size_t i = 0; i + 2 < doc.tokens.size(); ++i) {
    std::string_view verb = doc.token_text(doc.tokens[i + 1]);
    bool may = verb == "may" && i + 3 < doc.tokens.size();
    if (verb != "detained" && !may && verb != "did") continue;
    size_t object = may ? i + 3 : i + 2;
    if (verb == "did") object = i + 4;
    if (object >= doc.tokens.size()) continue;
    Event e;
    e.doc = doc.id;
    e.source = std::string(doc.token_text(doc.tokens[i]));
    e.target = std::string(doc.token_text(doc.tokens[object]));
    e.source_span = doc.tokens[i].span;
    e.target_span = doc.tokens[object].span;
    e.code = verb == "detained" ? "173" : may ? "190" : "036";
    e.hypothetical = may;
    e.negated = verb == "did";
    e.confidence = 0.8;
    events.push_back(e);
  }
  return events;
}

TEST(EvalRun, AnalysesCodesFiltersAndScoresEveryRecord) {
  auto analyzer = tokenizer_only();
  ASSERT_NE(analyzer, nullptr);
  auto gold = parse_jsonl_gold(
      "{\"id\":\"1\",\"text\":\"SRB detained KSV in the north.\",\"events\":[{\"source\":\"SRB\",\"target\":\"KSV\","
      "\"code\":\"173\"}]}\n"
      "{\"id\":\"2\",\"text\":\"RUS may attack UKR soon.\"}\n"
      "{\"id\":\"3\",\"text\":\"USA did not meet CHN today.\"}\n",
      "toy.jsonl");
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  std::vector<std::string> seen_options;
  CodeDocument code = [&](const CoderOptions& o, Document& d) { return toy_code(o, d, seen_options); };

  EvalResult by_default = run_eval(*gold, *analyzer, code);
  EXPECT_EQ(by_default.events.records, 3u);
  EXPECT_EQ(by_default.events.exact, 3u) << "the hypothetical and the negated event are left out";
  EXPECT_DOUBLE_EQ(by_default.events.triples.f1(), 1.0);

  EvalRunOptions all;
  all.include_hypothetical = true;
  all.include_negated = true;
  EvalResult everything = run_eval(*gold, *analyzer, code, all);
  EXPECT_EQ(everything.events.exact, 1u);
  EXPECT_EQ(everything.events.triples.fp, 2u);
  EXPECT_TRUE(seen_options.empty());
}

TEST(EvalRun, PetrarchOptionsReachTheCoder) {
  auto analyzer = tokenizer_only();
  ASSERT_NE(analyzer, nullptr);
  auto gold = parse_petrarch_gold(
      "<Sentences><Config option=\"require_dyad\" value=\"false\"/>"
      "<Sentence id=\"p1\" date=\"20200101\"><EventCoding sourcecode=\"SRB\" targetcode=\"KSV\" eventcode=\"173\"/>"
      "<Text>SRB detained KSV.</Text></Sentence></Sentences>",
      "toy.xml");
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  std::vector<std::string> seen_options;
  std::string seen_date;
  EvalResult result = run_eval(*gold, *analyzer, [&](const CoderOptions& o, Document& d) {
    seen_date = d.date;
    return toy_code(o, d, seen_options);
  });
  EXPECT_EQ(result.events.exact, 1u);
  EXPECT_EQ(seen_options, (std::vector<std::string>{"require_dyad=false"}));
  EXPECT_EQ(seen_date, "2020-01-01");
}

TEST(EvalRun, ConllRecordsAreAnalysedOnTheGoldTokens) {
  auto analyzer = tokenizer_only();
  ASSERT_NE(analyzer, nullptr);
  // "cannot" would be two Penn tokens from raw text; analysed pre-tokenized it stays one gold token.
  auto gold = parse_roles_conll_gold("SRB B-S\ndetained O\nKSV B-T\ncannot O\n. O\n", "toy.conll");
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  std::vector<std::string> seen_options;
  size_t tokens = 0;
  EvalResult result = run_eval(*gold, *analyzer, [&](const CoderOptions& o, Document& d) {
    tokens = d.tokens.size();
    return toy_code(o, d, seen_options);
  });
  EXPECT_EQ(tokens, 5u);
  EXPECT_EQ(result.roles.source.tp, 1u);
  EXPECT_EQ(result.roles.target.tp, 1u);
  EXPECT_DOUBLE_EQ(result.roles.combined().f1(), 1.0);
}

// Runs the toy coder over a CoNLL role record; `words` receives the tokens the coder saw.
EvalResult run_roles(const std::string& conll, std::vector<std::string>& words) {
  auto analyzer = tokenizer_only();
  EXPECT_NE(analyzer, nullptr);
  auto gold = parse_roles_conll_gold(conll, "toy.conll");
  EXPECT_TRUE(gold.ok()) << gold.status().to_string();
  if (analyzer == nullptr || !gold.ok()) return {};
  std::vector<std::string> seen_options;
  return run_eval(*gold, *analyzer, [&](const CoderOptions& o, Document& d) {
    for (const Token& t : d.tokens) words.emplace_back(d.token_text(t));
    return toy_code(o, d, seen_options);
  });
}

TEST(EvalRun, ConllWordsSplitAgainstTreebankAreJoinedAndSpansMappedBack) {
  // "pro - Serb" and "’ s" are single Treebank tokens; the toy coder sees "pro-Serb" and "’s", and
  // its spans come back as the gold tokens they stand for.
  std::vector<std::string> words;
  EvalResult result =
      run_roles("SRB B-S\ndetained O\npro B-T\n- I-T\nSerb I-T\n\u2019 O\ns O\nleader O\n. O\n", words);
  EXPECT_EQ(words, (std::vector<std::string>{"SRB", "detained", "pro-Serb", "\u2019s", "leader", "."}));
  EXPECT_EQ(result.roles.source.tp, 1u);
  EXPECT_EQ(result.roles.target.tp, 3u);
  EXPECT_DOUBLE_EQ(result.roles.combined().f1(), 1.0);
  EXPECT_TRUE(result.role_mismatches.empty());
}

TEST(EvalRun, ConllNumbersSplitAtTheirThousandsAreJoined) {
  // The toy coder's target is the token after "detained": "50,000" stands for three gold tokens.
  std::vector<std::string> words;
  EvalResult result = run_roles("SRB B-S\ndetained O\n50 B-T\n, I-T\n000 I-T\nmigrants O\n. O\n", words);
  EXPECT_EQ(words, (std::vector<std::string>{"SRB", "detained", "50,000", "migrants", "."}));
  EXPECT_EQ(result.roles.target.tp, 3u);
  EXPECT_TRUE(result.role_mismatches.empty());
}

TEST(EvalRun, ConllSentencesNotExactlyRightAreListedWithBracketedRoles) {
  auto analyzer = tokenizer_only();
  ASSERT_NE(analyzer, nullptr);
  auto gold = parse_roles_conll_gold("the O\nSRB B-S\ndetained O\nKSV B-T\n. O\n", "toy.conll");
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  std::vector<std::string> seen_options;
  EvalResult result = run_eval(*gold, *analyzer, [&](const CoderOptions& o, Document& d) {
    return toy_code(o, d, seen_options);
  });
  ASSERT_EQ(result.role_mismatches.size(), 0u);  // the toy coder gets this one right
  gold = parse_roles_conll_gold("Serbia O\nSRB B-S\ndetained O\nKSV B-T\n. O\n", "toy.conll");
  ASSERT_TRUE(gold.ok());
  result = run_eval(*gold, *analyzer, [&](const CoderOptions& o, Document& d) {
    auto events = toy_code(o, d, seen_options);
    for (Event& e : events) e.source_span.begin = d.tokens[0].span.begin;  // one token too many
    return events;
  });
  ASSERT_EQ(result.role_mismatches.size(), 1u);
  EXPECT_EQ(result.role_mismatches[0].gold, "Serbia [S SRB] detained [T KSV] .");
  EXPECT_EQ(result.role_mismatches[0].predicted, "[S Serbia SRB] detained [T KSV] .");
}

}  // namespace
}  // namespace faultline
