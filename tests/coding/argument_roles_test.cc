// Who is acted upon, and how much text names each side: passives without an agent, times that are
// never participants, appositions inside an actor's evidence. Sentences written for these tests.
#include <gtest/gtest.h>

#include "shipped_coder.h"

namespace faultline {
namespace {

using testing::code_with_shipped_knowledge;
using testing::describe;

CodingOptions sentence_level() {
  CodingOptions o;
  o.require_dyad = false;
  o.new_actor_length = 4;
  return o;
}

const Event* find_code_root(const std::vector<Event>& events, std::string_view root) {
  for (const Event& e : events) {
    if (e.root == root) return &e;
  }
  return nullptr;
}

TEST(ArgumentRoles, SubjectOfAPassiveWithoutAgentIsTheTarget) {
  auto events = code_with_shipped_knowledge("Three Kosovo police officers were detained near the border.", "2023-06-15",
                                            sentence_level());
  const Event* e = find_code_root(events, "17");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->source, "") << describe(events);
  EXPECT_EQ(e->target, "KSVCOP") << describe(events);
}

TEST(ArgumentRoles, PassiveWithItsAgentKeepsTheAgentAsSource) {
  auto events = code_with_shipped_knowledge("Three Kosovo police officers were detained by Serbia.", "2023-06-15");
  const Event* e = find_code_root(events, "17");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->source, "SRB") << describe(events);
  EXPECT_EQ(e->target, "KSVCOP") << describe(events);
}

TEST(ArgumentRoles, ADayOrDateIsNeverANewActor) {
  for (const char* text : {"The unknown gunmen attacked on Monday.", "The local militia attacked on February 5.",
                           "The local militia attacked today."}) {
    auto events = code_with_shipped_knowledge(text, "2023-06-15", sentence_level());
    for (const Event& e : events) {
      EXPECT_EQ(e.target.find("MONDAY"), std::string::npos) << text << "\n" << describe(events);
      EXPECT_EQ(e.target.find("FEBRUARY"), std::string::npos) << text << "\n" << describe(events);
      EXPECT_EQ(e.target.find("TODAY"), std::string::npos) << text << "\n" << describe(events);
    }
  }
}

TEST(ArgumentRoles, AnAppositionBelongsToTheActorsEvidence) {
  auto events = code_with_shipped_knowledge(
      "The European Union will hold talks with the Serbian president, Aleksandar Vucic, next month.", "2023-06-15");
  const Event* e = find_code_root(events, "03");  // 036: intent to meet
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target_text, "the Serbian president, Aleksandar Vucic") << describe(events);
}

TEST(ArgumentRoles, ListsAndReportingClausesAreNoApposition) {
  auto events = code_with_shipped_knowledge("Serbia accused Kosovo, the government in Belgrade said.", "2023-06-15");
  const Event* e = find_code_root(events, "11");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target_text, "Kosovo") << describe(events);
  events = code_with_shipped_knowledge("Serbia met Kosovo, Albania and Montenegro.", "2023-06-15");
  for (const Event& ev : events) EXPECT_NE(ev.target_text, "Kosovo, Albania") << describe(events);
}

TEST(ArgumentRoles, AnUnnamedBorderFacesTheCountryTheReportNamesMost) {
  const std::string report =
      "Kosovo accused Serbia of provocations. Kosovo police closed two crossings, and Kosovo said it would "
      "not back down. Serbia responded by deploying troops along the border.";
  auto events = code_with_shipped_knowledge(report, "2022-08-01");
  const Event* e = find_code_root(events, "15");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->source, "SRBMIL") << describe(events);
  EXPECT_EQ(e->target, "KSV") << describe(events);
  EXPECT_EQ(e->target_text, "the border") << describe(events);
}

TEST(ArgumentRoles, ABorderWithANamedSideOrAnUnsureCounterpartImpliesNoTarget) {
  // Named once only: no counterpart to infer.
  auto events = code_with_shipped_knowledge("Serbia accused Kosovo. Serbia deployed troops along the border.", "2022-08-01");
  for (const Event& e : events) EXPECT_FALSE(e.root == "15" && e.target == "KSV") << describe(events);
  // "the border with Albania" names its other side; the counterpart rule stays out of it.
  events = code_with_shipped_knowledge(
      "Kosovo accused Serbia. Kosovo protested. Serbia deployed troops along the border with Albania.", "2022-08-01");
  for (const Event& e : events) EXPECT_FALSE(e.root == "15" && e.target == "KSV") << describe(events);
}

TEST(ArgumentRoles, AllCapitalUsIsTheUnitedStatesButUsIsAPronoun) {
  auto events = code_with_shipped_knowledge("The US President criticized China.", "2023-06-15");
  const Event* e = find_code_root(events, "11");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->source, "USAGOV") << describe(events);
  events = code_with_shipped_knowledge("China criticized us.", "2023-06-15");
  for (const Event& ev : events) EXPECT_NE(ev.target, "USA") << describe(events);
}

TEST(ArgumentRoles, AConsultationIsWithTheActorAfterWithNotItsTopic) {
  auto events = code_with_shipped_knowledge(
      "Egypt's foreign minister discussed Lebanon and Syria with the Iranian foreign minister.", "2023-06-15");
  const Event* e = find_code_root(events, "04");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target, "IRNGOV") << describe(events);
  for (const Event& ev : events) EXPECT_FALSE(ev.target == "LBN" || ev.target == "SYR") << describe(events);
}

TEST(ArgumentRoles, HostingNeedsTheGuestAsTheDirectObject) {
  auto events = code_with_shipped_knowledge("Vucic received the EU envoy in Belgrade.", "2023-06-15");
  const Event* e = find_code_root(events, "04");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target, "IGOEUREEC") << describe(events);
  for (const char* text : {"Serbia received the worst ranking from the EU.",
                           "Serbia has received pledges of support from Russia."}) {
    events = code_with_shipped_knowledge(text, "2023-06-15");
    for (const Event& ev : events) EXPECT_NE(ev.code, "043") << text << "\n" << describe(events);
  }
}

TEST(ArgumentRoles, ACountrysOwnForcesAreNoTargetOfItsPosture) {
  auto events = code_with_shipped_knowledge("Serbia deployed Serbian troops to the north.", "2023-06-15");
  for (const Event& e : events) EXPECT_FALSE(e.root == "15" && e.target.starts_with("SRB")) << describe(events);
}

TEST(ArgumentRoles, APlaceAfterAParticipleIsNoSubject) {
  auto events = code_with_shipped_knowledge("Rockets fired from Lebanon hit northern Israel on Sunday.", "2023-06-15");
  for (const Event& e : events) EXPECT_NE(e.source, "LBN") << describe(events);
}

TEST(ArgumentRoles, AnActorWordBeforeATopicNamesNoOne) {
  auto events = code_with_shipped_knowledge("The Iranian minister criticized the Syrian crisis on Monday.", "2023-06-15");
  for (const Event& e : events) EXPECT_NE(e.target, "SYR") << describe(events);
  // A possessive keeps its owner: the decision is Serbia's.
  events = code_with_shipped_knowledge("The EU minister criticized Serbia's decision on Monday.", "2023-06-15");
  bool serbia = false;
  for (const Event& e : events) serbia |= e.target == "SRB";
  EXPECT_TRUE(serbia) << describe(events);
}

TEST(ArgumentRoles, ARelativeClauseWithAListIsSkippedToItsHead) {
  auto events = code_with_shipped_knowledge(
      "Trump, who praised Indonesia, Singapore and Thailand, criticized Japan on Monday.", "2023-06-15");
  const Event* e = find_code_root(events, "11");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->source, "USA") << describe(events);
  EXPECT_EQ(e->target, "JPN") << describe(events);
}

TEST(ArgumentRoles, ARoleNounBeforeAThingNamesNoOne) {
  auto events = code_with_shipped_knowledge("The Serbian minister criticized the military operations on Monday.", "2023-06-15");
  for (const Event& e : events) EXPECT_FALSE(e.target.ends_with("MIL")) << describe(events);
  // A noun that looks like a person keeps the role: the campaigners are the government's.
  events = code_with_shipped_knowledge("The Serbian minister criticized government campaigners on Monday.", "2023-06-15");
  bool government = false;
  for (const Event& e : events) government |= e.target.starts_with("---GOV");
  EXPECT_TRUE(government) << describe(events);
}

TEST(ArgumentRoles, TheInternationalCommunityIsNoParty) {
  auto events = code_with_shipped_knowledge("NATO urged the international community to help Kosovo.", "2023-06-15");
  for (const Event& e : events) EXPECT_FALSE(e.target.starts_with("---")) << describe(events);
}

TEST(ArgumentRoles, ARelativeOfAnOfficeHolderIsNoParty) {
  auto events = code_with_shipped_knowledge("The Serbian president's wife visited Kosovo on Monday.", "2023-06-15");
  for (const Event& e : events) EXPECT_FALSE(e.source.starts_with("SRB")) << describe(events);
}

TEST(ArgumentRoles, ARelativeClauseWithAnInfinitiveIsSkippedToItsHead) {
  auto events = code_with_shipped_knowledge(
      "Kosovo, which wants to join the alliance now in talks in Brussels, on Monday criticized Serbia.", "2023-06-15");
  const Event* e = find_code_root(events, "11");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->source, "KSV") << describe(events);
}

TEST(ArgumentRoles, AStatementAboutTheSpeakersOwnSideAddressesNoOne) {
  auto events = code_with_shipped_knowledge("The Serbian army said its soldiers were ready.", "2023-06-15");
  for (const Event& e : events) EXPECT_FALSE(e.root == "01") << describe(events);
}

TEST(ArgumentRoles, WhatIsDiscussedIsATopicTheCounterpartIsWith) {
  auto events = code_with_shipped_knowledge(
      "In his talks with the Serbian foreign minister, the NATO chief discussed Kosovo and Albania.", "2023-06-15");
  const Event* e = find_code_root(events, "04");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target, "SRBGOV") << describe(events);
  for (const Event& x : events) EXPECT_FALSE(x.target == "KSV" || x.target == "ALB") << describe(events);
}

TEST(ArgumentRoles, WhereForcesAreDeployedIsNoAdversary) {
  auto events = code_with_shipped_knowledge("The United States deployed more troops to South Korea on Monday.", "2023-06-15");
  for (const Event& e : events) EXPECT_FALSE(e.root == "15" && e.target.starts_with("KOR")) << describe(events);
}

TEST(ArgumentRoles, PrivatePeopleTravellingMakeNoVisit) {
  auto events = code_with_shipped_knowledge("Serbian students travelled to Brussels on Monday.", "2023-06-15");
  for (const Event& e : events) EXPECT_NE(e.code, "042") << describe(events);
  events = code_with_shipped_knowledge("Serbian ministers travelled to Brussels on Monday.", "2023-06-15");
  bool visit = false;
  for (const Event& e : events) visit |= e.code == "042";
  EXPECT_TRUE(visit) << describe(events);
}

TEST(ArgumentRoles, AQuantityCountsThePeopleOfItsOf) {
  auto events = code_with_shipped_knowledge("Thousands of Serbian protesters criticized the Kosovo government.", "2023-06-15");
  bool found = false;
  for (const Event& e : events) found |= e.source == "SRBOPP" && e.target == "KSVGOV";
  EXPECT_TRUE(found) << describe(events);
}

TEST(ArgumentRoles, TheEndOfARangeOfPlacesIsNoSubject) {
  auto events = code_with_shipped_knowledge("Protesters from Australia to India criticized Israel on Sunday.", "2023-06-15");
  for (const Event& e : events) EXPECT_NE(e.source, "IND") << describe(events);
}

TEST(ArgumentRoles, CiviliansViolenceIsAViolentProtest) {
  auto events = code_with_shipped_knowledge("Kosovo Serb residents attacked Kosovo police officers on Monday.", "2023-06-15");
  bool riot = false;
  for (const Event& e : events) {
    EXPECT_NE(e.root, "19") << describe(events);
    riot |= e.code == "145";
  }
  EXPECT_TRUE(riot) << describe(events);
}

TEST(ArgumentRoles, AThingOfACountryIsNoActor) {
  auto events = code_with_shipped_knowledge("A copy of the Serbian report criticized Kosovo.", "2023-06-15");
  for (const Event& e : events) EXPECT_FALSE(e.source.starts_with("SRB")) << describe(events);
  events = code_with_shipped_knowledge("Supporters of the Serbian government criticized Kosovo.", "2023-06-15");
  bool found = false;
  for (const Event& e : events) found |= e.source.starts_with("SRB");
  EXPECT_TRUE(found) << describe(events);
}

TEST(ArgumentRoles, TheDocumentSignedIsNoParty) {
  auto events = code_with_shipped_knowledge("Kosovo signed the Rome Statute on Monday.", "2023-06-15");
  for (const Event& e : events) EXPECT_FALSE(e.root == "05" && e.target == "ITA") << describe(events);
}

TEST(ArgumentRoles, AnActorsWordsStopBeforeAPhraseThatSaysWhen) {
  auto events = code_with_shipped_knowledge("Serbia detained at least 165 Kosovo Albanians in recent weeks.", "2023-06-15");
  const Event* e = find_code_root(events, "17");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target_text, "at least 165 Kosovo Albanians") << describe(events);
}

TEST(ArgumentRoles, AnActorsWordsStartAfterAPhraseThatSaysWhen) {
  // The chunker joins "recent months" and "last October" to the names after them.
  auto events =
      code_with_shipped_knowledge("In recent months Serbia and Kosovo have clashed along the boundary line.", "2023-06-15");
  const Event* e = find_code_root(events, "19");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_TRUE(e->source_text == "Serbia" || e->source_text == "Kosovo") << describe(events);
  auto trained = code_with_shipped_knowledge(
      "There has been cooperation, even to the extent last October of a hundred Serbian military instructors being "
      "deployed to Bosnia to work with the Bosnian army.",
      "2023-06-15",
      sentence_level());
  for (const Event& t : trained) {
    EXPECT_FALSE(t.source_text.starts_with("of") || t.target_text.starts_with("of")) << describe(trained);
    EXPECT_EQ(t.source_text.find("October"), std::string::npos) << describe(trained);
    EXPECT_EQ(t.target_text.find("October"), std::string::npos) << describe(trained);
  }
}

TEST(ArgumentRoles, AHeadlineParticipleIsPassive) {
  auto events = code_with_shipped_knowledge("Kosovo police officer killed in Serbian attack near the border", "2023-06-15");
  for (const Event& e : events) EXPECT_FALSE(e.source.starts_with("KSV")) << describe(events);
  events = code_with_shipped_knowledge("Serbian police detained at least 20 Kosovo Albanians.", "2023-06-15");
  const Event* e = find_code_root(events, "17");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->source, "SRBCOP") << describe(events);
}

TEST(ArgumentRoles, AnAbbreviationInBracketsIsNoVerb) {
  auto events = code_with_shipped_knowledge(
      "Iraqi security forces clashed with Islamic State (IS) militants in Nineveh, killing 14 of them.", "2023-06-15");
  const Event* e = find_code_root(events, "19");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->source, "IRQMIL") << describe(events);
}

TEST(ArgumentRoles, PeopleSeizedAreAbductedOrArrested) {
  auto events = code_with_shipped_knowledge("Two Kosovo police officers were seized by armed men near the border.", "2023-06-15");
  bool abducted = false;
  for (const Event& e : events) {
    EXPECT_NE(e.code, "1711") << describe(events);
    abducted |= e.code == "181";
  }
  EXPECT_TRUE(abducted) << describe(events);
}

TEST(ArgumentRoles, CooperationBetweenArmedForcesIsMilitary) {
  auto events = code_with_shipped_knowledge("Serbian troops worked with the Hungarian army on Monday.", "2023-06-15");
  bool military = false;
  for (const Event& e : events) military |= e.code == "062";
  EXPECT_TRUE(military) << describe(events);
}

TEST(ArgumentRoles, AFreeAdjunctActsForTheMainClauseNotARelativeOne) {
  auto events = code_with_shipped_knowledge(
      "NATO said more troops were needed for the villagers who remain, urging Serbia to withdraw its forces.",
      "2023-06-15");
  const Event* e = find_code_root(events, "02");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->source, "IGOWSTNAT") << describe(events);
}

TEST(ArgumentRoles, WhoAnActOrARequestIsDoneToIsNotWhomTheVerbAimsAt) {
  for (const char* text : {"Serbia criticized calls for the resignation of the Kosovo prime minister.",
                           "The government rejected the sale of the Serbian bank to a Hungarian fund.",
                           "Albania requested the extradition of the Serbian commander.",
                           "Albania promised to investigate the disappearance of the Serbian commander."}) {
    auto events = code_with_shipped_knowledge(text, "2023-06-15");
    EXPECT_TRUE(events.empty()) << text << "\n" << describe(events);
  }
  // The verb's own counterpart, named with "with", still is.
  {
    auto events = code_with_shipped_knowledge("The EU envoy negotiated the release with Serbian authorities.", "2023-06-15");
    const Event* e = find_code_root(events, "04");
    ASSERT_NE(e, nullptr) << describe(events);
    EXPECT_EQ(e->target, "SRBGOV") << describe(events);
  }
  // A phrase the verb takes after the act, joined by "and", names its own party.
  {
    auto events = code_with_shipped_knowledge(
        "Kosovo called for the officers' immediate release and on Serbian authorities to allow consular visits.",
        "2023-06-15");
    const Event* e = find_code_root(events, "02");
    ASSERT_NE(e, nullptr) << describe(events);
    EXPECT_EQ(e->target, "SRBGOV") << describe(events);
  }
  // The act's doer, named with "by", is whom the verb aims at.
  auto events = code_with_shipped_knowledge("NATO condemned the arrest of three Kosovo police officers by Serbia.",
                                            "2023-06-15");
  const Event* e = find_code_root(events, "11");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target, "SRB") << describe(events);
  // A request's author, before it, is.
  events = code_with_shipped_knowledge("Kosovo rejected Serbia's demands for autonomy.", "2023-06-15");
  e = find_code_root(events, "12");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target, "SRB") << describe(events);
}

TEST(ArgumentRoles, WhatFollowsAVerbAfterACommaIsAnAdjunct) {
  auto events = code_with_shipped_knowledge(
      "Serbia moved troops to the border, Kosovo's government said, in a warning to the EU and NATO.", "2023-06-15");
  for (const Event& e : events) {
    EXPECT_FALSE(e.code == "010" && e.target.starts_with("IGO")) << describe(events);
  }
}

TEST(ArgumentRoles, ConcludingThatIsAFindingNotAnAgreement) {
  auto events = code_with_shipped_knowledge("The EU concluded that Serbia cannot join the bloc.", "2023-06-15");
  for (const Event& e : events) EXPECT_NE(e.code, "057") << describe(events);
  events = code_with_shipped_knowledge("Serbia concluded an agreement with Kosovo.", "2023-06-15");
  const Event* e = find_code_root(events, "05");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->code, "057") << describe(events);
}

TEST(ArgumentRoles, ANounWithAnIngParticipleIsTheSubjectNotTheParticiplesObject) {
  auto events = code_with_shipped_knowledge("Serbian protesters fleeing Kosovo attacked the NATO convoy.", "2023-06-15");
  const Event* e = find_code_root(events, "14");
  if (e == nullptr) e = find_code_root(events, "19");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->source.substr(0, 3), "SRB") << describe(events);
}

TEST(ArgumentRoles, AFiniteVerbAfterAndJoinsTheFiniteClauseNotAParticiple) {
  auto events = code_with_shipped_knowledge(
      "NATO said that France will send aircraft over Serbia starting Tuesday and is considering sanctions against Serbia.",
      "2023-06-15");
  bool france_considers = false;
  for (const Event& e : events) france_considers |= e.code == "014" && e.source == "FRA";
  EXPECT_TRUE(france_considers) << describe(events);
}

TEST(ArgumentRoles, BelieversClashingIsAViolentProtest) {
  auto events = code_with_shipped_knowledge("Hindus clashed with Muslims in the old city on Friday.", "2023-06-15");
  const Event* e = find_code_root(events, "14");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->code, "145") << describe(events);
}

TEST(ArgumentRoles, AStatementOnAPolicyAddressesNoOne) {
  auto events = code_with_shipped_knowledge("The Serbian president said Belgrade's Kosovo policy is unchanged.", "2023-06-15");
  for (const Event& e : events) EXPECT_FALSE(e.root == "01" && e.target.starts_with("KSV")) << describe(events);
  events = code_with_shipped_knowledge("The Serbian president said Kosovo is violating the agreement.", "2023-06-15");
  bool statement = false;
  for (const Event& e : events) statement |= e.root == "01" && e.target.starts_with("KSV");
  EXPECT_TRUE(statement) << describe(events);
}

TEST(ArgumentRoles, ConqueringHeartsOccupiesNothing) {
  auto events = code_with_shipped_knowledge("Serbia conquered hearts and minds of people in Kosovo.", "2023-06-15");
  for (const Event& e : events) EXPECT_NE(e.code, "192") << describe(events);
}

TEST(ArgumentRoles, ARelativeIsNotThePartyOfWhomTheyAreARelative) {
  auto events = code_with_shipped_knowledge(
      "The daughter of a Serbian army officer, Ana Petrovic, criticized the Kosovo government. Petrovic said the police "
      "had arrested her brother.",
      "2023-06-15");
  for (const Event& e : events) EXPECT_FALSE(e.source.starts_with("SRB")) << describe(events);
}

TEST(ArgumentRoles, WhatDespiteIntroducesIsNoParticipant) {
  auto events = code_with_shipped_knowledge(
      "Serbian protesters blocked the road to Jarinje despite a warning from Kosovo police.", "2023-06-15");
  for (const Event& e : events) EXPECT_FALSE(e.target.starts_with("KSV")) << describe(events);
}

TEST(ArgumentRoles, AHeadlinesCreditIsNoParticipant) {
  auto events = code_with_shipped_knowledge("NATO urges restraint in northern Kosovo - Tanjug", "2023-06-15");
  for (const Event& e : events) EXPECT_NE(e.target, "SRBMED") << describe(events);
  // A news agency told something is the statement's addressee.
  events = code_with_shipped_knowledge("The Kosovo prime minister told Reuters that talks would resume.", "2023-06-15");
  const Event* e = find_code_root(events, "01");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target, "GBRMED") << describe(events);
}

TEST(ArgumentRoles, WhatARequestAsksAndWhatABlameIsForNameNoTarget) {
  auto events = code_with_shipped_knowledge(
      "The court refused requests to hear witnesses from the Serbian embassy.", "2023-06-15");
  for (const Event& e : events) EXPECT_FALSE(e.target.starts_with("SRB")) << describe(events);
  events = code_with_shipped_knowledge(
      "Kosovo officials blamed the storm for the deaths of three Serbian villagers.", "2023-06-15");
  for (const Event& e : events) EXPECT_FALSE(e.target.starts_with("SRB")) << describe(events);
  // Who is blamed is the object.
  events = code_with_shipped_knowledge("Kosovo officials blamed Serbia for the deaths of three villagers.", "2023-06-15");
  const Event* e = find_code_root(events, "11");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target, "SRB") << describe(events);
}

TEST(ArgumentRoles, ACompoundSubjectMeetsItselfNotThePlaceOrTopic) {
  auto events = code_with_shipped_knowledge(
      "Senior Serbian and Kosovo officials will meet in Brussels next week for talks on migration from Albania.",
      "2023-06-15");
  bool each_other = false;
  for (const Event& e : events) {
    EXPECT_FALSE(e.target.starts_with("IGO") || e.target.starts_with("ALB")) << describe(events);
    each_other |= e.source.starts_with("SRB") && e.target.starts_with("KSV");
  }
  EXPECT_TRUE(each_other) << describe(events);
}

TEST(ArgumentRoles, ASummitNamedAfterItsPlaceIsNoParty) {
  auto events = code_with_shipped_knowledge("Kosovo refused to attend the Belgrade summit.", "2023-06-15");
  for (const Event& e : events) EXPECT_FALSE(e.target.starts_with("SRB")) << describe(events);
}

TEST(ArgumentRoles, AStateNamedByItsRegionIsAPlace) {
  auto events = code_with_shipped_knowledge("Serbian gunmen attacked the northern state of Kaduna.", "2023-06-15");
  for (const Event& e : events) EXPECT_FALSE(e.target.ends_with("GOV")) << describe(events);
  events = code_with_shipped_knowledge("Serbian gunmen attacked the state.", "2023-06-15");
  const Event* e = find_code_root(events, "19");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target, "---GOV") << describe(events);
}

TEST(ArgumentRoles, SomeoneCarriedSomewhereVisitsNoOne) {
  auto events = code_with_shipped_knowledge("The former Serbian general was flown to Belgrade on Monday.", "2023-06-15");
  for (const Event& e : events) EXPECT_NE(e.code, "042") << describe(events);
  events = code_with_shipped_knowledge("The Serbian president flew to Brussels on Monday.", "2023-06-15");
  const Event* e = find_code_root(events, "04");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->code, "042") << describe(events);
}

TEST(ArgumentRoles, AMessageIsNoActorOfThePlaceItComesFrom) {
  auto events = code_with_shipped_knowledge(
      "Telegram 266 from Belgrade reported that Foreign Minister Dacic had urged the EU envoy to act.", "2023-06-15");
  for (const Event& e : events) EXPECT_FALSE(e.code == "010" && e.source.starts_with("SRB")) << describe(events);
}

TEST(ArgumentRoles, ARangeOfPlacesIsNoSubjectHoweverLong) {
  auto events = code_with_shipped_knowledge(
      "Protesters from Belgrade to Nis to Novi Sad to Pristina criticized the government.", "2023-06-15");
  for (const Event& e : events) EXPECT_FALSE(e.source.starts_with("KSV")) << describe(events);
}

TEST(ArgumentRoles, WhatAStatementIsMadeDuringIsNoAddressee) {
  auto events = code_with_shipped_knowledge("The Serbian president said during Kosovo's independence day that talks must go on.",
                                            "2023-06-15");
  for (const Event& e : events) EXPECT_FALSE(e.code == "010" && e.target.starts_with("KSV")) << describe(events);
}

TEST(ArgumentRoles, CallingSomeoneToDiscussIsAPhoneCall) {
  auto events = code_with_shipped_knowledge(
      "The Serbian president called the Kosovo prime minister to discuss the border crossings.", "2023-06-15");
  const Event* e = find_code_root(events, "04");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->code, "041") << describe(events);
  EXPECT_EQ(e->target, "KSVGOV") << describe(events);
  // So is calling someone on a given day.
  events = code_with_shipped_knowledge("The Serbian president called the Kosovo prime minister on Wednesday.", "2023-06-15");
  e = find_code_root(events, "04");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->code, "041") << describe(events);
  EXPECT_EQ(e->target, "KSVGOV") << describe(events);
  // Calling someone something names them; it phones no one.
  events = code_with_shipped_knowledge("The Serbian president called the Kosovo prime minister a liar.", "2023-06-15");
  for (const Event& ev : events) EXPECT_NE(ev.code, "041") << describe(events);
}

TEST(ArgumentRoles, ANewActorTargetIsAPartyNotAThing) {
  auto events = code_with_shipped_knowledge("The Kosovo government criticized the move.", "2023-06-15", sentence_level());
  for (const Event& e : events) EXPECT_EQ(e.target, "") << describe(events);
  events = code_with_shipped_knowledge("The Kosovo government criticized the Blue Valley Alliance.", "2023-06-15",
                                       sentence_level());
  const Event* e = find_code_root(events, "11");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target, "\"THE BLUE VALLEY ALLIANCE\"") << describe(events);
  // A thing with a people-like ending is still a thing: "power", "its commitment".
  for (const char* text : {"Rebel officers seized power in the capital.", "Kosovo has reinforced its commitment."}) {
    events = code_with_shipped_knowledge(text, "2023-06-15", sentence_level());
    for (const Event& ev : events) EXPECT_EQ(ev.target, "") << text << "\n" << describe(events);
  }
  // A thing may still act as a source: "The explosion killed ...".
  events = code_with_shipped_knowledge("The explosion killed three Kosovo police officers.", "2023-06-15", sentence_level());
  e = find_code_root(events, "18");
  if (e == nullptr) e = find_code_root(events, "19");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->source, "\"THE EXPLOSION\"") << describe(events);
}

TEST(ArgumentRoles, TheWordsAPatternNamesAreTheActNotItsTarget) {
  // "intelligence" is what is shared (pattern "* &INTELLIGENCE"), not an intelligence service.
  auto events = code_with_shipped_knowledge("The Serbian police shared intelligence with the Kosovo government.",
                                            "2023-06-15");
  const Event* e = find_code_root(events, "06");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target, "KSVGOV") << describe(events);
  // A new actor is looked for after the pattern's words, not in them ("political asylum").
  events = code_with_shipped_knowledge("Serbia granted political asylum to Marko Petrovic.", "2023-06-15",
                                       sentence_level());
  e = find_code_root(events, "07");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target, "\"MARKO PETROVIC\"") << describe(events);
  // ... and an actor the knowledge names there is that actor, not a new one.
  events = code_with_shipped_knowledge("Serbia suspended military aid to Montenegro.", "2023-06-15", sentence_level());
  e = find_code_root(events, "16");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target, "MNE") << describe(events);
}

TEST(ArgumentRoles, APronounThatBeginsWhatWasSaidIsNoAddressee) {
  auto events = code_with_shipped_knowledge(
      "The KLA commander Adem Jashari rejected the plan. Foreign Minister Petar Ilic said he expected a decision soon.",
      "1998-03-01");
  for (const Event& ev : events) {
    if (ev.root == "01") {
      EXPECT_EQ(ev.target, "") << describe(events);
    }
  }
}

TEST(ArgumentRoles, AStatementsFromNamesNoAddressee) {
  for (const CodingOptions& options : {CodingOptions{}, sentence_level()}) {
    auto events = code_with_shipped_knowledge("The Serbian president noted a statement from Pristina on the plates.",
                                              "2023-06-15", options);
    for (const Event& e : events) EXPECT_NE(e.target, "KSV") << describe(events);
  }
}

TEST(ArgumentRoles, AnAgentWordUsedAsAnAdjectiveIsNoParty) {
  // "official" names an official only as a noun: "an official statement from London" addresses no
  // government, in either mode.
  for (const CodingOptions& options : {CodingOptions{}, sentence_level()}) {
    auto events = code_with_shipped_knowledge(
        "The envoy said he had noted an official statement from London on the talks.", "2023-06-15", options);
    for (const Event& e : events) EXPECT_NE(e.target.substr(0, 3), "GBR") << describe(events);
  }
}

TEST(ArgumentRoles, TheAuthorOfACondemnedActIsItsTarget) {
  // A role noun before an act noun is the act's author ("the Supreme Court decision"); before a
  // thing it names no one ("the court building").
  auto decision = code_with_shipped_knowledge("The Serbian president condemned the Supreme Court decision.", "2023-06-15");
  bool court = false;
  for (const Event& e : decision) court |= e.root == "11" && e.target.ends_with("JUD");
  EXPECT_TRUE(court) << describe(decision);
  auto building = code_with_shipped_knowledge("Protesters attacked the court building in Mitrovica.", "2023-06-15");
  for (const Event& e : building) EXPECT_FALSE(e.target.ends_with("JUD")) << describe(building);
}

TEST(ArgumentRoles, ForcesACountrySendsAreItsOwnNotItsTarget) {
  auto events = code_with_shipped_knowledge(
      "Albania has offered to send troops to help the Kosovo police in the north.", "2023-06-15");
  bool kosovo = false;
  for (const Event& e : events) {
    EXPECT_NE(e.target, "---MIL") << describe(events);
    kosovo |= e.source == "ALB" && e.target == "KSVCOP";
  }
  EXPECT_TRUE(kosovo) << describe(events);
}

TEST(ArgumentRoles, ThosePatternWordsCoerceAreTheTarget) {
  // The pattern "ban parties" names the act and whom it is done to.
  auto events = code_with_shipped_knowledge("The Serbian authorities have outlawed opposition parties.", "2023-06-15");
  bool opposition = false;
  for (const Event& e : events) opposition |= e.root == "17" && e.target.ends_with("OPP");
  EXPECT_TRUE(opposition) << describe(events);
}

TEST(ArgumentRoles, ForcesRaisedAgainstSomeoneFaceThem) {
  auto events = code_with_shipped_knowledge("Serbia mobilized troops for a possible war against Kosovo.", "2023-06-15");
  bool kosovo = false;
  for (const Event& e : events) kosovo |= e.root == "15" && e.target == "KSV";
  EXPECT_TRUE(kosovo) << describe(events);
}

TEST(ArgumentRoles, LaunchingAnActTakesTheActsCode) {
  auto events = code_with_shipped_knowledge(
      "Montenegro launched a mediation effort between the Serbian government and the Kosovo government.",
      "2023-06-15");
  const Event* e = find_code_root(events, "04");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->code, "045") << describe(events);
  EXPECT_EQ(e->target, "SRBGOV") << describe(events);
  events = code_with_shipped_knowledge("The European Commission launched legal action against the Serbian government.",
                                       "2023-06-15");
  e = find_code_root(events, "11");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->code, "115") << describe(events);
  EXPECT_EQ(e->target, "SRBGOV") << describe(events);
}

TEST(ArgumentRoles, AnAllCapitalUsIsTheUnitedStatesUnlessTheSentenceShouts) {
  // The tagger may read "US" before a noun, or after "The", as the pronoun.
  auto events = code_with_shipped_knowledge("Serbia rejected US accusations of election meddling.", "2023-06-15");
  const Event* e = find_code_root(events, "12");
  if (e == nullptr) e = find_code_root(events, "01");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target, "USA") << describe(events);
  events = code_with_shipped_knowledge("SERBIA ACCUSED US OF LYING, SAYS MINISTER", "2023-06-15");
  for (const Event& ev : events) EXPECT_NE(ev.target, "USA") << describe(events);
}

TEST(ArgumentRoles, ABorderThatNamesItsSidesFacesTheOtherSide) {
  for (const char* text : {"Serbia amassed troops along the border with Kosovo.",
                           "Serbia amassed troops along the Kosovo border.",
                           "Serbia amassed troops along the border between Serbia and Kosovo."}) {
    auto events = code_with_shipped_knowledge(text, "2023-06-15");
    const Event* e = find_code_root(events, "15");
    ASSERT_NE(e, nullptr) << text << "\n" << describe(events);
    EXPECT_EQ(e->target, "KSV") << text << "\n" << describe(events);
  }
}

TEST(ArgumentRoles, ALightVerbTakesTheCodeOfTheActItNames) {
  auto events = code_with_shipped_knowledge("Serbian troops stepped up attacks on Kosovo police officers.", "2023-06-15");
  const Event* e = find_code_root(events, "19");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target, "KSVCOP") << describe(events);
  // Joint exercises take two sides: the members of a compound subject act on each other.
  events = code_with_shipped_knowledge("Albania and Kosovo began joint military exercises.", "2023-06-15");
  e = find_code_root(events, "06");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->code, "062") << describe(events);
  EXPECT_EQ(e->source == "ALB" ? e->target : e->source, "KSV") << describe(events);
}

TEST(ArgumentRoles, ConjunctsThatNameTheSameActorAreOneEventWithBothAsEvidence) {
  auto events = code_with_shipped_knowledge("The Serbian government released 40 opposition politicians and activists.",
                                            "2023-06-15");
  size_t releases = 0;
  for (const Event& e : events) {
    if (e.root != "08") continue;
    ++releases;
    EXPECT_EQ(e.target, "---OPP") << describe(events);
    EXPECT_EQ(e.target_text, "40 opposition politicians and activists") << describe(events);
  }
  EXPECT_EQ(releases, 1u) << describe(events);
}

TEST(ArgumentRoles, ABareNounConjoinedToAnActorSharesItsNounPhrase) {
  auto events = code_with_shipped_knowledge("Kosovo prosecutors opened an investigation against 15 executives and suppliers.",
                                            "2023-06-15", sentence_level());
  const Event* e = find_code_root(events, "09");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target_text, "15 executives and suppliers") << describe(events);
  // A conjunct with a determiner or a name of its own, or "other ...", is a party of its own.
  events = code_with_shipped_knowledge("Turkish officials shared evidence with Saudi Arabia and other nations.", "2023-06-15",
                                       sentence_level());
  for (const Event& ev : events) EXPECT_EQ(ev.target_text.find("other"), std::string::npos) << describe(events);
}

TEST(ArgumentRoles, AYearAfterTheTargetIsNoPartOfItsEvidence) {
  auto events = code_with_shipped_knowledge("Ireland provided humanitarian funding to Lebanon in 2020.", "2023-06-15");
  const Event* e = find_code_root(events, "07");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target, "LBN") << describe(events);
  EXPECT_EQ(e->target_text, "Lebanon") << describe(events);
}

TEST(ArgumentRoles, WhyOrHowTheActWasDoneIsNoPartOfTheTargetsEvidence) {
  for (const char* text : {"Serbia expelled two Kosovo diplomats in response to the arrests.",
                           "Kosovo police arrested two Serbian men in retaliation for the shooting.",
                           "Kosovo police arrested two Serbian men in an act of defiance."}) {
    auto events = code_with_shipped_knowledge(text, "2023-06-15");
    ASSERT_FALSE(events.empty()) << text;
    for (const Event& e : events) {
      EXPECT_EQ(e.target_text.find(" in "), std::string::npos) << text << "\n" << describe(events);
    }
  }
}

TEST(ArgumentRoles, CapitalUSInOrdinaryTextIsTheCountryBeforeTheWordsAfterItAreRead) {
  // Read as the pronoun, "US" would make "diplomat" a verb and leave the summons without a target.
  auto events = code_with_shipped_knowledge("India has summoned a top US diplomat to complain about spying.", "2023-06-15");
  const Event* e = find_code_root(events, "11");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target, "USAGOV") << describe(events);
  EXPECT_EQ(e->target_text, "a top US diplomat") << describe(events);
}

TEST(ArgumentRoles, ANameInsideAPrepositionalPhraseHidesNoVerbAfterIt) {
  // A headline without a verb: "embargo" after "to US" is the object's noun, not the US embargoing.
  auto events =
      code_with_shipped_knowledge("General Assembly issues annual call for an end to US embargo against Cuba", "2023-06-15");
  for (const Event& e : events) EXPECT_NE(e.root, "16") << describe(events);
}

TEST(ArgumentRoles, ADetachedDecimalPointDoesNotCutTheClause) {
  // Tokenized text: "3 . 5" is one number, and the aid still goes to Lebanon.
  auto events = code_with_shipped_knowledge(
      "Ireland has provided over \u20ac 3 . 5 million in humanitarian funding to Lebanon .", "2023-06-15");
  const Event* e = find_code_root(events, "07");
  ASSERT_NE(e, nullptr) << describe(events);
  EXPECT_EQ(e->target, "LBN") << describe(events);
}

TEST(ArgumentRoles, TwoActorWordsBeforeOneRoleNounShareIt) {
  // "Serbian and Kosovo police officers" are Serbian police officers and Kosovo police officers;
  // "the awful and evil minister" stays one person.
  const char* shared[] = {"Serbian and Kosovo police officers clashed near the border.",
                          "Serbian and Kosovar police officers clashed near the border."};
  for (const char* text : shared) {
    auto events = code_with_shipped_knowledge(text, "2023-06-15");
    bool serbian = false, kosovo = false;
    for (const Event& e : events) {
      serbian |= e.source == "SRBCOP" && e.target == "KSVCOP";
      kosovo |= e.source == "KSVCOP" && e.target == "SRBCOP";
    }
    EXPECT_TRUE(serbian && kosovo) << text << "\n" << describe(events);
  }
  auto one = code_with_shipped_knowledge("The awful and evil minister attacked Kosovo.", "2023-06-15", sentence_level());
  for (const Event& e : one) EXPECT_EQ(e.source.find('/'), std::string::npos) << describe(one);
  EXPECT_EQ(one.size(), 1u) << describe(one);
}

TEST(ArgumentRoles, WhatACompoundSubjectAgreesOnIsATopicNotAThirdParty) {
  // With new actors allowed, the noun phrase after "agreed to share information" must not turn its
  // topic (North Korea) into the target of two sides that act on each other.
  auto events = code_with_shipped_knowledge("Serbia and Kosovo have agreed to share information on North Korea.",
                                            "2023-06-15", sentence_level());
  bool each_other = false;
  for (const Event& e : events) {
    EXPECT_NE(e.target, "PRK") << describe(events);
    each_other |= e.source == "SRB" && e.target == "KSV";
  }
  EXPECT_TRUE(each_other) << describe(events);
}

}  // namespace
TEST(ArgumentRoles, APostOrVehicleOfAForceStandsForTheForce) {
  // A strike on a force's base, convoy or checkpoint is a strike on the force; a building is only
  // where something happened (see TheAuthorOfACondemnedActIsItsTarget).
  auto convoy = code_with_shipped_knowledge("Rebels ambushed a Nigerian army convoy near Maiduguri.", "2023-06-15");
  bool army = false;
  for (const Event& e : convoy) army |= e.target == "NGAMIL" && e.target_text == "a Nigerian army convoy";
  EXPECT_TRUE(army) << describe(convoy);
  auto base = code_with_shipped_knowledge("The Taliban attacked an Afghan army base overnight.", "2023-06-15");
  bool afghan = false;
  for (const Event& e : base) afghan |= e.root == "19" && e.target == "AFGMIL";
  EXPECT_TRUE(afghan) << describe(base);
}

TEST(ArgumentRoles, ANounAPrepositionGovernsIsNoSubjectOfTheVerbAfterIt) {
  // "to the families of the officers found dead": "found" describes the officers; the clause that
  // sent the condolences still reaches its target, and the condolences are no deployment of police.
  auto events = code_with_shipped_knowledge(
      "The Serbian president sent condolences to the families of the Kosovo police officers found dead near the border.",
      "2023-06-15");
  bool condolences = false;
  for (const Event& e : events) {
    condolences |= e.code == "018" && e.source == "SRBGOV" && e.target == "KSVCOP";
    EXPECT_NE(e.root, "15") << describe(events);
  }
  EXPECT_TRUE(condolences) << describe(events);
}

TEST(ArgumentRoles, APastVerbTheChunkerBuriedInANounChunkIsTheClauseVerb) {
  // The tagger reads "withdrew" as a past verb; the chunker puts it inside "UN chief withdrew
  // peacekeepers". With no other verb before "as", it is the clause's verb.
  auto events = code_with_shipped_knowledge("UN chief withdrew peacekeepers from Kosovo as the fighting spread.", "2023-06-15");
  bool withdrew = false;
  for (const Event& e : events) withdrew |= e.source == "IGOUNO" && e.target == "KSV";
  EXPECT_TRUE(withdrew) << describe(events);
}

TEST(ArgumentRoles, APlaceAfterAnActorWithACountryIsNoPartOfItsWords) {
  // "in Berlin" says where the ambassador was summoned; "people in Kosovo" are named by it.
  auto events = code_with_shipped_knowledge("Germany summoned the Russian ambassador in Berlin on Tuesday.", "2023-06-15");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].target, "RUSGOV") << describe(events);
  EXPECT_EQ(events[0].target_text, "the Russian ambassador") << describe(events);
  events = code_with_shipped_knowledge("The UN agency sent food to people in Kosovo.", "2023-06-15");
  bool people = false;
  for (const Event& e : events) people |= e.target_text == "people in Kosovo";
  EXPECT_TRUE(people) << describe(events);
}

TEST(ArgumentRoles, PeopleHeldOrFreedAreTheTargetNotAPlaceFurtherOn) {
  // The prisoners are whom the release is done to, even with no country of their own: a country
  // named further on is no target.
  const std::string text = "Serbia freed 12 prisoners on Tuesday, including a former detainee at the prison in Kosovo.";
  for (const CodingOptions& options : {CodingOptions{}, sentence_level()}) {
    auto events = code_with_shipped_knowledge(text, "2023-06-15", options);
    for (const Event& e : events) EXPECT_NE(e.target, "KSV") << describe(events);
  }
  auto events = code_with_shipped_knowledge(text, "2023-06-15", sentence_level());
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].target_text, "12 prisoners") << describe(events);
}

TEST(ArgumentRoles, WhatIsGivenToAPeacekeepingMissionIsForTheCountryItServes) {
  auto events = code_with_shipped_knowledge("Albania is sending troops to the UN peacekeeping mission in South Sudan.", "2023-06-15");
  bool sudan = false;
  for (const Event& e : events) sudan |= e.source == "ALB" && e.target == "SSD";
  EXPECT_TRUE(sudan) << describe(events);
}

TEST(ArgumentRoles, ACurfewIsImposedOnThePlaceItCovers) {
  // The curfew covers the place "in" names; the people killed in a later clause are not its target.
  auto events = code_with_shipped_knowledge(
      "Kosovo police imposed a curfew in North Mitrovica to stop protests following the deaths of two Serbian civilians.",
      "2023-06-15", sentence_level());
  bool curfew = false;
  for (const Event& e : events) {
    if (e.code != "1723") continue;
    curfew = true;
    EXPECT_EQ(e.target_text, "North Mitrovica") << describe(events);
  }
  EXPECT_TRUE(curfew) << describe(events);
}

TEST(ArgumentRoles, AnInPhraseThatSaysHowOrWhenIsNoPartOfTheTarget) {
  for (const char* text : {"Serbian troops killed 22 civilians in an assault on the village.",
                           "Serbian troops killed 22 civilians in the five months of fighting."}) {
    auto events = code_with_shipped_knowledge(text, "2023-06-15", sentence_level());
    bool civilians = false;
    for (const Event& e : events) civilians |= e.target_text == "22 civilians";
    EXPECT_TRUE(civilians) << text << "\n" << describe(events);
  }
}

TEST(ArgumentRoles, AnAmountOfMoneyIsNoNewActor) {
  auto events = code_with_shipped_knowledge("The UN agency launched an appeal for USD 88 million to help families in Kosovo.",
                                            "2023-06-15", sentence_level());
  for (const Event& e : events) EXPECT_EQ(e.target_text.find("USD"), std::string::npos) << describe(events);
}

}  // namespace faultline
