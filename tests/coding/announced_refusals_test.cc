// An actor announcing that it will not perform a cooperative act refuses it: CAMEO root 12, coded
// as an event of its own. A past negation reports that nothing happened. Sentences written for
// these tests.
#include "coding/announced_refusals.h"

#include <gtest/gtest.h>

#include "shipped_coder.h"

namespace faultline {
namespace {

using testing::describe;

std::vector<Event> reported(const std::string& text) { return testing::reported_with_shipped_knowledge(text); }

bool has(const std::vector<Event>& events, std::string_view source, std::string_view target, std::string_view code) {
  for (const Event& e : events) {
    if (e.source == source && e.target == target && e.code == code) return true;
  }
  return false;
}

TEST(AnnouncedRefusals, EachCooperativeActHasItsRefusal) {
  EXPECT_EQ(coding::refusal_code("0841"), "1243");  // release persons
  EXPECT_EQ(coding::refusal_code("085"), "1244");   // ease economic sanctions
  EXPECT_EQ(coding::refusal_code("0813"), "1241");  // ease a curfew
  EXPECT_EQ(coding::refusal_code("0871"), "1246");  // ceasefire
  EXPECT_EQ(coding::refusal_code("046"), "125");    // negotiate
  EXPECT_EQ(coding::refusal_code("036"), "125");    // a meeting not yet held
  EXPECT_EQ(coding::refusal_code("045"), "126");    // mediate
  EXPECT_EQ(coding::refusal_code("057"), "127");    // sign an agreement
  EXPECT_EQ(coding::refusal_code("062"), "1212");   // military cooperation
  EXPECT_EQ(coding::refusal_code("073"), "1223");   // humanitarian aid
  EXPECT_EQ(coding::refusal_code("0831"), "1231");  // resign
  EXPECT_EQ(coding::refusal_code("080"), "124");    // yield
}

TEST(AnnouncedRefusals, ActsWithoutARefusalCodeHaveNone) {
  EXPECT_TRUE(coding::refusal_code("010").empty());
  EXPECT_TRUE(coding::refusal_code("020").empty());
  EXPECT_TRUE(coding::refusal_code("051").empty());
  EXPECT_TRUE(coding::refusal_code("173").empty());
  EXPECT_TRUE(coding::refusal_code("190").empty());
}

TEST(AnnouncedRefusals, WillNotReleaseIsARefusalToRelease) {
  auto events = reported("Serbia will not release the three Kosovo police officers.");
  EXPECT_TRUE(has(events, "SRB", "KSVCOP", "1243")) << describe(events);
  auto wont = reported("Belgrade won't lift the sanctions on Kosovo.");
  EXPECT_TRUE(has(wont, "SRBGOV", "KSV", "1244") || has(wont, "SRB", "KSV", "1244")) << describe(wont);
}

TEST(AnnouncedRefusals, WillNotMeetIsARefusalToMeet) {
  auto events = reported("Kosovo Prime Minister Albin Kurti will not meet Serbian President Aleksandar Vucic.");
  EXPECT_TRUE(has(events, "KSVGOV", "SRBGOV", "125")) << describe(events);
  for (const Event& e : events) EXPECT_NE(e.code, "036") << describe(events);
}

TEST(AnnouncedRefusals, APastNegationIsNoRefusal) {
  auto events = reported("Serbia did not release the three Kosovo police officers.");
  for (const Event& e : events) EXPECT_NE(e.root, "12") << describe(events);
  for (const Event& e : events) EXPECT_NE(e.root, "08") << describe(events);
}

TEST(AnnouncedRefusals, WillNotAttackIsNoRefusal) {
  // Refraining from force is no refusal of cooperation; it stays a negated act.
  auto events = reported("Serbia will not attack Kosovo.");
  for (const Event& e : events) EXPECT_NE(e.root, "12") << describe(events);
  for (const Event& e : events) EXPECT_NE(e.root, "19") << describe(events);
}

}  // namespace
}  // namespace faultline
