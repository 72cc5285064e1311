#include "text/dates.h"

#include <gtest/gtest.h>

namespace faultline {
namespace {

TEST(Dates, PetrarchCompactDatesBecomeIso) {
  EXPECT_EQ(normalize_date("20080801"), "2008-08-01");
  EXPECT_EQ(normalize_date(" 19950103 "), "1995-01-03");
}

TEST(Dates, Rfc822PubDatesBecomeIsoTimestamps) {
  EXPECT_EQ(normalize_date("Thu, 07 Dec 2023 10:00:00 GMT"), "2023-12-07T10:00:00Z");
  EXPECT_EQ(normalize_date("Thu, 7 Dec 2023 10:00:00 +0100"), "2023-12-07T10:00:00+01:00");
  EXPECT_EQ(normalize_date("7 Dec 2023 10:00 EST"), "2023-12-07T10:00:00-05:00");
  EXPECT_EQ(normalize_date("Mon, 02 Jan 06 15:04:05 PDT"), "2006-01-02T15:04:05-07:00");
  EXPECT_EQ(normalize_date("07 December 2023"), "2023-12-07");
}

TEST(Dates, IsoAndAtomTimestampsAreKeptInCanonicalForm) {
  EXPECT_EQ(normalize_date("2023-12-07"), "2023-12-07");
  EXPECT_EQ(normalize_date("2023-12-07T10:00:00Z"), "2023-12-07T10:00:00Z");
  EXPECT_EQ(normalize_date("2023-12-07T10:00:00.250+01:00"), "2023-12-07T10:00:00.250+01:00");
  EXPECT_EQ(normalize_date("2023-12-07 10:00"), "2023-12-07T10:00:00");
  EXPECT_EQ(normalize_date("2023-12-07T10:00:00-0500"), "2023-12-07T10:00:00-05:00");
}

TEST(Dates, UnreadableOrImpossibleDatesAreKeptAsGiven) {
  EXPECT_EQ(normalize_date("last Tuesday"), "last Tuesday");
  EXPECT_EQ(normalize_date("2023-02-30"), "2023-02-30");
  EXPECT_EQ(normalize_date("20230230"), "20230230");
  EXPECT_EQ(normalize_date("2024-02-29"), "2024-02-29");
  EXPECT_EQ(normalize_date("2023-12-07T25:00:00Z"), "2023-12-07T25:00:00Z");
  EXPECT_EQ(normalize_date("   "), "");
}

}  // namespace
}  // namespace faultline
