// The PETRARCH2 readers on small hand-written dictionaries: each syntax feature, and each kind of
// malformed line reported as file:line: reason while reading goes on.
#include <gtest/gtest.h>

#include "knowledge/dictionary_lines.h"
#include "knowledge_test_support.h"

namespace faultline {
namespace {

using testing::messages;
using testing::read_text;

constexpr const char* kActors =
    "# Balkan actors for tests\n"
    "<!-- a banner line -->\n"
    "SERBIA_  [SRB]\n"
    "+SERBIAN_\n"
    "+REPUBLIC_OF_SERBIA\n"
    "\n"
    "KOSOVO [KSV]  # the default code\n"
    "+PRISTINA\n"
    "\t[FRYKSV 920428-990610]\n"
    "\t[KSVUNO 19990610 - 20080216]\n"
    "\n"
    "ALEKSANDAR_VUCIC_\n"
    "+VUCIC_\n"
    "\t[SRBMIL 20120727-20130902]\n"
    "\t[SRBGOV >20120727]\n"
    "\t[SRBOPP <20120726]\n"
    "BELGRADE_MAYOR\t[SRBGOV 080101-121231] [SRBELI]\n";

TEST(PetrarchActorsTest, ReadsEntriesSynonymsAndDatedCodes) {
  DictionarySet set;
  Diagnostics d;
  read_text(set, d, kActors, "balkans.actors", DictionaryKind::kActors);
  EXPECT_EQ(d.all().size(), 0u) << messages(d);
  ASSERT_EQ(set.actors.size(), 4u);
  EXPECT_EQ(join_phrase(set.actors[0].phrases[2]), "REPUBLIC OF SERBIA");
  EXPECT_EQ(set.actors[0].codes[0].code, "SRB");
  EXPECT_TRUE(set.actors[0].codes[0].is_default());
  const ActorEntry& kosovo = set.actors[1];
  ASSERT_EQ(kosovo.codes.size(), 3u);
  EXPECT_EQ(kosovo.codes[1].from, 19920428);  // YYMMDD: 92 -> 1992
  EXPECT_EQ(kosovo.codes[1].to, 19990610);
  EXPECT_EQ(kosovo.codes[2].from, 19990610);  // blanks around '-' are allowed
  EXPECT_EQ(kosovo.codes[2].to, 20080216);
  const ActorEntry& vucic = set.actors[2];
  ASSERT_EQ(vucic.codes.size(), 3u);
  EXPECT_EQ(vucic.codes[1].from, 20120727);
  EXPECT_EQ(vucic.codes[1].to, kUnknownDate);
  EXPECT_EQ(vucic.codes[2].to, 20120726);
  EXPECT_EQ(vucic.where.line, 12u);
  EXPECT_EQ(set.actors[3].codes.size(), 2u);  // two code blocks on the phrase's line
}

TEST(PetrarchActorsTest, MalformedLinesAreReportedAndSkipped) {
  DictionarySet set;
  Diagnostics d;
  read_text(set, d,
            "\t[SRB]\n"                    // 1: code before any actor
            "+SERBIAN\n"                   // 2: synonym before any actor
            "MONTENEGRO [MNE\n"            // 3: missing ']'
            "\t[MNEGOV 20061304-]\n"       // 4: not a date
            "\t[MNEGOV 2006061]\n"         // 5: bound without < > or -
            "\t[MNEGOV 20100101-20090101]\n"  // 6: range ends before it begins
            "\t[20100101-20120101]\n"      // 7: a date without a code
            "\t[MNEGOV 200606-20101]\n"    // 8: 5-digit date
            "\t[]\n"                       // 9: empty
            "\t[MNE]\n",                   // 10: fine
            "bad.actors", DictionaryKind::kActors);
  ASSERT_EQ(set.actors.size(), 1u);
  EXPECT_EQ(set.actors[0].codes.size(), 1u);
  ASSERT_EQ(d.error_count(), 9u) << messages(d);
  std::vector<uint32_t> lines;
  for (const Diagnostic& x : d.all()) lines.push_back(x.line);
  EXPECT_EQ(lines, (std::vector<uint32_t>{1, 2, 3, 4, 5, 6, 7, 8, 9}));
  EXPECT_EQ(d.all()[0].to_string(), "bad.actors:1: error: code line [SRB] before any actor phrase");
  EXPECT_NE(d.all()[5].message.find("ends before it begins"), std::string::npos);
}

TEST(PetrarchActorsTest, EntryWithoutCodeIsAWarning) {
  DictionarySet set;
  Diagnostics d;
  read_text(set, d, "PRESEVO_VALLEY\nSANDZAK [SRB]\n", "a.actors", DictionaryKind::kActors);
  EXPECT_EQ(d.error_count(), 0u);
  ASSERT_EQ(d.warning_count(), 1u);
  EXPECT_EQ(d.all()[0].line, 1u);
}

TEST(PetrarchAgentsTest, PluralsPlacementAndSubstitution) {
  DictionarySet set;
  Diagnostics d;
  read_text(set, d,
            "!OFFICER! = OFFICER, OFFICERS, OFFICIAL, OFFICIALS\n"
            "POLICE {} [~COP]\n"
            "GENDARMERIE_COMMANDER [~COPMIL]\n"
            "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
            "MONITORING_MISSION [IGO~]\n"
            "CUSTOMS_!OFFICER! [ ~GOV]\n"
            "EMBASSY [~GOV]\n"
            "ENVOY [~GOV]\n",
            "balkans.agents", DictionaryKind::kAgents);
  EXPECT_EQ(d.all().size(), 0u) << messages(d);
  ASSERT_EQ(set.agents.size(), 10u);
  EXPECT_TRUE(set.agents[0].plurals.empty());
  EXPECT_EQ(set.agents[0].code, "COP");
  EXPECT_EQ(join_phrase(set.agents[1].plurals[0]), "GENDARMERIE COMMANDERS");
  EXPECT_EQ(join_phrase(set.agents[2].plurals[0]), "ATTORNEYS GENERAL");
  EXPECT_EQ(set.agents[3].placement, AgentPlacement::kPrefix);
  EXPECT_EQ(set.agents[3].code, "IGO");
  EXPECT_EQ(join_phrase(set.agents[7].phrase), "CUSTOMS OFFICIALS");
  EXPECT_TRUE(set.agents[7].plurals.empty());  // substitutions form no plurals
  EXPECT_EQ(join_phrase(set.agents[8].plurals[0]), "EMBASSIES");
  EXPECT_EQ(join_phrase(set.agents[9].plurals[0]), "ENVOYS");
}

TEST(PetrarchAgentsTest, MalformedLines) {
  DictionarySet set;
  Diagnostics d;
  read_text(set, d,
            "!BROKEN = A, B\n"              // 1: marker without closing '!'
            "MAYOR\n"                       // 2: no code
            "DEPUTY_!NOPE! [~GOV]\n"        // 3: undefined marker
            "OMBUDSMAN {OMBUDSMEN [~GOV]\n" // 4: missing '}'
            "PROSECUTOR [~JUD\n"            // 5: missing ']'
            "COURT [JUD]\n",                // 6: no '~' -> warning, read as a suffix
            "bad.agents", DictionaryKind::kAgents);
  EXPECT_EQ(d.error_count(), 5u) << messages(d);
  EXPECT_EQ(d.warning_count(), 1u);
  ASSERT_EQ(set.agents.size(), 1u);
  EXPECT_EQ(set.agents[0].placement, AgentPlacement::kSuffix);
}

TEST(PetrarchDiscardsTest, LevelsAndStems) {
  DictionarySet set;
  Diagnostics d;
  read_text(set, d, "# sport\nWATER POLO\n+EUROVISION_SONG_CONTEST   # a whole story\nFOOTBALL_\n+\n",
            "b.discards", DictionaryKind::kDiscards);
  EXPECT_EQ(d.error_count(), 1u) << messages(d);  // the lone '+'
  EXPECT_EQ(d.all()[0].line, 5u);
  ASSERT_EQ(set.discards.size(), 3u);
  EXPECT_EQ(set.discards[0].level, DiscardLevel::kSentence);
  EXPECT_TRUE(set.discards[0].last_word_is_stem);
  EXPECT_EQ(set.discards[1].level, DiscardLevel::kDocument);
  EXPECT_EQ(join_phrase(set.discards[1].phrase), "EUROVISION SONG CONTEST");
  EXPECT_FALSE(set.discards[2].last_word_is_stem);
}

constexpr const char* kVerbs =
    "&BORDERSYN_\n"
    "+CROSSING\n"
    "+BOUNDARY_LINE\n"
    "\n"
    "&CHARGES\n"
    "+CHARGE\n"
    "+ACCUSATION\n"
    "\n"
    "--- DETAIN  [173] ---\n"
    "DETAIN\n"
    "ARREST  # a comment\n"
    "SEIZE {SEIZES SEIZED SEIZING} [1711]\n"
    "+ROUND_UP {+ROUNDS_UP +ROUNDED_UP +ROUNDING_UP}\n"
    "WIRE_+TAP\n"
    "- * + (AT &BORDERSYN) [1731]  # DETAIN\n"
    "- $ * + (ON {WAR CRIME} &CHARGES) [173:112]\n"
    "- FAILED_TO_* [---]\n"
    "- % * ^ TOGETHER_ [0311]\n"
    "- * _OUT [174]\n"
    "\n"
    "--- WARN [---] ---\n"
    "WARN\n"
    "- * OF &CHARGES [:130]\n"
    "~ a (a b DETAIN) WARN = a b 138\n";

TEST(PetrarchVerbsTest, SynsetsBlocksVerbsPatternsTransformations) {
  DictionarySet set;
  Diagnostics d;
  read_text(set, d, kVerbs, "balkans.verbs", DictionaryKind::kVerbs);
  EXPECT_EQ(d.all().size(), 0u) << messages(d);
  ASSERT_EQ(set.synsets.size(), 2u);
  EXPECT_EQ(set.synsets[0].name, "&BORDERSYN");
  EXPECT_FALSE(set.synsets[0].members[0].plural);  // the label ends with '_'
  EXPECT_EQ(join_phrase(set.synsets[0].members[1].phrase), "BOUNDARY LINE");
  EXPECT_TRUE(set.synsets[1].members[0].plural);

  ASSERT_EQ(set.verb_blocks.size(), 2u);
  const VerbBlock& b = set.verb_blocks[0];
  EXPECT_EQ(b.name, "DETAIN");
  EXPECT_EQ(b.code.primary, "173");
  ASSERT_EQ(b.verbs.size(), 5u);
  EXPECT_EQ(b.verbs[1].forms, (std::vector<std::string>{"ARRESTS", "ARRESTED", "ARRESTING"}));
  EXPECT_TRUE(b.verbs[2].forms_given);
  EXPECT_EQ(b.verbs[2].code.primary, "1711");
  EXPECT_EQ(b.verbs[3].words, (Phrase{"ROUND", "UP"}));
  EXPECT_EQ(b.verbs[3].verb_index, 0u);
  EXPECT_EQ(b.verbs[3].forms, (std::vector<std::string>{"ROUNDS", "ROUNDED", "ROUNDING"}));
  EXPECT_EQ(b.verbs[4].verb_index, 1u);
  EXPECT_EQ(b.verbs[4].forms, (std::vector<std::string>{"TAPS", "TAPPED", "TAPPING"}));

  ASSERT_EQ(b.patterns.size(), 5u);
  const PatternEntry& p0 = b.patterns[0];
  EXPECT_TRUE(p0.pre.empty());
  ASSERT_EQ(p0.post.size(), 2u);
  EXPECT_EQ(p0.post[0].kind, PatternElementKind::kTarget);
  EXPECT_EQ(p0.post[1].kind, PatternElementKind::kPrepPhrase);
  ASSERT_EQ(p0.post[1].children.size(), 2u);
  EXPECT_EQ(p0.post[1].children[0].text, "AT");
  EXPECT_EQ(p0.post[1].children[1].kind, PatternElementKind::kSynset);
  EXPECT_EQ(p0.comment, "DETAIN");
  EXPECT_EQ(p0.where.line, 15u);

  const PatternEntry& p1 = b.patterns[1];
  EXPECT_EQ(p1.pre[0].kind, PatternElementKind::kSource);
  EXPECT_EQ(p1.code.primary, "173");
  EXPECT_EQ(p1.code.paired, "112");
  const PatternElement& pp = p1.post[1];
  ASSERT_EQ(pp.children.size(), 3u);
  EXPECT_EQ(pp.children[1].kind, PatternElementKind::kNounPhrase);
  EXPECT_EQ(pp.children[1].children.back().text, "CRIME");  // the head is last

  const PatternEntry& p2 = b.patterns[2];
  ASSERT_EQ(p2.pre.size(), 2u);
  EXPECT_TRUE(p2.pre[0].joined_next);  // FAILED_TO
  EXPECT_TRUE(p2.pre_joined_to_verb);  // TO_*
  EXPECT_EQ(p2.code.primary, "---");

  const PatternEntry& p3 = b.patterns[3];
  EXPECT_EQ(p3.pre[0].kind, PatternElementKind::kCompound);
  EXPECT_EQ(p3.post[0].kind, PatternElementKind::kSkip);
  EXPECT_FALSE(p3.post[1].joined_next);  // a trailing '_' before the end joins nothing

  EXPECT_EQ(set.verb_blocks[1].patterns[0].code.primary, "");
  EXPECT_EQ(set.verb_blocks[1].patterns[0].code.paired, "130");

  ASSERT_EQ(set.transformations.size(), 1u);
  const TransformationEntry& t = set.transformations[0];
  EXPECT_EQ(t.inner_verb, "DETAIN");
  EXPECT_EQ(t.upper_verb, "WARN");
  EXPECT_EQ(t.result_code, "138");
}

TEST(PetrarchVerbsTest, MalformedLines) {
  DictionarySet set;
  Diagnostics d;
  read_text(set, d,
            "- * AID [070]\n"                // 1: pattern before any block
            "HELP\n"                         // 2: verb before any block
            "--- AID [07O.] ---\n"           // 3: bad code character
            "--- AID [070] ---\n"            // 4
            "AID {AIDS AIDED\n"              // 5: missing '}'
            "- * AID\n"                      // 6: no code
            "- SUPPLIES [071]\n"             // 7: no '*'
            "- * * [071]\n"                  // 8: two '*'
            "- * (WITH {FOOD [072]\n"        // 9: unbalanced
            "- * [073\n"                     // 10: missing ']'
            "+SEND_+IN_+AID\n"               // 11: two '+'
            "~ a (a b AID) = a b 070\n"      // 12: transformation with 4 names
            "- * (WITH FOOD) [072]\n",       // 13: fine
            "bad.verbs", DictionaryKind::kVerbs);
  std::vector<uint32_t> lines;
  for (const Diagnostic& x : d.all()) {
    if (x.severity == Severity::kError) lines.push_back(x.line);
  }
  EXPECT_EQ(lines, (std::vector<uint32_t>{1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12})) << messages(d);
  ASSERT_EQ(set.verb_blocks.size(), 1u);
  EXPECT_EQ(set.verb_blocks[0].patterns.size(), 1u);
}

TEST(DictionaryKindTest, GuessesPetrarchKindsByContent) {
  EXPECT_EQ(guess_petrarch_kind(kActors), DictionaryKind::kActors);
  EXPECT_EQ(guess_petrarch_kind(kVerbs), DictionaryKind::kVerbs);
  EXPECT_EQ(guess_petrarch_kind("POLICE {} [~COP]\nMINISTER [~GOV]\n"), DictionaryKind::kAgents);
  EXPECT_EQ(guess_petrarch_kind("+WORLD CUP\nTENNIS\n"), DictionaryKind::kDiscards);
  EXPECT_EQ(detect_dictionary_format("# x\nfaultline-dictionary 1\n"), DictionaryFormat::kNative);
  EXPECT_EQ(detect_dictionary_format(kActors), DictionaryFormat::kPetrarch);
}

}  // namespace
}  // namespace faultline
