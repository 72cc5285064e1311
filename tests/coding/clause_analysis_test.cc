#include "coding/clause_analysis.h"

#include <gtest/gtest.h>

#include "tagged_sentence.h"

namespace faultline::testing {
namespace {

using coding::ClauseLink;
using coding::ClauseStructure;

struct Analysed {
  Document doc;
  ClauseStructure clauses;
  coding::ClauseAnalyzer analyzer;
  std::string text(coding::TokenRange r) const {
    if (r.empty()) return "";
    return std::string(doc.view(ByteSpan{doc.tokens[r.first].span.begin, doc.tokens[r.last].span.end}));
  }
  std::string main(size_t v) const { return std::string(doc.token_text(doc.tokens[clauses.verbs.at(v).main])); }
};

void analyse(Analysed& a, const std::string& tagged) {
  a.doc = tagged_document({tagged});
  a.analyzer.analyze(a.doc, a.doc.sentences[0], a.clauses);
}

TEST(ClauseAnalysis, NegatedVerbGroupKeepsItsSubject) {
  Analysed a;
  analyse(a, "Serbian/JJ/B-NP police/NNS/I-NP did/VBD/B-VP/do not/RB/I-VP arrest/VB/I-VP the/DT/B-NP "
             "protesters/NNS/I-NP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 1u);
  EXPECT_EQ(a.main(0), "arrest");
  EXPECT_TRUE(a.clauses.verbs[0].negated);
  EXPECT_FALSE(a.clauses.verbs[0].hypothetical);
  EXPECT_EQ(a.text(a.clauses.verbs[0].subject), "Serbian police");
}

TEST(ClauseAnalysis, PassiveWithByAgent) {
  Analysed a;
  analyse(a, "Three/CD/B-NP officers/NNS/I-NP were/VBD/B-VP/be detained/VBN/I-VP/detain by/IN/B-PP "
             "Kosovo/NNP/B-NP police/NNS/I-NP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 1u);
  const auto& g = a.clauses.verbs[0];
  EXPECT_TRUE(g.passive);
  ASSERT_NE(g.by_agent, coding::kNoToken);
  EXPECT_EQ(a.doc.token_text(a.doc.tokens[g.by_agent]), "by");
  EXPECT_EQ(a.text(g.subject), "Three officers");
}

TEST(ClauseAnalysis, ModalsAndReadinessAreHypothetical) {
  Analysed a;
  analyse(a, "Serbia/NNP/B-NP could/MD/B-VP intervene/VB/I-VP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 1u);
  EXPECT_TRUE(a.clauses.verbs[0].hypothetical);

  analyse(a, "Kosovo/NNP/B-NP is/VBZ/B-VP/be ready/JJ/B-ADJP to/TO/B-VP negotiate/VB/I-VP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 1u);
  EXPECT_EQ(a.main(0), "negotiate");
  EXPECT_TRUE(a.clauses.verbs[0].hypothetical);
  EXPECT_EQ(a.text(a.clauses.verbs[0].subject), "Kosovo");
}

TEST(ClauseAnalysis, RefusalNegatesTheInfinitive) {
  Analysed a;
  analyse(a, "Belgrade/NNP/B-NP refused/VBD/B-VP/refuse to/TO/B-VP recognise/VB/I-VP Kosovo/NNP/B-NP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 2u);
  EXPECT_EQ(a.clauses.verbs[1].link, ClauseLink::kInfinitive);
  EXPECT_TRUE(a.clauses.verbs[1].negated);
  EXPECT_EQ(a.text(a.clauses.verbs[1].subject), "Belgrade");
  EXPECT_FALSE(a.clauses.verbs[0].negated);
}

TEST(ClauseAnalysis, ReportedSpeechIsAComplementWithItsOwnSubject) {
  Analysed a;
  analyse(a, "Vucic/NNP/B-NP said/VBD/B-VP/say Kosovo/NNP/B-NP could/MD/B-VP attack/VB/I-VP Serbia/NNP/B-NP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 2u);
  const auto& inner = a.clauses.verbs[1];
  EXPECT_EQ(inner.link, ClauseLink::kComplement);
  EXPECT_EQ(inner.parent, 0);
  EXPECT_TRUE(inner.hypothetical);
  EXPECT_EQ(a.text(inner.subject), "Kosovo");
  // The reporting verb may still see the reported subject as its target.
  EXPECT_GT(a.clauses.verbs[0].window_end, 2u);
}

TEST(ClauseAnalysis, ThePlainFutureIsReportedAsFact) {
  Analysed a;
  analyse(a, "Serbia/NNP/B-NP will/MD/B-VP meet/VB/I-VP Kosovo/NNP/B-NP ,/,/O Vucic/NNP/B-NP said/VBD/B-VP/say "
             "he/PRP/B-NP would/MD/B-VP go/VB/I-VP and/CC/O Serbia/NNP/B-NP is/VBZ/B-VP/be about/IN/B-PP "
             "to/TO/B-VP sign/VB/I-VP ./././O");
  for (size_t v = 0; v < a.clauses.verbs.size(); ++v) EXPECT_FALSE(a.clauses.verbs[v].hypothetical) << a.main(v);
}

TEST(ClauseAnalysis, ReadinessConditionsAndMightAreHypothetical) {
  Analysed a;
  analyse(a, "Serbia/NNP/B-NP is/VBZ/B-VP/be ready/JJ/B-ADJP to/TO/B-VP intervene/VB/I-VP and/CC/O "
             "Kosovo/NNP/B-NP might/MD/B-VP protest/VB/I-VP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 2u);
  EXPECT_TRUE(a.clauses.verbs[0].hypothetical);
  EXPECT_TRUE(a.clauses.verbs[1].hypothetical);
}

TEST(ClauseAnalysis, CoordinatedVerbsShareTheSubject) {
  Analysed a;
  analyse(a, "Serbia/NNP/B-NP condemned/VBD/B-VP/condemn the/DT/B-NP attack/NN/I-NP on/IN/B-PP "
             "Thursday/NNP/B-NP and/CC/O promised/VBD/B-VP/promise aid/NN/B-NP to/TO/B-PP Kosovo/NNP/B-NP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 2u);
  EXPECT_EQ(a.clauses.verbs[1].link, ClauseLink::kCoordinated);
  EXPECT_EQ(a.text(a.clauses.verbs[1].subject), "Serbia");
  // The first verb's window ends before "and promised".
  EXPECT_LE(a.clauses.verbs[0].window_end, 6u);
}

TEST(ClauseAnalysis, AppositionBetweenCommasIsSkipped) {
  Analysed a;
  analyse(a, "Kosovo/NNP/B-NP ,/,/O the/DT/B-NP youngest/JJS/I-NP state/NN/I-NP ,/,/O accused/VBD/B-VP/accuse "
             "Serbia/NNP/B-NP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 1u);
  EXPECT_EQ(a.text(a.clauses.verbs[0].subject), "Kosovo");
}

TEST(ClauseAnalysis, RelativeClauseTakesTheNounBeforeThePronoun) {
  Analysed a;
  analyse(a, "Pristina/NNP/B-NP welcomed/VBD/B-VP/welcome the/DT/B-NP envoy/NN/I-NP ,/,/O who/WP/B-NP "
             "criticised/VBD/B-VP/criticise Belgrade/NNP/B-NP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 2u);
  EXPECT_EQ(a.clauses.verbs[1].link, ClauseLink::kRelative);
  EXPECT_EQ(a.text(a.clauses.verbs[1].subject), "the envoy");
  EXPECT_LE(a.clauses.verbs[0].window_end, 5u);  // "who criticised Belgrade" is not welcomed
}

TEST(ClauseAnalysis, CompoundSubjectIsOneNounGroup) {
  Analysed a;
  analyse(a, "Serbia/NNP/B-NP ,/,/O Albania/NNP/B-NP and/CC/O Kosovo/NNP/B-NP signed/VBD/B-VP/sign "
             "the/DT/B-NP deal/NN/I-NP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 1u);
  EXPECT_EQ(a.text(a.clauses.verbs[0].subject), "Serbia, Albania and Kosovo");
}

TEST(ClauseAnalysis, ConditionMakesTheClauseHypothetical) {
  Analysed a;
  analyse(a, "If/IN/B-SBAR Serbia/NNP/B-NP attacks/VBZ/B-VP/attack Kosovo/NNP/B-NP ,/,/O NATO/NNP/B-NP "
             "will/MD/B-VP respond/VB/I-VP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 2u);
  EXPECT_EQ(a.clauses.verbs[0].link, ClauseLink::kSubordinate);
  EXPECT_TRUE(a.clauses.verbs[0].hypothetical);
  EXPECT_EQ(a.text(a.clauses.verbs[1].subject), "NATO");
  EXPECT_LE(a.clauses.verbs[0].window_end, 4u);
}

TEST(ClauseAnalysis, AWordTaggedAdverbAfterAModalIsTheVerbUnlessItIsAnAdverb) {
  Analysed a;
  analyse(a, "Serbia/NNP/B-NP will/MD/B-VP sever/RB/I-VP trade/NN/B-NP links/NNS/I-NP with/IN/B-PP "
             "Kosovo/NNP/B-NP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 1u);
  EXPECT_EQ(a.main(0), "sever");
  EXPECT_EQ(a.text(a.clauses.verbs[0].subject), "Serbia");

  analyse(a, "Serbia/NNP/B-NP will/MD/B-VP not/RB/I-VP ./././O");
  EXPECT_TRUE(a.clauses.verbs.empty());
  analyse(a, "Serbia/NNP/B-NP will/MD/B-VP reportedly/RB/I-VP recall/VB/I-VP its/PRP$/B-NP envoy/NN/I-NP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 1u);
  EXPECT_EQ(a.main(0), "recall");
}

TEST(ClauseAnalysis, AParticipleAfterABareVerbModifiesTheObject) {
  Analysed a;
  analyse(a, "Serbia/NNP/B-NP will/MD/B-VP end/VB/I-VP expanded/VBN/I-VP/expand trade/NN/B-NP "
             "with/IN/B-PP Kosovo/NNP/B-NP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 1u);
  EXPECT_EQ(a.main(0), "end");
  EXPECT_EQ(a.clauses.verbs[0].tokens.last, 2u);

  analyse(a, "Kosovo/NNP/B-NP will/MD/B-VP be/VB/I-VP/be recognised/VBN/I-VP/recognise ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 1u);
  EXPECT_EQ(a.main(0), "recognised");
  EXPECT_TRUE(a.clauses.verbs[0].passive);
}

TEST(ClauseAnalysis, AGerundBetweenTwoNounsIsPartOfTheNounPhrase) {
  Analysed a;
  analyse(a, "Serbia/NNP/B-NP cancelled/VBD/B-VP/cancel the/DT/B-NP border/NN/I-NP monitoring/VBG/B-VP/monitor "
             "mission/NN/B-NP in/IN/B-PP Kosovo/NNP/B-NP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 1u);
  EXPECT_EQ(a.main(0), "cancelled");
  EXPECT_EQ(a.clauses.verbs[0].window_end, 8u) << "Kosovo is still after the verb";
  EXPECT_EQ(a.text(a.analyzer.noun_group_starting_at(2, 8)), "the border monitoring mission in Kosovo");
}

TEST(ClauseAnalysis, ACapitalisedAdverbOpeningTheSentenceBeforeItsVerbIsTheSubject) {
  Analysed a;
  analyse(a, "Pristina/RB/B-ADVP welcomed/VBD/B-VP/welcome the/DT/B-NP deal/NN/I-NP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 1u);
  EXPECT_EQ(a.text(a.clauses.verbs[0].subject), "Pristina");
  analyse(a, "Recently/RB/B-ADVP welcomed/VBN/B-VP/welcome talks/NNS/B-NP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 1u);
  EXPECT_TRUE(a.clauses.verbs[0].subject.empty());
}

TEST(ClauseAnalysis, ABareParticipleAfterTheObjectIsAReducedRelative) {
  Analysed a;
  analyse(a, "Kosovo/NNP/B-NP welcomed/VBD/B-VP/welcome aid/NN/B-NP sent/VBD/B-VP/send by/IN/B-PP "
             "Serbia/NNP/B-NP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 2u);
  EXPECT_EQ(a.clauses.verbs[1].link, ClauseLink::kParticipial);
  EXPECT_EQ(a.clauses.verbs[0].window_end, 6u) << "Serbia is within reach of 'welcomed'";
  analyse(a, "Kosovo/NNP/B-NP welcomed/VBD/B-VP/welcome aid/NN/B-NP on/IN/B-PP health/NN/B-NP sent/VBD/B-VP/send "
             "from/IN/B-PP Serbia/NNP/B-NP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 2u);
  EXPECT_EQ(a.clauses.verbs[1].link, ClauseLink::kParticipial) << "welcoming reports no clause";
  analyse(a, "Vucic/NNP/B-NP said/VBD/B-VP/say Kosovo/NNP/B-NP attacked/VBD/B-VP/attack Serbia/NNP/B-NP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 2u);
  EXPECT_EQ(a.clauses.verbs[1].link, ClauseLink::kComplement) << "a finite verb is reported";
}

TEST(ClauseAnalysis, ANounGroupAPrepositionGovernsIsNoSubject) {
  Analysed a;
  analyse(a, "Kosovo/NNP/B-NP sent/VBD/B-VP/send condolences/NNS/B-NP to/TO/B-PP the/DT/B-NP families/NNS/I-NP "
             "of/IN/B-PP the/DT/B-NP officers/NNS/I-NP found/VBD/B-VP/find in/IN/B-PP Mitrovica/NNP/B-NP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 2u);
  EXPECT_EQ(a.clauses.verbs[1].link, ClauseLink::kParticipial) << "'found' describes the officers";
  EXPECT_EQ(a.clauses.verbs[0].window_end, 12u) << "the families are within reach of 'sent'";
  analyse(a, "Serbia/NNP/B-NP said/VBD/B-VP/say talks/NNS/B-NP between/IN/B-PP Belgrade/NNP/B-NP and/CC/O "
             "Pristina/NNP/B-NP resumed/VBD/B-VP/resume ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 2u);
  EXPECT_NE(a.clauses.verbs[1].link, ClauseLink::kParticipial) << "a reported clause's subject may hold a phrase";
  analyse(a, "Serbia/NNP/B-NP withdrew/VBD/B-VP/withdraw troops/NNS/B-NP from/IN/B-PP Kosovo/NNP/B-NP as/IN/B-PP "
             "the/DT/B-NP fighting/NN/I-NP ended/VBD/B-VP/end ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 2u);
  EXPECT_NE(a.clauses.verbs[1].link, ClauseLink::kParticipial) << "'as' opens a clause";
}

TEST(ClauseAnalysis, AnIngVerbAfterACommaActsForTheClauseBefore) {
  // Neither the noun before the comma nor one before an earlier comma is its subject: a clause
  // with its own verb between two commas is no parenthetical.
  Analysed a;
  analyse(a, "Before/IN/B-SBAR the/DT/B-NP talks/NNS/I-NP ,/,/O rebels/NNS/B-NP stormed/VBD/B-VP/storm a/DT/B-NP "
             "base/NN/I-NP ,/,/O seizing/VBG/B-VP/seize a/DT/B-NP checkpoint/NN/I-NP ,/,/O killing/VBG/B-VP/kill "
             "five/CD/B-NP soldiers/NNS/I-NP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 3u);
  EXPECT_EQ(a.text(a.clauses.verbs[1].subject), "rebels");
  EXPECT_EQ(a.text(a.clauses.verbs[2].subject), "rebels");
  EXPECT_EQ(a.clauses.verbs[2].link, ClauseLink::kCoordinated);
}

TEST(ClauseAnalysis, AThatClauseAfterAPrepositionalPhraseCompletesTheVerbBeforeIt) {
  Analysed a;
  analyse(a, "Serbia/NNP/B-NP said/VBD/B-VP/say on/IN/B-PP Friday/NNP/B-NP that/IN/B-SBAR an/DT/B-NP "
             "embargo/NN/I-NP against/IN/B-PP Kosovo/NNP/B-NP would/MD/B-VP fail/VB/I-VP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 2u);
  EXPECT_EQ(a.clauses.verbs[1].link, ClauseLink::kComplement);
  EXPECT_EQ(a.clauses.verbs[1].parent, 0);
  EXPECT_EQ(a.text(a.clauses.verbs[1].subject), "an embargo against Kosovo");
}

TEST(ClauseAnalysis, AbandoningEffortsNegatesTheInfinitive) {
  Analysed a;
  analyse(a, "Serbia/NNP/B-NP abandoned/VBD/B-VP/abandon plans/NNS/B-NP to/TO/B-VP attack/VB/I-VP "
             "Kosovo/NNP/B-NP ./././O");
  ASSERT_EQ(a.clauses.verbs.size(), 2u);
  EXPECT_EQ(a.main(1), "attack");
  EXPECT_TRUE(a.clauses.verbs[1].negated);
}

}  // namespace
}  // namespace faultline::testing
