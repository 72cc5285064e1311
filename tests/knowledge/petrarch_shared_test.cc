// The real PETRARCH2 dictionaries from ../shared/peers/petrarch2: the validation set reads without
// errors; the Phoenix set with CAMEO.2.0.txt reads with a known list of real problems in the files,
// loads within the time and memory budget, and answers queries as the files say.
#include <gtest/gtest.h>


#include <set>

#include "knowledge/dictionary_files.h"
#include "knowledge/knowledge.h"
#include "knowledge_test_support.h"
#include "support/figures.h"
#include "support/shared_data.h"

namespace faultline {
namespace {

using testing::messages;
using testing::shared_dir;
using testing::words_of;

std::string peer(const char* name) { return (shared_dir() / "peers/petrarch2" / name).string(); }

std::set<std::string> located(const Diagnostics& d, Severity severity) {
  std::set<std::string> out;
  for (const Diagnostic& x : d.all()) {
    if (x.severity != severity) continue;
    out.insert(x.file.substr(x.file.find_last_of('/') + 1) + ":" + std::to_string(x.line));
  }
  return out;
}

TEST(PetrarchSharedTest, ValidationDictionariesLoadWithoutErrors) {
  FAULTLINE_REQUIRE_SHARED("peers/petrarch2/PETR.Validate.verbs.txt");
  KnowledgeFiles files;
  files.verbs = peer("PETR.Validate.verbs.txt");
  files.actors = {peer("PETR.Validate.actors.txt")};
  files.agents = peer("PETR.Validate.agents.txt");
  files.discards = peer("PETR.Validate.discards.txt");
  Diagnostics d;
  auto k = load_knowledge(files, d);
  ASSERT_TRUE(k.ok()) << k.status().message();
  EXPECT_EQ(d.error_count(), 0u) << messages(d);
  // Warnings are real oddities of the files: a heading with two codes (DELAY), two phrasal verbs
  // written with a blank and no '+' (LASH OUT, RULE OUT), and one actor phrase defined twice.
  EXPECT_EQ(located(d, Severity::kWarning),
            (std::set<std::string>{"PETR.Validate.verbs.txt:447", "PETR.Validate.verbs.txt:688",
                                   "PETR.Validate.verbs.txt:1025", "PETR.Validate.actors.txt:159"}))
      << messages(d);
  KnowledgeCounts c = (*k)->counts();
  EXPECT_EQ(c.actors, 128u);
  EXPECT_EQ(c.actor_phrases, 161u);
  EXPECT_EQ(c.agents, 95u);
  EXPECT_EQ(c.discards, 9u);
  EXPECT_EQ(c.synsets, 17u);
  EXPECT_EQ(c.verb_blocks, 261u);
  EXPECT_EQ(c.verbs, 269u);
  EXPECT_EQ(c.patterns, 474u);

  const Knowledge& kn = **k;
  // GOLLUM's codes depend on the date: HOB before 1995-06-01, HOBGOV to 1999-08-15, HOBREB after.
  auto w = words_of(kn, "Smeagol");
  PhraseMatch m = kn.match_actor(w, 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(kn.actor_code(m.entry, 19900101), "HOB");
  EXPECT_EQ(kn.actor_code(m.entry, 19970101), "HOBGOV");
  EXPECT_EQ(kn.actor_code(m.entry, 20000101), "HOBREB");
  // CONGRESS!PERSON! expands the substitution set.
  auto a = words_of(kn, "congresswomen");
  ASSERT_TRUE(kn.match_agent(a, 0));
  EXPECT_EQ(kn.agent(kn.match_agent(a, 0).entry).code, "LEG");
}

TEST(PetrarchSharedTest, PhoenixSetWithCameoVerbsLoadsWithKnownProblems) {
  FAULTLINE_REQUIRE_SHARED("peers/petrarch2/CAMEO.2.0.txt");
  KnowledgeFiles files;
  files.verbs = peer("CAMEO.2.0.txt");
  files.actors = {peer("Phoenix.Countries.actors.txt"), peer("Phoenix.International.actors.txt"),
                  peer("Phoenix.MilNonState.actors.txt")};
  files.agents = peer("Phoenix.agents.txt");
  files.discards = peer("Phoenix.discards.txt");
  // Load time and memory are measured by bench/knowledge_bench.cc (docs/performance.md), not here.
  Diagnostics d;
  auto k = load_knowledge(files, d);
  ASSERT_TRUE(k.ok()) << k.status().message();

  // Every error is a real mistake in the files (each checked by eye):
  std::set<std::string> expected = {
      "CAMEO.2.0.txt:2374",                   // "VISIT)[042:043]": stray ')' glued to the code
      "CAMEO.2.0.txt:5787",                   // code [080!]
      "CAMEO.2.0.txt:7606",                   // "^)[111]": stray ')'
      "CAMEO.2.0.txt:8443",                   // &WEATHER is never defined
      "CAMEO.2.0.txt:8444",                   // &DEMONSTRATION is never defined
      "Phoenix.Countries.actors.txt:2039",    // 7-digit date 9008223
      "Phoenix.Countries.actors.txt:14190",   // range 20121207-20120802 runs backwards
      "Phoenix.Countries.actors.txt:18010",   // 9-digit date 201005011
      "Phoenix.Countries.actors.txt:22508",   // 10-digit date 1920030320
      "Phoenix.Countries.actors.txt:22519",   // the same again
      "Phoenix.Countries.actors.txt:31715",   // [MNEGOV 20121204]: date without < > or -
      "Phoenix.Countries.actors.txt:43613",   // 10-digit date 1920050709
      "Phoenix.Countries.actors.txt:51384",   // [USAGOV 19820101]: date without < > or -
      "Phoenix.International.actors.txt:40",  // 7-digit date 2004017
      "Phoenix.agents.txt:544",               // [~ENV} closed with a brace
      "Phoenix.agents.txt:1927",              // ISLAMIC_EXTREMIST has no code
  };
  EXPECT_EQ(located(d, Severity::kError), expected) << messages(d);

  KnowledgeCounts c = (*k)->counts();
  testing::report_figure("knowledge: Phoenix set " + std::to_string(c.actors) + " actors (" +
                         std::to_string(c.actor_phrases) + " phrases), " + std::to_string(c.agents) + " agents, " +
                         std::to_string(c.discards) + " discards, " + std::to_string(c.synsets) + " synsets, " +
                         std::to_string(c.verbs) + " verbs in " + std::to_string(c.verb_blocks) + " blocks, " +
                         std::to_string(c.patterns) + " patterns");
  EXPECT_EQ(c.actors, 27252u);
  EXPECT_EQ(c.actor_phrases, 35617u);
  EXPECT_EQ(c.agents, 3373u);
  EXPECT_EQ(c.discards, 506u);
  EXPECT_EQ(c.synsets, 40u);
  EXPECT_EQ(c.verb_blocks, 397u);
  EXPECT_EQ(c.verbs, 1817u);
  EXPECT_EQ(c.patterns, 4663u);
  EXPECT_EQ(c.transformations, 8u);

  const Knowledge& kn = **k;
  auto w = words_of(kn, "Kosovo police detained Aleksandar Vucic in Pristina");
  PhraseMatch kosovo = kn.match_actor(w, 0);
  ASSERT_TRUE(kosovo);
  EXPECT_EQ(kn.actor_code(kosovo.entry, 20230526), "KSV");
  EXPECT_EQ(kn.actor_code(kosovo.entry, 20000101), "KSVUNO");
  PhraseMatch police = kn.match_agent(w, 1);
  ASSERT_TRUE(police);
  std::string code;
  Knowledge::apply_agent("KSV", kn.agent(police.entry), code);
  EXPECT_EQ(code, "KSVCOP");
  PhraseMatch vucic = kn.match_actor(w, 3);
  ASSERT_TRUE(vucic);
  EXPECT_EQ(vucic.length, 2u);
  EXPECT_EQ(kn.actor_code(vucic.entry, 20230526), "SRBGOV");
  VerbMatch detained = kn.match_verb(w, 2);
  ASSERT_TRUE(detained);
  EXPECT_FALSE(kn.patterns_for(detained.verb).empty());
}

}  // namespace
}  // namespace faultline
