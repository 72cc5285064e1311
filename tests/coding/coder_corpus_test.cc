// Every event of a corpus run can be traced: its spans cut the exact trigger and actor text out of
// the input. Runs the whole pipeline (reader, analysis, coding) with PETRARCH2's Phoenix
// dictionaries over the Kosovo example reports.
#include <gtest/gtest.h>

#include <cctype>

#include "coding/coder.h"
#include "faultline/pipeline.h"
#include "faultline/reader.h"
#include "support/shared_data.h"

namespace faultline::testing {
namespace {

bool on_token_boundaries(const Document& doc, ByteSpan span) {
  bool begin = false, end = false;
  for (const Token& t : doc.tokens) {
    begin |= t.span.begin == span.begin;
    end |= t.span.end == span.end;
  }
  return begin && end;
}

TEST(CoderCorpus, EverySpanCutsTheExactTriggerAndActorText) {
  FAULTLINE_REQUIRE_SHARED("peers/petrarch2/Phoenix.Countries.actors.txt");
  const auto peers = shared_dir() / "peers/petrarch2";
  KnowledgeFiles files;
  files.verbs = (peers / "CAMEO.2.0.txt").string();
  files.actors = {(peers / "Phoenix.Countries.actors.txt").string(), (peers / "Phoenix.International.actors.txt").string(),
                  (peers / "Phoenix.MilNonState.actors.txt").string()};
  files.agents = (peers / "Phoenix.agents.txt").string();
  files.discards = (peers / "Phoenix.discards.txt").string();
  Diagnostics diagnostics;
  auto knowledge = load_knowledge(files, diagnostics);
  ASSERT_TRUE(knowledge.ok()) << knowledge.status().message();
  auto analyzer = Analyzer::load();
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().message();

  Coder coder(*knowledge);
  DocumentStream stream({(source_dir() / "examples/kosovo/reports.jsonl").string()});
  size_t events_seen = 0;
  std::vector<Event> events;
  RunOptions options;
  run_analysis(stream, **analyzer, options, [&](Document& doc) {
    events.clear();
    coder.code(doc, events);
    for (const Event& e : events) {
      ++events_seen;
      ASSERT_LE(e.trigger.end, doc.text.size());
      EXPECT_GT(e.trigger.size(), 0u);
      EXPECT_TRUE(on_token_boundaries(doc, e.trigger)) << doc.view(e.trigger);
      const ByteSpan sentence = doc.sentences.at(e.sentence - 1).span;
      EXPECT_TRUE(e.trigger.begin >= sentence.begin && e.trigger.end <= sentence.end);
      if (!e.source.empty()) {
        EXPECT_EQ(doc.view(e.source_span), e.source_text);
        EXPECT_TRUE(on_token_boundaries(doc, e.source_span)) << e.source_text;
      }
      if (!e.target.empty()) {
        EXPECT_EQ(doc.view(e.target_span), e.target_text);
        EXPECT_TRUE(on_token_boundaries(doc, e.target_span)) << e.target_text;
      }
      EXPECT_FALSE(e.code.empty());
      EXPECT_FALSE(e.rule.empty());
    }
  });
  EXPECT_GT(events_seen, 10u);
  std::printf("[ figures ] coder corpus run: %zu events, all spans exact\n", events_seen);
}

}  // namespace
}  // namespace faultline::testing
