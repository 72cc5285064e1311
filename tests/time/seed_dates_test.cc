// The issue's "Dates" figure: on the five seed reports (../shared/seeds), the dates of the dated
// events match the day each report refers to. Cases decided by hand.
//
// Publication dates (the seeds carry none; decided from what each report describes):
//   000  2023-06-23  the Brussels crisis talks of Thursday 22 June 2023 (Borrell with Vucic and
//                    Kurti, after Serbia detained three Kosovo police officers on 14 June), reported
//                    after the talks ("hours after the dialogues").
//   001  2022-08-17  Stoltenberg's separate meetings with Vucic and Kurti on Wednesday 17 August
//                    2022, the day before their EU-facilitated meeting of Thursday 18 August
//                    ("today" / "tomorrow" in the text); the border blockades were on 31 July 2022.
//   002  2021-09-29  the licence-plate crisis of September 2021: the Serbian defence minister's
//                    visit to troops with the Russian ambassador on the weekend of 25-26 September,
//                    Escobar sent to the Brussels talks that week, written before their outcome.
//   003  2007-12-10  the day of the UN deadline for the troika's talks ("today's UN deadline").
//   004  2024-12-20  a year-end summary ("As the year closes", citations of 2023-2024) with no
//                    dated event: every event takes the publication date.
//
// Each case names the seed, a trigger word of the event, the date expression as it appears (its
// n-th occurrence locates the sentence; "" = the event has no date expression and the trigger's
// first occurrence locates it), and the expected ISO day and granularity. Weekends resolve to their
// Saturday with week granularity, so the 002 weekend visit (Sunday 26 September) is 2021-09-25/week.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "faultline/temporal.h"
#include "support/analysed_text.h"
#include "support/figures.h"
#include "support/shared_data.h"

namespace faultline {
namespace {

struct SeedCase {
  const char* seed;
  const char* trigger;
  const char* expression;
  int occurrence;  // 1-based occurrence of `expression` (or of `trigger` when expression is "")
  const char* day;
  DateGranularity granularity;
};

constexpr DateGranularity kDay = DateGranularity::kDay;
constexpr DateGranularity kWeek = DateGranularity::kWeek;
constexpr DateGranularity kMonth = DateGranularity::kMonth;
constexpr DateGranularity kYear = DateGranularity::kYear;

constexpr SeedCase kCases[] = {
    {"000", "held", "Thursday", 1, "2023-06-22", kDay},
    {"001", "urged", "Wednesday", 1, "2022-08-17", kDay},
    {"001", "blockades", "the end of July", 1, "2022-07-31", kMonth},
    {"001", "meetings", "this Wednesday", 1, "2022-08-17", kDay},
    {"001", "do", "tomorrow", 1, "2022-08-18", kDay},
    {"001", "meeting", "this Thursday", 1, "2022-08-18", kDay},
    {"001", "meeting", "this Thursday", 2, "2022-08-18", kDay},
    {"001", "will", "this Thursday", 3, "2022-08-18", kDay},
    {"001", "opened", "2011", 1, "2011-01-01", kYear},
    {"001", "proclaimed", "2008", 1, "2008-01-01", kYear},
    {"002", "began", "1998", 1, "1998-01-01", kYear},
    {"002", "met", "the weekend", 1, "2021-09-25", kWeek},
    {"002", "declared", "February 17, 2008", 1, "2008-02-17", kDay},
    {"002", "dispatched", "This week", 1, "2021-09-27", kWeek},
    {"002", "joined", "2006", 1, "2006-01-01", kYear},
    {"003", "envoys", "November 20", 1, "2007-11-20", kDay},
    {"003", "abandoned", "", 1, "2007-12-10", kDay},  // "ahead of today's deadline" does not date it
    {"003", "reported", "December 7", 1, "2007-12-07", kDay},
    {"003", "ended", "1999", 1, "1999-01-01", kYear},
    {"003", "blocked", "Earlier this year", 1, "2007-01-01", kYear},
    {"003", "driven", "1999", 2, "1999-01-01", kYear},
    {"003", "discuss", "December 19", 1, "2007-12-19", kDay},
    {"004", "issued", "", 1, "2024-12-20", kDay},
    {"004", "affirmed", "", 1, "2024-12-20", kDay},
};

const char* publication_of(std::string_view seed) {
  if (seed == "000") return "2023-06-23";
  if (seed == "001") return "2022-08-17";
  if (seed == "002") return "2021-09-29";
  if (seed == "003") return "2007-12-10";
  return "2024-12-20";
}

std::string read_seed(std::string_view prefix) {
  for (const auto& entry : std::filesystem::directory_iterator(testing::shared_dir() / "seeds")) {
    if (entry.path().filename().string().starts_with(prefix)) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      return buffer.str();
    }
  }
  return {};
}

size_t nth(const std::string& text, std::string_view needle, int n) {
  size_t at = std::string::npos;
  for (int k = 0; k < n; ++k) {
    at = text.find(needle, at == std::string::npos ? 0 : at + 1);
    if (at == std::string::npos) break;
  }
  return at;
}

uint32_t sentence_at(const Document& doc, size_t offset) {
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    if (offset >= doc.sentences[s].span.begin && offset < doc.sentences[s].span.end) return s;
  }
  return 0;
}

// The whole-word occurrence of `word` in sentence `s` (the first one).
std::optional<ByteSpan> trigger_in(const Document& doc, uint32_t s, std::string_view word) {
  const Sentence& sentence = doc.sentences[s];
  for (uint32_t t = sentence.first_token; t < sentence.first_token + sentence.token_count; ++t) {
    if (doc.token_text(doc.tokens[t]) == word) return doc.tokens[t].span;
  }
  return std::nullopt;
}

TEST(SeedDates, DatedEventsOfTheSeedsGetTheDayTheReportRefersTo) {
  FAULTLINE_REQUIRE_SHARED("seeds");
  int matched = 0;
  int total = 0;
  std::string current_seed;
  Document doc;
  DocumentDates dates;
  for (const SeedCase& c : kCases) {
    if (current_seed != c.seed) {
      current_seed = c.seed;
      doc = testing::analysed(read_seed(c.seed), publication_of(c.seed));
      ASSERT_FALSE(doc.text.empty()) << "seed " << c.seed;
      dates = find_document_dates(doc);
    }
    ++total;
    const std::string_view expression = c.expression;
    const size_t locator = expression.empty() ? nth(doc.text, c.trigger, c.occurrence)
                                              : nth(doc.text, expression, c.occurrence);
    ASSERT_NE(locator, std::string::npos) << c.seed << ": " << c.expression << " #" << c.occurrence;
    const uint32_t s = sentence_at(doc, locator);
    auto trigger = trigger_in(doc, s, c.trigger);
    ASSERT_TRUE(trigger) << c.seed << ": no trigger '" << c.trigger << "' in sentence " << s;
    const EventDate d = date_event(dates, s, *trigger);
    const bool ok = d.date == c.day && d.granularity == c.granularity &&
                    doc.view(d.span) == expression &&
                    d.basis == (expression.empty() ? DateBasis::kPublication : DateBasis::kText);
    EXPECT_TRUE(ok) << c.seed << " '" << c.trigger << "' / '" << c.expression << "': got " << d.date << "/"
                    << granularity_name(d.granularity) << " from '" << doc.view(d.span) << "', expected "
                    << c.day << "/" << granularity_name(c.granularity);
    matched += ok ? 1 : 0;
  }
  testing::report_figure("seed event dates matching the hand-checked day: " + std::to_string(matched) + "/" +
                         std::to_string(total));
}

}  // namespace
}  // namespace faultline
