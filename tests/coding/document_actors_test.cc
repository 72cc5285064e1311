// In-document actor learning (src/coding/document_actors.h) with the shipped knowledge. The people
// in these sentences are invented, so no dictionary knows them: only the document can.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coding/shipped_coder.h"

namespace faultline {
namespace {

using testing::code_with_shipped_knowledge;
using testing::describe;

// The events of sentence `sentence` (1-based) whose source starts with `source` and whose target
// starts with `target`.
size_t count(const std::vector<Event>& events, uint32_t sentence, std::string_view source, std::string_view target) {
  size_t n = 0;
  for (const Event& e : events) n += e.sentence == sentence && e.source.starts_with(source) && e.target.starts_with(target);
  return n;
}

TEST(DocumentActors, TitleTeachesTheSurname) {
  auto events = code_with_shipped_knowledge(
      "Serbian President Dragan Petrovac visited the border on Monday. Petrovac accused Kosovo of provoking the crisis.");
  EXPECT_EQ(count(events, 2, "SRBGOV", "KSV"), 1u) << describe(events);
}

TEST(DocumentActors, AppositionAfterTheName) {
  auto events = code_with_shipped_knowledge(
      "Marta Kovenska, the EU's special envoy, arrived in Belgrade on Tuesday. Kovenska criticized Serbia over the arrests.");
  EXPECT_EQ(count(events, 2, "IGOEUREEC", "SRB"), 1u) << describe(events);
}

TEST(DocumentActors, AppositionWithOf) {
  auto events = code_with_shipped_knowledge(
      "Ivo Marenkovic, President of Montenegro, spoke to reporters on Tuesday. Marenkovic praised Albania for its help.");
  EXPECT_EQ(count(events, 2, "MNEGOV", "ALB"), 1u) << describe(events);
}

TEST(DocumentActors, PronounTakesTheNearestPerson) {
  auto events = code_with_shipped_knowledge(
      "Serbian President Dragan Petrovac arrived in Moscow on Friday. He praised Russia for its support.");
  EXPECT_EQ(count(events, 2, "SRBGOV", "RUS"), 1u) << describe(events);
}

TEST(DocumentActors, AnObjectPronounIsNotItsVerbsOwnSubject) {
  // "him" after "urged" is not the one urging (that would be "himself"): the other person named.
  auto events = code_with_shipped_knowledge(
      "Serbian President Dragan Petrovac met Kosovo Prime Minister Luan Berimaj on Monday and urged him to "
      "release the detained officers.");
  bool urged_kosovo = false;
  for (const Event& e : events) {
    if (e.root != "02") continue;  // the meeting is mutual: it has an event towards Serbia too
    urged_kosovo |= e.source == "SRBGOV" && e.target == "KSVGOV";
    EXPECT_FALSE(e.target.starts_with("SRB")) << describe(events);
  }
  EXPECT_TRUE(urged_kosovo) << describe(events);
}

TEST(DocumentActors, TheyTakesTheNearestGroup) {
  auto events = code_with_shipped_knowledge(
      "Kosovo police officers blocked the road near the border. They accused Serbia of smuggling weapons.");
  EXPECT_EQ(count(events, 2, "KSVCOP", "SRB"), 1u) << describe(events);
}

TEST(DocumentActors, DefiniteDescriptionTakesThePersonIntroducedWithIt) {
  auto events = code_with_shipped_knowledge(
      "Serbian President Dragan Petrovac met Kosovo Prime Minister Luan Berimaj in Brussels. "
      "The president accused Kosovo of provoking the crisis.");
  EXPECT_EQ(count(events, 2, "SRBGOV", "KSV"), 1u) << describe(events);
}

TEST(DocumentActors, TheTwoLeadersAreTheLatestTwoPeople) {
  auto events = code_with_shipped_knowledge(
      "Serbian President Dragan Petrovac met Kosovo Prime Minister Luan Berimaj in Brussels. "
      "The two leaders condemned Russia.");
  EXPECT_EQ(count(events, 2, "SRBGOV", "RUS"), 1u) << describe(events);
  EXPECT_EQ(count(events, 2, "KSVGOV", "RUS"), 1u) << describe(events);
}

TEST(DocumentActors, DemonymAndAgentCombine) {
  auto events = code_with_shipped_knowledge("Kosovo police officers detained two Serbian soldiers near the border.");
  EXPECT_EQ(count(events, 1, "KSVCOP", "SRBMIL"), 1u) << describe(events);
}

TEST(DocumentActors, NothingCarriesIntoTheNextDocument) {
  code_with_shipped_knowledge("Serbian President Dragan Petrovac visited the border on Monday.");
  auto events = code_with_shipped_knowledge("Petrovac accused Kosovo of provoking the crisis.");
  EXPECT_EQ(count(events, 1, "SRB", "KSV"), 0u) << describe(events);
}

TEST(DocumentActors, AListIsNoApposition) {
  // "Petrovac, Serbia and Kosovo" names three parties; Petrovac learns no code from it.
  auto events = code_with_shipped_knowledge(
      "Talks between Petrovac, Serbia and Kosovo ended on Monday. Petrovac accused Albania of meddling.");
  EXPECT_EQ(count(events, 2, "SRB", "ALB"), 0u) << describe(events);
}

TEST(DocumentActors, TheRoleTakesTheLatestDescriptionNamedOrNot) {
  auto events = code_with_shipped_knowledge(
      "Chinese President Li Wenhao visited Moscow in March. The Serbian president arrived in Brussels on Monday. "
      "The president criticized Kosovo over the arrests.");
  EXPECT_EQ(count(events, 3, "SRBGOV", "KSV"), 1u) << describe(events);
}

TEST(DocumentActors, APronounAgreesInGenderAndMayMeanSomeoneNoPartyStandsFor) {
  // "she" is the minister's wife, whom no party stands for, not the minister.
  auto events = code_with_shipped_knowledge(
      "Serbian Foreign Minister Dragan Petrovac arrived in Pristina on Monday. Mr. Petrovac's wife Mila visited a "
      "school in the city. She also met Kosovo officials.");
  EXPECT_EQ(count(events, 3, "SRB", "KSV"), 0u) << describe(events);
  // "he" skips the chairwoman for the man before her.
  events = code_with_shipped_knowledge(
      "Serbian Foreign Minister Dragan Petrovac met the chairwoman of a Kosovo charity on Monday. He later criticized "
      "the Kosovo government.");
  EXPECT_EQ(count(events, 2, "SRBGOV", "KSV"), 1u) << describe(events);
}

}  // namespace
}  // namespace faultline
