// Temporal expressions resolved against the publication date: one test per kind of expression,
// plus the edge cases (year boundary, weekday equal to the publication day, impossible dates).
// Every sentence here is written for this test.
//
// Publication days used: 2023-12-07 (a Thursday), 2024-01-03 (a Wednesday), 2024-03-01 (a Friday),
// 2023-12-09 (a Saturday).
#include <gtest/gtest.h>

#include <string>

#include "faultline/temporal.h"
#include "support/analysed_text.h"

namespace faultline {
namespace {

using testing::analysed;

// Every expression of the text as "text=ISO/granularity", with "!" after the granularity when the
// expression does not date an event; joined by " | ".
std::string found(const std::string& text, const std::string& publication) {
  Document doc = analysed(text, publication);
  DocumentDates dates = find_document_dates(doc);
  std::string out;
  for (const auto& sentence : dates.by_sentence) {
    for (const TemporalExpression& e : sentence) {
      if (!out.empty()) out += " | ";
      out += std::string(doc.view(e.span)) + "=" + iso_day(e.day) + "/" + std::string(granularity_name(e.granularity));
      if (!e.dates_event) out += "!";
    }
  }
  return out;
}

constexpr const char* kThursday = "2023-12-07";

TEST(TemporalExpressions, WeekdaysInPastReportingAreTheLatestOnOrBeforePublication) {
  EXPECT_EQ(found("Ministers met on Tuesday in the capital.", kThursday), "Tuesday=2023-12-05/day");
  EXPECT_EQ(found("The envoy arrived Friday.", kThursday), "Friday=2023-12-01/day");
  EXPECT_EQ(found("Police detained two men on Sunday night.", kThursday), "Sunday night=2023-12-03/day");
}

TEST(TemporalExpressions, AWeekdayEqualToThePublicationDayIsThatDay) {
  EXPECT_EQ(found("The council voted on Thursday to extend the mission.", kThursday), "Thursday=2023-12-07/day");
  EXPECT_EQ(found("The council voted last Thursday to extend the mission.", kThursday),
            "last Thursday=2023-11-30/day");
  EXPECT_EQ(found("The council will vote next Thursday.", kThursday), "next Thursday=2023-12-14/day");
}

TEST(TemporalExpressions, FutureCuesSendWeekdaysForward) {
  EXPECT_EQ(found("The two leaders will meet on Monday in Brussels.", kThursday), "Monday=2023-12-11/day");
  EXPECT_EQ(found("Talks are scheduled for Saturday.", kThursday), "Saturday=2023-12-09/day");
  EXPECT_EQ(found("The ministers will meet this Friday.", kThursday), "this Friday=2023-12-08/day");
  EXPECT_EQ(found("The ministers met this Tuesday.", kThursday), "this Tuesday=2023-12-05/day");
}

TEST(TemporalExpressions, TheNearestTenseCueDecidesWithinOneSentence) {
  EXPECT_EQ(found("The president said on Tuesday that he will travel to the region on Friday.", kThursday),
            "Tuesday=2023-12-05/day | Friday=2023-12-08/day");
}

TEST(TemporalExpressions, DaysRelativeToPublication) {
  EXPECT_EQ(found("Protesters gathered yesterday outside the ministry.", kThursday), "yesterday=2023-12-06/day");
  EXPECT_EQ(found("The minister resigned today.", kThursday), "today=2023-12-07/day");
  EXPECT_EQ(found("Shots were fired last night near the bridge.", kThursday), "last night=2023-12-06/day");
  EXPECT_EQ(found("The parliament meets tonight and the cabinet tomorrow morning.", kThursday),
            "tonight=2023-12-07/day | tomorrow morning=2023-12-08/day");
  EXPECT_EQ(found("The mayor spoke this morning.", kThursday), "this morning=2023-12-07/day");
  EXPECT_EQ(found("The army withdrew two days ago.", kThursday), "two days ago=2023-12-05/day");
  EXPECT_EQ(found("The army withdrew a week ago.", kThursday), "a week ago=2023-11-27/week");
}

TEST(TemporalExpressions, WeeksMonthsAndYearsRelativeToPublication) {
  EXPECT_EQ(found("The government collapsed last week.", kThursday), "last week=2023-11-27/week");
  EXPECT_EQ(found("Border guards were reinforced this week.", kThursday), "this week=2023-12-04/week");
  EXPECT_EQ(found("Elections were held last month.", kThursday), "last month=2023-11-01/month");
  EXPECT_EQ(found("The agreement was signed earlier this month.", kThursday),
            "earlier this month=2023-12-01/month");
  EXPECT_EQ(found("The treaty lapsed last year.", kThursday), "last year=2022-01-01/year");
  EXPECT_EQ(found("Earlier this year the envoy resigned.", kThursday), "Earlier this year=2023-01-01/year");
  EXPECT_EQ(found("Troops crossed the line over the weekend.", kThursday), "the weekend=2023-12-02/week");
  EXPECT_EQ(found("Troops crossed the line over the weekend.", "2023-12-09"), "the weekend=2023-12-09/week");
}

TEST(TemporalExpressions, MonthAndDayInEveryCommonSpelling) {
  EXPECT_EQ(found("The envoys met on December 4 in Vienna.", kThursday), "December 4=2023-12-04/day");
  EXPECT_EQ(found("The envoys met on 4 December in Vienna.", kThursday), "4 December=2023-12-04/day");
  EXPECT_EQ(found("The envoys met on Dec. 4 in Vienna.", kThursday), "Dec. 4=2023-12-04/day");
  EXPECT_EQ(found("The envoys met on the 4th of December.", kThursday), "4th of December=2023-12-04/day");
  EXPECT_EQ(found("The envoys met on Monday, December 4, in Vienna.", kThursday),
            "Monday, December 4=2023-12-04/day");
}

TEST(TemporalExpressions, MissingYearsAreInferredFromTense) {
  // Past tense: the latest such day on or before publication, even across the new year.
  EXPECT_EQ(found("Talks broke down on 20 November.", kThursday), "20 November=2023-11-20/day");
  EXPECT_EQ(found("Talks broke down on December 28.", "2024-01-03"), "December 28=2023-12-28/day");
  // Future: the first such day on or after publication, also across the new year.
  EXPECT_EQ(found("The court will rule on January 9.", kThursday), "January 9=2024-01-09/day");
  // Untensed: the nearer occurrence.
  EXPECT_EQ(found("A summit on December 12.", kThursday), "December 12=2023-12-12/day");
}

TEST(TemporalExpressions, FullDates) {
  EXPECT_EQ(found("The mission began on 26 May 2023.", kThursday), "26 May 2023=2023-05-26/day");
  EXPECT_EQ(found("The mission began on May 26, 2023, after a vote.", kThursday), "May 26, 2023=2023-05-26/day");
  EXPECT_EQ(found("The ruling is dated 2023-05-26.", kThursday), "2023-05-26=2023-05-26/day");
  // A full date needs no publication date.
  EXPECT_EQ(found("The mission began on 26 May 2023.", ""), "26 May 2023=2023-05-26/day");
  EXPECT_EQ(found("Rebels attacked on Thursday.", ""), "");
}

TEST(TemporalExpressions, LeapDaysAndImpossibleDates) {
  EXPECT_EQ(found("The decree came into force on February 29.", "2024-03-01"), "February 29=2024-02-29/day");
  EXPECT_EQ(found("The decree came into force on February 29.", "2023-03-01"), "February 29=2020-02-29/day");
  EXPECT_EQ(found("The decree came into force on February 30.", kThursday), "");
  EXPECT_EQ(found("The decree came into force on 31 April 2023.", kThursday), "");
  EXPECT_EQ(found("The file is numbered 2023-13-01.", kThursday), "");
}

TEST(TemporalExpressions, MonthsAndYears) {
  EXPECT_EQ(found("Roads were blocked at the end of July.", kThursday), "the end of July=2023-07-31/month");
  EXPECT_EQ(found("The crisis began in July.", kThursday), "July=2023-07-01/month");
  EXPECT_EQ(found("The crisis began in December.", kThursday), "December=2023-12-01/month");
  EXPECT_EQ(found("The police withdrew in mid-July 2022.", kThursday), "mid-July 2022=2022-07-15/month");
  EXPECT_EQ(found("Fighting resumed in early March.", kThursday), "early March=2023-03-01/month");
  EXPECT_EQ(found("The province declared independence in 2008.", kThursday), "2008=2008-01-01/year");
  EXPECT_EQ(found("Fresh elections are planned for late 2024.", kThursday), "late 2024=2024-12-31/year");
  EXPECT_EQ(found("Talks were held in March 2013.", kThursday), "March 2013=2013-03-01/month");
  // "may" and "march" as a verb and a noun are not months.
  EXPECT_EQ(found("The march may go ahead in the city.", kThursday), "");
}

TEST(TemporalExpressions, EveOfADate) {
  EXPECT_EQ(found("Riots broke out on the eve of December 10.", "2023-12-12"), "the eve of December 10=2023-12-09/day");
  EXPECT_EQ(found("Riots broke out on the eve of the vote.", kThursday), "");
}

TEST(TemporalExpressions, BoundingExpressionsAreFoundButDoNotDateTheEvent) {
  EXPECT_EQ(found("Serbia has been a candidate since 2012.", kThursday), "2012=2012-01-01/year!");
  EXPECT_EQ(found("The talks must end by Friday.", kThursday), "Friday=2023-12-01/day!");
  EXPECT_EQ(found("He resigned ahead of Friday's vote.", kThursday), "Friday=2023-12-01/day!");
}

TEST(EventDate, TheExpressionNearestTheTriggerWins) {
  Document doc = analysed("On Monday the rebels shelled the town, and on Wednesday the army withdrew.", kThursday);
  DocumentDates dates = find_document_dates(doc);
  const size_t shelled = doc.text.find("shelled");
  const size_t withdrew = doc.text.find("withdrew");
  EventDate first = date_event(dates, 0, {uint32_t(shelled), uint32_t(shelled + 7)});
  EXPECT_EQ(first.date, "2023-12-04");
  EXPECT_EQ(first.basis, DateBasis::kText);
  EXPECT_EQ(doc.view(first.span), "Monday");
  EventDate second = date_event(dates, 0, {uint32_t(withdrew), uint32_t(withdrew + 8)});
  EXPECT_EQ(second.date, "2023-12-06");
}

TEST(EventDate, AClauseRestrictsTheChoice) {
  Document doc = analysed("On Monday the rebels shelled the town, and on Wednesday the army withdrew.", kThursday);
  DocumentDates dates = find_document_dates(doc);
  const uint32_t shelled = static_cast<uint32_t>(doc.text.find("shelled"));
  const uint32_t clause_end = static_cast<uint32_t>(doc.text.find(","));
  EventDate in_clause = date_event(dates, 0, {shelled, shelled + 7}, ByteSpan{0, clause_end});
  EXPECT_EQ(in_clause.date, "2023-12-04");
  EventDate no_date_in_clause = date_event(dates, 0, {shelled, shelled + 7}, ByteSpan{10, clause_end});
  EXPECT_EQ(no_date_in_clause.date, "2023-12-07");
  EXPECT_EQ(no_date_in_clause.basis, DateBasis::kPublication);
}

TEST(EventDate, WithoutAnExpressionThePublicationDateIsUsed) {
  Document doc = analysed("The rebels shelled the town. They fled since 2012.", "2023-12-07T10:30:00Z");
  DocumentDates dates = find_document_dates(doc);
  EventDate d = date_event(dates, 0, {12, 19});
  EXPECT_EQ(d.date, "2023-12-07");
  EXPECT_EQ(d.basis, DateBasis::kPublication);
  EXPECT_EQ(d.span.size(), 0u);
  EXPECT_EQ(date_event(dates, 1, {4, 9}).basis, DateBasis::kPublication);  // "since" does not date it

  Document undated = analysed("The rebels shelled the town.", "");
  EXPECT_EQ(date_event(find_document_dates(undated), 0, {12, 19}).date, "");
}

TEST(EventDate, PublicationDatesAreReadFromTheirIsoStart) {
  EXPECT_EQ(iso_day(*parse_publication_date("2023-12-07T10:30:00+01:00")), "2023-12-07");
  EXPECT_EQ(iso_day(*parse_publication_date("2023-12-07")), "2023-12-07");
  EXPECT_FALSE(parse_publication_date("2023-02-30"));
  EXPECT_FALSE(parse_publication_date("Thu, 07 Dec 2023"));
  EXPECT_FALSE(parse_publication_date(""));
}

}  // namespace
}  // namespace faultline
