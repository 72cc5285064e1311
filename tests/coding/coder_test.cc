// The coder on hand-tagged Serbia/Kosovo sentences with small hand-written dictionaries in
// PETRARCH's formats: one test per construction the coder must handle.
#include "coding/coder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tagged_sentence.h"

namespace faultline::testing {
namespace {

constexpr const char* kVerbs = R"(
--- ACCUSE [112] ---
ACCUSE
- * OF CORRUPTION [1121]

--- ARREST [173] ---
ARREST
DETAIN

--- ATTACK [190] ---
ATTACK
- SUDDENLY * ACROSS BORDER [1951]

--- ADMIT [013] ---
ADMIT
- * REALLY_DANGEROUS [0141]

--- BREAK [1717] ---
BREAK {BROKE BROKEN}
- + * IN $ [075]

--- WIRETAP [1711] ---
WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED WIRE_+TAPPING}

--- MEET [036] ---
MEET
- + HOSTING * SUMMIT $ [0361]

--- PRAISE [051] ---
PRAISE
- * REFORM [0511]
- NOTED + * [0512]

--- SAY [010] ---
SAY {SAID SAYS SAYING}

--- CONDEMN [122] ---
CONDEMN
CRITICISE
- SHARPLY BITTERLY * [1221]
)";

constexpr const char* kActors = R"(
SERBIA [SRB]
+SERBIAN
+BELGRADE
KOSOVO [KSV]
+PRISTINA
ALBANIA [ALB]
ALEKSANDAR_VUCIC [SRBGOV]
+VUCIC
EUROPEAN_UNION [IGOEUREEC]
+EU
)";

constexpr const char* kAgents = R"(
POLICE [~COP]
OFFICER [~MIL]
GOVERNMENT [~GOV]
MILITIA {} [~REB]
GUNMAN [~REB]
)";

constexpr const char* kDiscards = R"(
FOOTBALL
+EUROVISION
)";

class CoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto dir = std::filesystem::temp_directory_path() / ("faultline-coder-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    auto write = [&](const char* name, const char* text) {
      std::ofstream(dir / name) << text;
      return (dir / name).string();
    };
    KnowledgeFiles files;
    files.verbs = write("verbs.txt", kVerbs);
    files.actors = {write("actors.txt", kActors)};
    files.agents = write("agents.txt", kAgents);
    files.discards = write("discards.txt", kDiscards);
    Diagnostics diagnostics;
    auto k = load_knowledge(files, diagnostics);
    ASSERT_TRUE(k.ok()) << k.status().message();
    for (const auto& d : diagnostics.all()) ADD_FAILURE() << d.to_string();
    knowledge_ = *k;
  }
  static void TearDownTestSuite() { knowledge_.reset(); }

  std::vector<Event> code(const std::vector<std::string>& sentences, std::string* explain = nullptr,
                          CodingOptions options = {}) {
    doc_ = tagged_document(sentences);
    Coder coder(knowledge_, options);
    std::vector<Event> events;
    coder.code(doc_, events, explain);
    for (const Event& e : events) {
      EXPECT_EQ(std::string(doc_.view(e.source_span)), e.source_text);
      EXPECT_EQ(std::string(doc_.view(e.target_span)), e.target_text);
      EXPECT_GT(e.trigger.size(), 0u);
    }
    return events;
  }
  static std::string triple(const Event& e) { return e.source + "|" + e.target + "|" + e.code; }
  std::vector<std::string> triples(const std::vector<Event>& events) {
    std::vector<std::string> out;
    for (const Event& e : events) out.push_back(triple(e));
    return out;
  }

  static std::shared_ptr<const Knowledge> knowledge_;
  Document doc_;
};
std::shared_ptr<const Knowledge> CoderTest::knowledge_;

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

TEST_F(CoderTest, AgentCombinesWithCountry) {
  auto events = code({"Serbian/JJ/B-NP police/NNS/I-NP arrested/VBD/B-VP/arrest three/CD/B-NP Kosovo/NNP/I-NP "
                      "officers/NNS/I-NP/officer ./././O"});
  ASSERT_THAT(triples(events), ElementsAre("SRBCOP|KSVMIL|173"));
  const Event& e = events[0];
  EXPECT_EQ(doc_.view(e.trigger), "arrested");
  EXPECT_EQ(e.source_text, "Serbian police");
  EXPECT_EQ(e.target_text, "three Kosovo officers");  // the whole noun phrase (coding/actor_spans.h)
  EXPECT_FALSE(e.negated);
  EXPECT_FALSE(e.hypothetical);
  EXPECT_EQ(e.sentence, 1u);
  EXPECT_EQ(e.date, "2023-05-26");
  EXPECT_FALSE(e.rule.empty());
}

TEST_F(CoderTest, PassiveTakesTheSourceFromTheByPhrase) {
  auto events = code({"Three/CD/B-NP Kosovo/NNP/I-NP officers/NNS/I-NP/officer were/VBD/B-VP/be "
                      "detained/VBN/I-VP/detain by/IN/B-PP Serbian/JJ/B-NP police/NNS/I-NP ./././O"});
  EXPECT_THAT(triples(events), ElementsAre("SRBCOP|KSVMIL|173"));
}

TEST_F(CoderTest, CompoundSubjectGivesOneEventPerActorAndPatternsRefineTheCode) {
  auto events = code({"Serbia/NNP/B-NP and/CC/O Albania/NNP/B-NP accused/VBD/B-VP/accuse Kosovo/NNP/B-NP "
                      "of/IN/B-PP corruption/NN/B-NP ./././O"});
  EXPECT_THAT(triples(events), UnorderedElementsAre("SRB|KSV|1121", "ALB|KSV|1121"));
}

TEST_F(CoderTest, CompoundWithoutTargetActsOnItself) {
  auto events = code({"Serbia/NNP/B-NP and/CC/O Kosovo/NNP/B-NP met/VBD/B-VP/meet in/IN/B-PP "
                      "Brussels/NNP/B-NP ./././O"});
  EXPECT_THAT(triples(events), UnorderedElementsAre("SRB|KSV|036", "KSV|SRB|036"));
}

TEST_F(CoderTest, NegatedEventIsFlagged) {
  auto events = code({"Serbian/JJ/B-NP police/NNS/I-NP did/VBD/B-VP/do not/RB/I-VP arrest/VB/I-VP "
                      "Kosovo/NNP/B-NP officers/NNS/I-NP/officer ./././O"});
  ASSERT_THAT(triples(events), ElementsAre("SRBCOP|KSVMIL|173"));
  EXPECT_TRUE(events[0].negated);
}

TEST_F(CoderTest, RefusalIsNegated) {
  auto events = code({"Belgrade/NNP/B-NP refused/VBD/B-VP/refuse to/TO/B-VP meet/VB/I-VP Pristina/NNP/B-NP ./././O"});
  ASSERT_THAT(triples(events), ElementsAre("SRB|KSV|036"));
  EXPECT_TRUE(events[0].negated);
}

TEST_F(CoderTest, ModalityIsHypothetical) {
  auto events = code({"Serbia/NNP/B-NP could/MD/B-VP attack/VB/I-VP Kosovo/NNP/B-NP ./././O"});
  ASSERT_THAT(triples(events), ElementsAre("SRB|KSV|190"));
  EXPECT_TRUE(events[0].hypothetical);
  EXPECT_FALSE(events[0].negated);
}

TEST_F(CoderTest, ReportedSpeechCodesTheReportedEventAndTheSpeechAct) {
  auto events = code({"Vucic/NNP/B-NP said/VBD/B-VP/say Kosovo/NNP/B-NP could/MD/B-VP attack/VB/I-VP "
                      "Serbia/NNP/B-NP ./././O"});
  EXPECT_THAT(triples(events), UnorderedElementsAre("SRBGOV|KSV|010", "KSV|SRB|190"));
  for (const Event& e : events) {
    if (e.code == "190") { EXPECT_TRUE(e.hypothetical); }
    if (e.code == "010") { EXPECT_FALSE(e.hypothetical); }
  }
}

TEST_F(CoderTest, RelativeClauseHasTheAntecedentAsSubject) {
  auto events = code({"The/DT/B-NP EU/NNP/I-NP praised/VBD/B-VP/praise Kosovo/NNP/B-NP ,/,/O which/WDT/B-NP "
                      "met/VBD/B-VP/meet Serbia/NNP/B-NP ./././O"});
  EXPECT_THAT(triples(events), UnorderedElementsAre("IGOEUREEC|KSV|051", "KSV|SRB|036"));
}

TEST_F(CoderTest, SeveralEventsInOneSentenceWithCoordinatedVerbs) {
  auto events = code({"The/DT/B-NP Serbian/JJ/I-NP government/NN/I-NP condemned/VBD/B-VP/condemn "
                      "Pristina/NNP/B-NP on/IN/B-PP Monday/NNP/B-NP and/CC/O praised/VBD/B-VP/praise "
                      "the/DT/B-NP EU/NNP/I-NP ./././O"});
  EXPECT_THAT(triples(events), UnorderedElementsAre("SRBGOV|KSV|122", "SRBGOV|IGOEUREEC|051"));
}

TEST_F(CoderTest, AppositionDoesNotBecomeTheSubject) {
  auto events = code({"Kosovo/NNP/B-NP ,/,/O the/DT/B-NP youngest/JJS/I-NP state/NN/I-NP ,/,/O "
                      "criticised/VBD/B-VP/criticise Serbia/NNP/B-NP ./././O"});
  EXPECT_THAT(triples(events), ElementsAre("KSV|SRB|122"));
}

TEST_F(CoderTest, DiscardedSentencesAndDocumentsGiveNoEvents) {
  EXPECT_TRUE(code({"Serbia/NNP/B-NP attacked/VBD/B-VP/attack Kosovo/NNP/B-NP in/IN/B-PP football/NN/B-NP ./././O"})
                  .empty());
  auto events = code({"Serbia/NNP/B-NP attacked/VBD/B-VP/attack Kosovo/NNP/B-NP ./././O",
                      "Eurovision/NNP/B-NP votes/NNS/I-NP were/VBD/B-VP/be counted/VBN/I-VP/count ./././O"});
  EXPECT_TRUE(events.empty());
}

TEST_F(CoderTest, NominalEventWithOfAndBy) {
  auto events = code({"Pristina/NNP/B-NP condemned/VBD/B-VP/condemn the/DT/B-NP detention/NN/I-NP of/IN/B-PP "
                      "three/CD/B-NP Kosovo/NNP/I-NP officers/NNS/I-NP/officer by/IN/B-PP Serbia/NNP/B-NP ./././O"});
  // Pristina condemns the detention's doer, Serbia, not the officers detained (coding/act_nouns.h).
  EXPECT_THAT(triples(events), UnorderedElementsAre("KSV|SRB|122", "SRB|KSVMIL|173"));
  for (const Event& e : events) {
    if (e.code == "173") {
      EXPECT_EQ(doc_.view(e.trigger), "detention");
      EXPECT_EQ(e.source_text, "Serbia");
      EXPECT_EQ(e.target_text, "three Kosovo officers");  // the whole noun phrase (coding/actor_spans.h)
    }
  }
}

TEST_F(CoderTest, NominalEventWithPossessiveAgent) {
  auto events = code({"Serbia/NNP/B-NP 's/POS/B-NP attack/NN/I-NP of/IN/B-PP Kosovo/NNP/B-NP "
                      "surprised/VBD/B-VP/surprise the/DT/B-NP EU/NNP/I-NP ./././O"});
  EXPECT_THAT(triples(events), ElementsAre("SRB|KSV|190"));
}

TEST_F(CoderTest, NominalEventNeedsBothSidesAndADictionaryVerb) {
  // No agent: "the detention of officers" alone is no event; "the election of" has no verb entry.
  EXPECT_TRUE(code({"The/DT/B-NP detention/NN/I-NP of/IN/B-PP Kosovo/NNP/B-NP officers/NNS/I-NP/officer "
                    "continued/VBD/B-VP/continue ./././O"})
                  .empty());
  EXPECT_TRUE(code({"The/DT/B-NP election/NN/I-NP of/IN/B-PP Kosovo/NNP/B-NP officers/NNS/I-NP/officer "
                    "by/IN/B-PP Serbia/NNP/B-NP ended/VBD/B-VP/end ./././O"})
                  .empty());
}

TEST_F(CoderTest, UnknownNounPhrasesBecomeNewActorsWhenShortEnough) {
  const std::string sentence = "The/DT/B-NP village/NN/I-NP council/NN/I-NP praised/VBD/B-VP/praise Serbia/NNP/B-NP ./././O";
  EXPECT_TRUE(code({sentence}).empty());
  doc_ = tagged_document({sentence});
  CodingOptions options;
  options.new_actor_length = 3;
  Coder coder(knowledge_, options);
  std::vector<Event> events;
  coder.code(doc_, events);
  EXPECT_THAT(triples(events), ElementsAre("\"THE VILLAGE COUNCIL\"|SRB|051"));
  options.new_actor_length = 2;
  coder.set_options(options);
  events.clear();
  coder.code(doc_, events);
  EXPECT_TRUE(events.empty());
}

TEST_F(CoderTest, ExplainSaysWhy) {
  std::string explain;
  code({"Serbia/NNP/B-NP accused/VBD/B-VP/accuse Kosovo/NNP/B-NP of/IN/B-PP corruption/NN/B-NP ./././O"}, &explain);
  EXPECT_NE(explain.find("pattern \"* OF CORRUPTION\""), std::string::npos) << explain;
  EXPECT_NE(explain.find("EVENT SRB KSV 1121"), std::string::npos) << explain;
  EXPECT_NE(explain.find("clause 0"), std::string::npos) << explain;
}

TEST_F(CoderTest, AdverbsJoinedByAConjunctionStayInTheVerbGroup) {
  auto events = code({"Kosovo/NNP/B-NP was/VBD/B-VP/be sharply/RB/B-ADVP and/CC/O bitterly/RB/B-VP "
                      "criticised/VBN/I-VP/criticise by/IN/B-PP Serbia/NNP/B-NP ./././O"});
  EXPECT_THAT(triples(events), ElementsAre("SRB|KSV|1221"));
}

TEST_F(CoderTest, APatternOfAnInfinitiveMayStartWithAnAdverbBeforeTheUpperVerb) {
  auto events = code({"Serbia/NNP/B-NP suddenly/RB/B-ADVP began/VBD/B-VP/begin to/TO/B-VP attack/VB/I-VP "
                      "Kosovo/NNP/B-NP across/IN/B-PP the/DT/B-NP border/NN/I-NP ./././O"});
  EXPECT_THAT(triples(events), ElementsAre("SRB|KSV|1951"));
}

TEST_F(CoderTest, PatternWordsMayLieInTheClauseTheVerbReports) {
  auto events = code({"Serbia/NNP/B-NP admitted/VBD/B-VP/admit that/IN/B-SBAR Kosovo/NNP/B-NP is/VBZ/B-VP/be "
                      "really/RB/B-ADJP dangerous/JJ/I-ADJP ./././O"});
  EXPECT_THAT(triples(events), ElementsAre("SRB|KSV|0141"));
}

TEST_F(CoderTest, AVerbTaggedAsANounAfterTheSubjectNameIsTheVerbWhenTheMainClauseHasNone) {
  auto events = code({"Serbia/NNP/B-NP meets/NNS/I-NP/meet with/IN/B-PP Kosovo/NNP/B-NP after/IN/B-SBAR "
                      "talks/NNS/B-NP/talk failed/VBD/B-VP/fail ./././O"});
  EXPECT_THAT(triples(events), ElementsAre("SRB|KSV|036"));
  events = code({"Serbia/NNP/B-NP and/CC/O Kosovo/NNP/B-NP meet/NN/I-NP that/WDT/B-SBAR day/NN/B-NP ./././O"});
  EXPECT_THAT(triples(events), UnorderedElementsAre("SRB|KSV|036", "KSV|SRB|036"));
  // A noun the verb dictionary does not know stays a noun, and a clause with a verb keeps it.
  events = code({"Serbian/JJ/B-NP police/NNS/I-NP/police in/IN/B-PP Kosovo/NNP/B-NP arrested/VBD/B-VP/arrest "
                 "Albania/NNP/B-NP officers/NNS/I-NP/officer ./././O"});
  EXPECT_THAT(triples(events), ElementsAre("SRBCOP|ALBMIL|173"));
}

TEST_F(CoderTest, AdjectivesJoinedByAConjunctionDescribeOneActor) {
  auto events = code({"Serbia/NNP/B-NP 's/POS/B-NP bold/JJ/I-NP and/CC/I-NP angry/JJ/I-NP government/NN/I-NP "
                      "condemned/VBD/B-VP/condemn Kosovo/NNP/B-NP ./././O"});
  EXPECT_THAT(triples(events), ElementsAre("SRBGOV|KSV|122"));
  events = code({"Serbia/NNP/B-NP 's/POS/B-NP bold/JJ/I-NP and/CC/I-NP angry/NN/I-NP government/NN/I-NP "
                 "condemned/VBD/B-VP/condemn Kosovo/NNP/B-NP ./././O"});
  EXPECT_THAT(triples(events), ElementsAre("SRBGOV|KSV|122")) << "the second adjective tagged a noun";
}

TEST_F(CoderTest, AGerundAfterTheObjectModifiesItAndKeepsTheTargetInReach) {
  auto events = code({"Serbia/NNP/B-NP condemned/VBD/B-VP/condemn the/DT/B-NP rally/NN/I-NP supporting/VBG/B-VP/support "
                      "Kosovo/NNP/B-NP ./././O"});
  EXPECT_THAT(triples(events), ElementsAre("SRB|KSV|122"));
}

TEST_F(CoderTest, AgentPluralsAreTheDictionarysExceptIrregularOnes) {
  auto events = code({"Kosovo/NNP/B-NP gunmen/NNS/I-NP/gunman attacked/VBD/B-VP/attack Serbia/NNP/B-NP ./././O"});
  EXPECT_THAT(triples(events), ElementsAre("KSVREB|SRB|190"));
  events = code({"Kosovo/NNP/B-NP militias/NNS/I-NP/militia attacked/VBD/B-VP/attack Serbia/NNP/B-NP ./././O"});
  EXPECT_THAT(triples(events), ElementsAre("KSV|SRB|190")) << "MILITIA {} declares no plural";
}

TEST_F(CoderTest, ACountryBeforeCoordinatedRolesQualifiesEachUnlessADeterminerClosesTheFirst) {
  auto events = code({"Serbian/JJ/B-NP police/NNS/I-NP and/CC/I-NP government/NN/I-NP condemned/VBD/B-VP/condemn "
                      "Kosovo/NNP/B-NP ./././O"});
  EXPECT_THAT(triples(events), UnorderedElementsAre("SRBCOP|KSV|122", "SRBGOV|KSV|122"));
  events = code({"The/DT/B-NP Serbian/JJ/I-NP police/NNS/I-NP and/CC/O government/NN/B-NP condemned/VBD/B-VP/condemn "
                 "Kosovo/NNP/B-NP ./././O"});
  EXPECT_THAT(triples(events), UnorderedElementsAre("SRBCOP|KSV|122", "---GOV|KSV|122"));
}

TEST_F(CoderTest, TheUpperClausesSubjectMayFillAPatternSlot) {
  auto events = code({"Serbia/NNP/B-NP will/MD/B-VP be/VB/I-VP/be hosting/VBG/I-VP/host Kosovo/NNP/B-NP to/TO/B-VP "
                      "meet/VB/I-VP at/IN/B-PP a/DT/B-NP summit/NN/I-NP with/IN/B-PP Albania/NNP/B-NP ./././O"});
  EXPECT_THAT(triples(events), ElementsAre("ALB|SRB|0361"));
}

TEST_F(CoderTest, PatternNounsMatchAsWrittenAndVerbsByTheirLemma) {
  auto events = code({"Serbia/NNP/B-NP praised/VBD/B-VP/praise the/DT/B-NP Kosovo/NNP/I-NP reform/NN/I-NP ./././O"});
  EXPECT_THAT(triples(events), ElementsAre("SRB|KSV|0511"));
  events = code({"Serbia/NNP/B-NP praised/VBD/B-VP/praise the/DT/B-NP Kosovo/NNP/I-NP reforms/NNS/I-NP/reform ./././O"});
  EXPECT_THAT(triples(events), ElementsAre("SRB|KSV|051")) << "REFORM is not 'reforms'";
}

TEST_F(CoderTest, OneSidedEventsOfAnEmbeddedClauseOnlyWhenTheClauseAboveCodedNothing) {
  CodingOptions monads;
  monads.require_dyad = false;
  auto events = code({"Serbia/NNP/B-NP attacked/VBD/B-VP/attack Kosovo/NNP/B-NP after/IN/B-SBAR Albania/NNP/B-NP "
                      "met/VBD/B-VP/meet ./././O"},
                     nullptr, monads);
  EXPECT_THAT(triples(events), ElementsAre("SRB|KSV|190"));
  events = code({"Serbia/NNP/B-NP slept/VBD/B-VP/sleep after/IN/B-SBAR Albania/NNP/B-NP met/VBD/B-VP/meet ./././O"},
                nullptr, monads);
  EXPECT_THAT(triples(events), ElementsAre("ALB||036"));
}

TEST_F(CoderTest, ANameJoinedByUnderscoresInTheTextIsMatchedAsItsWords) {
  auto events = code({"Serbia/NNP/B-NP condemned/VBD/B-VP/condemn the/DT/B-NP European_Union/NNP/I-NP ./././O"});
  ASSERT_THAT(triples(events), ElementsAre("SRB|IGOEUREEC|122"));
  EXPECT_EQ(events[0].target_text, "the European_Union");  // an actor's span is its whole noun phrase
}

TEST_F(CoderTest, APatternSpanningTheUpperVerbWithTheSubjectAsTargetTakesTheUpperSubjectAsSource) {
  auto events = code({"Vucic/NNP/B-NP noted/VBD/B-VP/note that/IN/B-SBAR Kosovo/NNP/B-NP praised/VBD/B-VP/praise "
                      "Albania/NNP/B-NP ./././O"});
  EXPECT_THAT(triples(events), ElementsAre("SRBGOV|KSV|0512"));
}

TEST_F(CoderTest, AMemberNamingNoOneTakesTheActorThatQualifiesIt) {
  auto events = code({"Serbia/NNP/B-NP 's/POS/B-NP farmers/NNS/I-NP and/CC/I-NP traders/NNS/I-NP of/IN/B-PP "
                      "Kosovo/NNP/B-NP attacked/VBD/B-VP/attack Albania/NNP/B-NP ./././O"});
  EXPECT_THAT(triples(events), UnorderedElementsAre("SRB|ALB|190", "KSV|ALB|190"));
  events = code({"The/DT/B-NP farmers/NNS/I-NP and/CC/O Kosovo/NNP/B-NP attacked/VBD/B-VP/attack Albania/NNP/B-NP ./././O"});
  EXPECT_THAT(triples(events), ElementsAre("KSV|ALB|190")) << "a member naming no one adds no actor";
}

TEST_F(CoderTest, ASlotOnlyPatternOfAnInfinitiveMayTakeTheUpperSubject) {
  auto events = code({"Kosovo/NNP/B-NP was/VBD/B-VP/be seen/VBN/I-VP/see to/TO/I-VP break/VB/I-VP in/IN/B-PP "
                      "a/DT/B-NP Serbia/NNP/I-NP parade/NN/I-NP ./././O"});
  EXPECT_THAT(triples(events), ElementsAre("SRB|KSV|075"));
}

TEST_F(CoderTest, AMultiWordVerbWhoseVerbTheTaggerTookForANoun) {
  auto events = code({"Serbian/JJ/B-NP police/NNS/I-NP will/MD/B-VP wire/VB/I-VP tap/NN/I-VP Kosovo/NNP/B-NP "
                      "officials/NNS/I-NP ./././O"});
  ASSERT_THAT(triples(events), ElementsAre("SRBCOP|KSV|1711"));
  EXPECT_EQ(doc_.view(events[0].trigger), "wire tap");
}

}  // namespace
}  // namespace faultline::testing
