// The native format: reading each construct, its errors, and PETRARCH -> native -> compiled
// knowledge that answers like the original.
#include <gtest/gtest.h>

#include "knowledge/dictionary_lines.h"
#include "knowledge/native_format.h"
#include "knowledge_test_support.h"

namespace faultline {
namespace {

using testing::messages;
using testing::read_text;
using testing::words_of;

constexpr const char* kNative =
    "# Kosovo 2023 test knowledge\n"
    "faultline-dictionary 1\n"
    "\n"
    "[actors]\n"
    "Serbia -> SRB\n"
    "  + Republic of Serbia\n"
    "Kosovo\n"
    "  + Pristina\n"
    "  -> KSV from 2008-02-17\n"
    "  -> KSVUNO 1999-06-10 to 2008-02-16\n"
    "  -> YUGKSV until 1992-04-27\n"
    "\n"
    "[agents]\n"
    "police -> ~COP (no plural)\n"
    "attorney general -> ~JUD (plural: attorneys general)\n"
    "monitoring mission -> IGO~\n"
    "international community -> nobody (no plural)\n"
    "\n"
    "[discards]\n"
    "sentence water polo*\n"
    "document song contest\n"
    "\n"
    "[synset CHARGES]\n"
    "charge\n"
    "war crime\n"
    "\n"
    "[synset AUX (no plural)]\n"
    "was\n"
    "\n"
    "[verbs DETAIN -> 173]\n"
    "detain\n"
    "+round up (forms: rounds rounded rounding)\n"
    "wire +tap -> 1711\n"
    "- * + (on &CHARGES) -> 1731  # police detained X on charges\n"
    "- FAILED_TO_* -> ---\n"
    "\n"
    "[transformations]\n"
    "a (a b DETAIN) SAY = a b 015\n";

TEST(NativeFormatTest, ReadsEverySection) {
  DictionarySet set;
  Diagnostics d;
  read_text(set, d, kNative, "kosovo.fl");
  EXPECT_EQ(d.all().size(), 0u) << messages(d);
  ASSERT_EQ(set.actors.size(), 2u);
  EXPECT_EQ(join_phrase(set.actors[0].phrases[1]), "REPUBLIC OF SERBIA");
  ASSERT_EQ(set.actors[1].codes.size(), 3u);
  EXPECT_EQ(set.actors[1].codes[0].from, 20080217);
  EXPECT_EQ(set.actors[1].codes[1].to, 20080216);
  EXPECT_EQ(set.actors[1].codes[2].to, 19920427);
  ASSERT_EQ(set.agents.size(), 4u);
  EXPECT_TRUE(set.agents[0].plurals.empty());
  EXPECT_EQ(join_phrase(set.agents[1].plurals[0]), "ATTORNEYS GENERAL");
  EXPECT_EQ(set.agents[2].placement, AgentPlacement::kPrefix);
  EXPECT_EQ(join_phrase(set.agents[2].plurals[0]), "MONITORING MISSIONS");
  EXPECT_TRUE(set.agents[3].code.empty());  // "-> nobody"
  ASSERT_EQ(set.discards.size(), 2u);
  EXPECT_TRUE(set.discards[0].last_word_is_stem);
  EXPECT_FALSE(set.discards[1].last_word_is_stem);
  EXPECT_EQ(set.discards[1].level, DiscardLevel::kDocument);
  ASSERT_EQ(set.synsets.size(), 2u);
  EXPECT_FALSE(set.synsets[1].members[0].plural);
  ASSERT_EQ(set.verb_blocks.size(), 1u);
  const VerbBlock& b = set.verb_blocks[0];
  EXPECT_EQ(b.code.primary, "173");
  EXPECT_EQ(b.verbs[1].words, (Phrase{"ROUND", "UP"}));
  EXPECT_EQ(b.verbs[2].verb_index, 1u);
  EXPECT_EQ(b.verbs[2].code.primary, "1711");
  ASSERT_EQ(b.patterns.size(), 2u);
  EXPECT_EQ(b.patterns[0].comment, "police detained X on charges");
  EXPECT_EQ(b.patterns[0].where.line, 34u);
  EXPECT_EQ(set.transformations.size(), 1u);
}

TEST(NativeFormatTest, MalformedLines) {
  DictionarySet set;
  Diagnostics d;
  read_text(set, d,
            "faultline-dictionary 1\n"
            "Serbia -> SRB\n"                        // 2: before any section
            "[people]\n"                             // 3: unknown section
            "[actors]\n"
            "  + Pristina\n"                         // 5: synonym before any actor
            "Kosovo -> KSV from 17.02.2008\n"        // 6: not an ISO date
            "  -> KSV 2010-01-01 to 2009-01-01\n"    // 7: range backwards
            "  -> KSV since 2010-01-01\n"            // 8: unknown bound word
            "[agents]\n"
            "police -> COP\n"                        // 10: no '~'
            "police\n"                               // 11: no code
            "guard -> ~MIL (plural)\n"               // 12: unknown option
            "[discards]\n"
            "always water polo\n"                    // 14: bad level
            "[verbs HELP -> 070]\n"
            "send aid\n"                             // 16: multi-word without '+'
            "- * aid\n"                              // 17: pattern without code
            "- * (with food -> 071\n"                // 18: unbalanced
            "[transformations]\n"
            "a (a b HELP) = a b 070\n",              // 20: malformed
            "bad.fl");
  std::vector<uint32_t> lines;
  for (const Diagnostic& x : d.all()) {
    if (x.severity == Severity::kError) lines.push_back(x.line);
  }
  EXPECT_EQ(lines, (std::vector<uint32_t>{2, 3, 5, 6, 7, 8, 10, 11, 12, 14, 16, 17, 18, 20})) << messages(d);
  EXPECT_EQ(d.warning_count(), 1u);  // Kosovo is left without a code
}

TEST(NativeFormatTest, MissingHeaderIsAnError) {
  DictionarySet set;
  Diagnostics d;
  read_native_dictionary("[actors]\nSerbia -> SRB\n", std::make_shared<const std::string>("h.fl"), set, d);
  ASSERT_GE(d.error_count(), 1u);
  EXPECT_EQ(d.all()[0].line, 1u);
}

TEST(NativeFormatTest, WriterOutputReadsBackToTheSameKnowledge) {
  DictionarySet set;
  Diagnostics d;
  read_text(set, d, kNative, "kosovo.fl");
  std::string text = write_native_dictionary(set);
  DictionarySet again;
  read_text(again, d, text, "again.fl");
  EXPECT_EQ(d.all().size(), 0u) << messages(d) << text;
  EXPECT_EQ(write_native_dictionary(again), text);  // a fixed point
  auto k = compile_knowledge(std::move(again), d);
  auto w = words_of(*k, "Pristina");
  PhraseMatch m = k->match_actor(w, 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(k->actor_code(m.entry, 20000101), "KSVUNO");
  EXPECT_EQ(k->counts().patterns, 2u);
  EXPECT_NE(text.find("  -> KSVUNO 1999-06-10 to 2008-02-16\n"), std::string::npos) << text;
  EXPECT_NE(text.find("- * + (ON &CHARGES) -> 1731  # police detained X on charges\n"), std::string::npos) << text;
  EXPECT_NE(text.find(" -> nobody (no plural)\n"), std::string::npos) << text;  // a role that names no party
}

TEST(NativeFormatTest, PetrarchConvertsToNativeWithTheSameAnswers) {
  const char* actors = "KOSOVO [KSV]\n+PRISTINA\n\t[KSVUNO 990610-080216]\nPOLICE_CHIEF [KSVCOP]\n";
  const char* verbs =
      "&CHARGES\n+CHARGE\n--- DETAIN [173] ---\nDETAIN\nWIRE_+TAP {WIRE_+TAPPED}\n- $ IN_* + (ON &CHARGES) [1731]\n";
  DictionarySet set;
  Diagnostics d;
  read_text(set, d, actors, "k.actors", DictionaryKind::kActors);
  read_text(set, d, verbs, "k.verbs", DictionaryKind::kVerbs);
  std::string native = write_native_dictionary(set);
  DictionarySet back;
  read_text(back, d, native, "k.fl");
  EXPECT_EQ(d.all().size(), 0u) << messages(d) << native;
  auto original = compile_knowledge(std::move(set), d);
  auto converted = compile_knowledge(std::move(back), d);
  for (DateKey date : {19950101, 20000101, 20230526}) {
    auto w1 = words_of(*original, "Pristina");
    auto w2 = words_of(*converted, "Pristina");
    EXPECT_EQ(original->actor_code(original->match_actor(w1, 0).entry, date),
              converted->actor_code(converted->match_actor(w2, 0).entry, date));
  }
  auto w = words_of(*converted, "wire tapped");
  VerbMatch m = converted->match_verb(w, 1);
  ASSERT_TRUE(m);
  EXPECT_EQ(m.start, 0u);
  const Pattern& p = converted->patterns_for(m.verb)[0];
  EXPECT_TRUE(p.pre_joined_to_verb);
  EXPECT_EQ(p.pre.size(), 2u);
  EXPECT_EQ(p.post.size(), 2u);
}

}  // namespace
}  // namespace faultline
