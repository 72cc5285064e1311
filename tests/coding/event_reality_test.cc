// Whether a reported action happened: questions, hopes, denials and plans are not events that took
// place, and a compound subject acts on itself only with verbs that say so. Sentences written for
// these tests.
#include <gtest/gtest.h>

#include "shipped_coder.h"

namespace faultline {
namespace {

using testing::code_with_shipped_knowledge;
using testing::describe;

std::vector<Event> reported(const std::string& text) { return testing::reported_with_shipped_knowledge(text); }

TEST(EventReality, AQuestionReportsNoEvent) {
  EXPECT_FALSE(reported("Serbia detained three Kosovo police officers.").empty());
  auto events = reported("Will Serbia detain three Kosovo police officers?");
  EXPECT_TRUE(events.empty()) << describe(events);
}

TEST(EventReality, WhatSomeoneHopesForHasNotHappened) {
  auto events = reported("The EU hopes that Serbia will release the three Kosovo police officers.");
  for (const Event& e : events) EXPECT_NE(e.root, "07") << describe(events);
  for (const Event& e : events) EXPECT_FALSE(e.source == "SRB" && e.target == "KSVCOP") << describe(events);
}

TEST(EventReality, WhatSomeoneDeniesIsNegated) {
  auto all = code_with_shipped_knowledge("Belgrade denied that Serbian police detained the Kosovo officers.", "2023-06-15");
  bool negated_arrest = false;
  for (const Event& e : all) negated_arrest |= e.root == "17" && e.negated;
  EXPECT_TRUE(negated_arrest) << describe(all);
}

TEST(EventReality, APlannedMeetingIsAnIntentToMeet) {
  auto events = reported("Serbian President Aleksandar Vucic is due to meet Kosovo Prime Minister Albin Kurti in Brussels.");
  bool intent = false;
  for (const Event& e : events) {
    EXPECT_FALSE(e.root == "04") << describe(events);
    intent |= e.code == "036";
  }
  EXPECT_TRUE(intent) << describe(events);
}

TEST(EventReality, ACompoundSubjectActsOnItselfOnlyWithAReciprocalVerb) {
  auto met = reported("Serbia and Kosovo met in Brussels.");
  bool mutual = false;
  for (const Event& e : met) mutual |= e.source == "SRB" && e.target == "KSV";
  EXPECT_TRUE(mutual) << describe(met);
  auto praised = reported("Serbia and Kosovo praised the decision.");
  for (const Event& e : praised) EXPECT_FALSE(e.source == "SRB" && e.target == "KSV") << describe(praised);
  // Ties are between the two, whatever is done to them.
  auto severed = reported("Serbia and Kosovo severed their diplomatic relations.");
  bool both = false;
  for (const Event& e : severed) both |= e.source == "KSV" && e.target == "SRB" && e.root == "16";
  EXPECT_TRUE(both) << describe(severed);
}

TEST(EventReality, AMeetingTalksOrAnAgreementWithSomeoneIsMutual) {
  // "X met Y" is the same act as "X and Y met": each side consults, negotiates or signs with the
  // other (the shipped verbs write these codes paired with themselves, "040:040").
  auto has = [](const std::vector<Event>& events, std::string_view s, std::string_view t, std::string_view code) {
    for (const Event& e : events) {
      if (e.source == s && e.target == t && e.code == code) return true;
    }
    return false;
  };
  struct Mutual {
    const char* text;
    const char* a;
    const char* b;
    const char* code;
  };
  const Mutual cases[] = {
      {"Serbian President Dragan Petrovac met Kosovo Prime Minister Luan Berimaj in Brussels.", "SRBGOV", "KSVGOV", "040"},
      {"Serbia held talks with Kosovo on Monday.", "SRB", "KSV", "046"},
      {"Serbia signed an agreement with Kosovo.", "SRB", "KSV", "057"},
      // A meeting to come is both sides' intent; readiness to meet (below) is one side's.
      {"Serbian President Dragan Petrovac will meet Kosovo Prime Minister Luan Berimaj next week.", "SRBGOV", "KSVGOV", "036"},
  };
  for (const Mutual& c : cases) {
    auto events = reported(c.text);
    EXPECT_TRUE(has(events, c.a, c.b, c.code)) << c.text << "\n" << describe(events);
    EXPECT_TRUE(has(events, c.b, c.a, c.code)) << c.text << "\n" << describe(events);
  }
  auto ready = testing::code_with_shipped_knowledge("Serbia is ready to meet Kosovo.");
  EXPECT_TRUE(has(ready, "SRB", "KSV", "036")) << describe(ready);
  EXPECT_FALSE(has(ready, "KSV", "SRB", "036")) << describe(ready);
  // Ratifying is one side's act, and a visit has a guest and a host: neither is the same act from
  // the other side.
  auto ratified = reported("France ratified the accession of Sweden to NATO.");
  EXPECT_TRUE(has(ratified, "FRA", "SWE", "057")) << describe(ratified);
  for (const Event& e : ratified) EXPECT_FALSE(e.source == "SWE") << describe(ratified);
  auto visit = reported("Serbian President Dragan Petrovac visited Kosovo.");
  EXPECT_TRUE(has(visit, "SRBGOV", "KSV", "042")) << describe(visit);
  for (const Event& e : visit) EXPECT_FALSE(e.source == "KSV") << describe(visit);
}

TEST(EventReality, FailingToReachAnAgreementIsAMutualRejectionNotAnAgreement) {
  auto failed = reported("Serbia failed to reach an agreement with Kosovo on Monday.");
  bool serbia = false, kosovo = false;
  for (const Event& e : failed) {
    EXPECT_NE(e.code, "057") << describe(failed);
    serbia |= e.source == "SRB" && e.target == "KSV" && e.code == "120";
    kosovo |= e.source == "KSV" && e.target == "SRB" && e.code == "120";
  }
  EXPECT_TRUE(serbia && kosovo) << describe(failed);
}

TEST(EventReality, WhereAnAgreementIsReachedIsNoParty) {
  // "in Brussels" is where, not the EU as the other side of the agreement.
  auto events = reported("Serbia reached an agreement in Brussels on Friday.");
  for (const Event& e : events) {
    EXPECT_NE(e.target, "IGOEUREEC") << describe(events);
    EXPECT_NE(e.source, "IGOEUREEC") << describe(events);
  }
}

TEST(EventReality, AHeadlineVerbTaggedAsAPluralNounIsStillTheVerb) {
  // The tagger reads "lifts" in a verbless headline as a plural noun; the dictionary knows the verb.
  auto events = reported("Japan lifts sanctions against both India and Pakistan in recognition of their support.");
  bool india = false;
  for (const Event& e : events) india |= e.source == "JPN" && e.target == "IND" && e.code == "085";
  EXPECT_TRUE(india) << describe(events);
}

TEST(EventReality, ADecisionToActIsTheAct) {
  auto decided = reported("Serbia decided to release the three Kosovo police officers.");
  bool release = false;
  for (const Event& e : decided) release |= e.root == "08" && e.source == "SRB";
  EXPECT_TRUE(release) << describe(decided);
  // A plan is still an intention.
  auto planned = reported("Serbia plans to release the three Kosovo police officers.");
  for (const Event& e : planned) EXPECT_NE(e.root, "08") << describe(planned);
}

TEST(EventReality, ADayIsNeverLearnedAsAName) {
  auto events = reported(
      "Clashes broke out on Sunday, Serbia's military said. Sunday, the Kosovo police said, was calm. "
      "Sunday criticised the government.");
  for (const Event& e : events) EXPECT_FALSE(e.source.starts_with("SRBMIL") && e.source_text == "Sunday") << describe(events);
}

TEST(EventReality, WhatIsAskedOfSomeoneHasNotHappened) {
  auto events = reported("NATO urged Serbia to stop the attacks on Kosovo.");
  bool appeal = false;
  for (const Event& e : events) {
    appeal |= e.root == "02" && e.source == "IGOWSTNAT" && e.target == "SRB";
    EXPECT_FALSE(e.source == "SRB" && e.target == "KSV") << describe(events);
  }
  EXPECT_TRUE(appeal) << describe(events);
}

TEST(EventReality, AVisitSetForNextWeekIsAnIntent) {
  auto events = reported("Serbia is set to visit Kosovo next week.");
  ASSERT_FALSE(events.empty());
  for (const Event& e : events) EXPECT_EQ(e.code, "036") << describe(events);
}

TEST(EventReality, TheSpeakerAfterAnInvertedSaidIsNoTarget) {
  auto events = reported("Serbia will attack Kosovo, said the Kosovo police.");
  for (const Event& e : events) {
    EXPECT_FALSE(e.root == "01" && e.target == "KSVCOP") << describe(events);
    EXPECT_FALSE(e.source.empty() && e.target == "KSVCOP") << describe(events);
  }
  auto all = code_with_shipped_knowledge("The border stays closed, said the Kosovo police.", "2023-06-15");
  for (const Event& e : all) EXPECT_NE(e.target, "KSVCOP") << describe(all);
}

TEST(EventReality, WhenWithThePresentTenseIsGeneric) {
  auto all = code_with_shipped_knowledge("When NATO criticizes Serbia, Belgrade responds angrily.", "2023-06-15");
  for (const Event& e : all) {
    if (e.source == "IGOWSTNAT" && e.target == "SRB") {
      EXPECT_TRUE(e.hypothetical) << describe(all);
    }
  }
  auto past = reported("When NATO criticized Serbia, Belgrade responded angrily.");
  bool criticism = false;
  for (const Event& e : past) criticism |= e.source == "IGOWSTNAT" && e.target == "SRB";
  EXPECT_TRUE(criticism) << describe(past);
}

TEST(EventReality, WhatAnAllegationAssertsHasNotBeenReported) {
  EXPECT_FALSE(reported("Serbia supports the rebels.").empty());
  auto events = reported("The minister dismissed allegations that Serbia supports the rebels.");
  for (const Event& e : events) EXPECT_FALSE(e.source == "SRB" && e.root == "05") << describe(events);
}

TEST(EventReality, WhatACourtRecommendsHasNotHappened) {
  auto events = reported("The court recommended to the government to release the Kosovo police officers.");
  for (const Event& e : events) EXPECT_FALSE(e.root == "08") << describe(events);
}

TEST(EventReality, AnInfinitiveJoinedByAndIsAskedForToo) {
  auto events = reported("NATO urged Serbia to end the blockade and release the three Kosovo police officers.");
  for (const Event& e : events) EXPECT_FALSE(e.root == "08") << describe(events);
}

TEST(EventReality, AnAimIsNotYetDone) {
  auto events = reported("Serbian troops entered the village for the purpose of tracking and detaining Kosovo police officers.");
  for (const Event& e : events) EXPECT_FALSE(e.root == "17") << describe(events);
  events = reported("Serbian troops entered the village in order to detain Kosovo police officers.");
  for (const Event& e : events) EXPECT_FALSE(e.root == "17") << describe(events);
}

TEST(EventReality, NeitherDeniesAndUntilIsAConditionNotYetMet) {
  auto events = reported("Neither Serbia nor Montenegro attacked Kosovo.");
  for (const Event& e : events) EXPECT_NE(e.root, "19") << describe(events);
  events = reported("The EU will not lift the measures until Kosovo releases the three Serbian police officers.");
  for (const Event& e : events) EXPECT_NE(e.root, "08") << describe(events);
}

TEST(EventReality, WhatMayBeSoIsNotReported) {
  EXPECT_FALSE(reported("The EU envoy is negotiating the release with Serbian authorities.").empty());
  auto events = reported("It may be that the EU envoy is negotiating the release with Serbian authorities.");
  EXPECT_TRUE(events.empty()) << describe(events);
}

TEST(EventReality, ReturningAsHeadOfGovernmentGivesNothingBack) {
  EXPECT_FALSE(reported("Serbia returned the three Kosovo police officers.").empty());
  auto events = reported("The Serbian president returned as the head of the government.");
  EXPECT_TRUE(events.empty()) << describe(events);
}

TEST(EventReality, WhatSomeoneArguesOrAllegesIsContested) {
  EXPECT_FALSE(reported("The Serbian government detained three Kosovo police officers.").empty());
  for (const char* text : {"Belgrade argued that the Kosovo government detained three Serbian police officers.",
                           "Belgrade alleged that the Kosovo government detained three Serbian police officers."}) {
    auto events = reported(text);
    for (const Event& e : events) EXPECT_NE(e.root, "17") << text << "\n" << describe(events);
  }
}

TEST(EventReality, WarningShotsAreNoThreat) {
  auto events = reported("Serbian police responded by firing tear gas and warning shots to disperse Kosovo protesters.");
  for (const Event& e : events) EXPECT_NE(e.root, "13") << describe(events);
  EXPECT_FALSE(reported("Serbia warned Kosovo against further arrests.").empty());
}

TEST(EventReality, ArmedBeforeANounDescribesIt) {
  auto events = reported(
      "Serbian police said on Tuesday that they had arrested 56 suspected criminals, including kidnappers and armed "
      "bandits terrorizing Kosovo.");
  for (const Event& e : events) EXPECT_NE(e.root, "06") << describe(events);
}

TEST(EventReality, WhatAPerceptionHoldsIsNotReportedEvenWithoutAVerb) {
  auto events = reported(
      "Because of these perceptions that the Serbian government, you know, was really trying to kill the Kosovo police "
      "officers, the talks failed.");
  for (const Event& e : events) EXPECT_NE(e.root, "18") << describe(events);
}

TEST(EventReality, AMaterialActInTheSimplePresentIsHabitual) {
  EXPECT_FALSE(reported("The Serbian company provided engineering services to the Kosovo government.").empty());
  auto events = reported("The Serbian company provides engineering services to the Kosovo government.");
  EXPECT_TRUE(events.empty()) << describe(events);
  // A headline's present tense reports an event.
  EXPECT_FALSE(reported("Serbian company provides engineering services to Kosovo government").empty());
}

TEST(EventReality, TheWaySomeoneActsIsAMannerNotAnEvent) {
  EXPECT_FALSE(reported("The Serbian president talked to Kosovo officials.").empty());
  auto events = reported("Voters loved the way the Serbian president talked to Kosovo officials.");
  EXPECT_TRUE(events.empty()) << describe(events);
}

TEST(EventReality, GivingSomeoneMoreTimeIsNoAid) {
  EXPECT_FALSE(reported("The EU gave Kosovo millions of euros in aid.").empty());
  auto events = reported("The EU gave Kosovo a few more days to consider the plan.");
  for (const Event& e : events) EXPECT_NE(e.root, "07") << describe(events);
}

}  // namespace
}  // namespace faultline
