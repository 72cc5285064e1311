// data/knowledge/office-holders.fl: people whose code depends on the office they held on the day
// of the event. Generated from data/knowledge/sources/office-holders*.tsv by
// tools/knowledge/office_holders.py; these tests hold the generated file to its promises.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/knowledge.h"
#include "support/shared_data.h"

namespace faultline {
namespace {

std::shared_ptr<const Knowledge> office_holders(Diagnostics& diagnostics) {
  KnowledgeFiles files;
  files.actors.push_back((testing::source_dir() / "data/knowledge/office-holders.fl").string());
  Result<std::shared_ptr<const Knowledge>> loaded = load_knowledge(files, diagnostics);
  EXPECT_TRUE(loaded.ok()) << loaded.status().message();
  return loaded.ok() ? *loaded : nullptr;
}

class OfficeHolders : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    diagnostics_ = new Diagnostics();
    knowledge_ = new std::shared_ptr<const Knowledge>(office_holders(*diagnostics_));
  }
  static void TearDownTestSuite() {
    delete knowledge_;
    delete diagnostics_;
  }

  static const Knowledge& k() { return **knowledge_; }

  // The actor that the whole of `name` (blank-separated words) names, or kNoEntry.
  static uint32_t person(std::string_view name) {
    std::vector<WordId> words;
    size_t i = 0;
    while (i < name.size()) {
      size_t end = name.find(' ', i);
      if (end == std::string_view::npos) end = name.size();
      words.push_back(k().word(name.substr(i, end - i)));
      i = end + 1;
    }
    PhraseMatch m = k().match_actor(words, 0);
    return m && m.length == words.size() ? m.entry : kNoEntry;
  }

  // The code of the person named `name` on `day` ("" when no actor has that name).
  static std::string code(std::string_view name, std::string_view day) {
    uint32_t entry = person(name);
    return entry == kNoEntry ? std::string() : std::string(k().actor_code(entry, date_key(day)));
  }

  static Diagnostics* diagnostics_;
  static std::shared_ptr<const Knowledge>* knowledge_;
};

Diagnostics* OfficeHolders::diagnostics_ = nullptr;
std::shared_ptr<const Knowledge>* OfficeHolders::knowledge_ = nullptr;

std::string all_messages(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d.all()) out += x.to_string() + "\n";
  return out;
}

TEST_F(OfficeHolders, LoadsWithoutErrorsOrWarnings) {
  ASSERT_TRUE(*knowledge_);
  EXPECT_EQ(diagnostics_->error_count(), 0u) << all_messages(*diagnostics_);
  EXPECT_EQ(diagnostics_->warning_count(), 0u) << all_messages(*diagnostics_);
}

TEST_F(OfficeHolders, HoldsAtLeast1500DatedRolesEachWithAStartNotAfterItsEnd) {
  ASSERT_TRUE(*knowledge_);
  size_t roles = 0, people = k().actor_count();
  for (uint32_t a = 0; a < people; ++a) {
    Actor actor = k().actor(a);
    size_t defaults = 0;
    for (const DatedCode& c : actor.codes) {
      if (c.is_default()) {
        ++defaults;
        continue;
      }
      ++roles;
      EXPECT_NE(c.from, kUnknownDate) << actor.name << ": every role has a start";
      if (c.to != kUnknownDate) {
        EXPECT_LE(c.from, c.to) << actor.name << " " << c.code;
      }
      EXPECT_GE(c.from, 19500101) << actor.name;
      EXPECT_LE(c.from, 20261231) << actor.name;
    }
    EXPECT_EQ(defaults, 1u) << actor.name << ": one code outside every office";
  }
  std::printf("office holders: %zu people, %zu dated roles\n", people, roles);
  EXPECT_GE(people, 1000u);
  EXPECT_GE(roles, 1500u);
}

TEST_F(OfficeHolders, KosovoLeadersAreGovernmentOnlyWhileInOffice) {
  EXPECT_EQ(code("Kurti", "2023-06-01"), "KSVGOV");
  EXPECT_EQ(code("Albin Kurti", "2010-01-01"), "KSVOPP");
  EXPECT_EQ(code("Albin Kurti", "2020-06-03"), "KSVGOV");  // the last day of his first government
  EXPECT_EQ(code("Albin Kurti", "2020-06-04"), "KSVOPP");
  EXPECT_EQ(code("Avdullah Hoti", "2020-07-01"), "KSVGOV");
  EXPECT_EQ(code("Hashim Thaçi", "2018-05-01"), "KSVGOV");
  EXPECT_EQ(code("Thaci", "2021-01-01"), "KSV");
  EXPECT_EQ(code("Ramush Haradinaj", "2018-05-01"), "KSVGOV");
  EXPECT_EQ(code("Ramush Haradinaj", "2021-05-01"), "KSV");
  EXPECT_EQ(code("Isa Mustafa", "2016-01-01"), "KSVGOV");
  EXPECT_EQ(code("Vjosa Osmani", "2022-09-01"), "KSVGOV");
  EXPECT_EQ(code("Fatmir Sejdiu", "2008-02-17"), "KSVGOV");
  EXPECT_EQ(code("Atifete Jahjaga", "2012-01-01"), "KSVGOV");
  EXPECT_EQ(code("Donika Gervalla-Schwarz", "2023-06-01"), "KSVGOV");
  EXPECT_EQ(code("Donika Gërvalla-Schwarz", "2023-06-01"), "KSVGOV");
  EXPECT_EQ(code("Enver Hoxhaj", "2012-01-01"), "KSVGOV");
  EXPECT_EQ(code("Behgjet Pacolli", "2018-01-01"), "KSVGOV");
  EXPECT_EQ(code("Ejup Maqedonci", "2024-01-01"), "KSVGOVMIL");
}

TEST_F(OfficeHolders, SerbianLeadersFollowTheirOffices) {
  EXPECT_EQ(code("Vucic", "2023-05-01"), "SRBGOV");
  EXPECT_EQ(code("Aleksandar Vučić", "2023-05-01"), "SRBGOV");
  EXPECT_EQ(code("Aleksandar Vucic", "2012-08-01"), "SRBGOV");  // first deputy PM outranks defence
  EXPECT_EQ(code("Aleksandar Vucic", "2005-01-01"), "SRBOPP");
  EXPECT_EQ(code("Ivica Dacic", "2013-01-01"), "SRBGOV");
  EXPECT_EQ(code("Ivica Dačić", "2015-06-01"), "IGOEUROSC");  // OSCE Chairman-in-Office
  EXPECT_EQ(code("Ana Brnabic", "2020-01-01"), "SRBGOV");
  EXPECT_EQ(code("Milos Vucevic", "2023-01-01"), "SRBGOVMIL");
  EXPECT_EQ(code("Miloš Vučević", "2024-06-01"), "SRBGOV");
  EXPECT_EQ(code("Djuro Macut", "2025-06-01"), "SRBGOV");
  EXPECT_EQ(code("Đuro Macut", "2020-06-01"), "SRB");
  EXPECT_EQ(code("Marko Djuric", "2024-06-01"), "SRBGOV");
  EXPECT_EQ(code("Slobodan Milosevic", "1995-01-01"), "SRBGOV");
  EXPECT_EQ(code("Slobodan Milošević", "1999-04-01"), "SCGGOV");  // President of FR Yugoslavia
  EXPECT_EQ(code("Milorad Dodik", "2012-01-01"), "BIHSRBGOV");
  EXPECT_EQ(code("Milorad Dodik", "2020-01-01"), "BIHGOV");
}

TEST_F(OfficeHolders, InternationalLeadersCarryTheirOrganisationsCodes) {
  EXPECT_EQ(code("Borrell", "2022-12-10"), "IGOEUREEC");
  EXPECT_EQ(code("Josep Borrell", "2019-11-30"), "ESPGOV");  // Spanish foreign minister to the last day
  EXPECT_EQ(code("Josep Borrell", "2019-12-01"), "IGOEUREEC");
  EXPECT_EQ(code("Josep Borrell", "2025-01-01"), "ESP");
  EXPECT_EQ(code("Stoltenberg", "2020-06-01"), "IGOWSTNAT");
  EXPECT_EQ(code("Jens Stoltenberg", "2010-06-01"), "NORGOV");
  EXPECT_EQ(code("Mark Rutte", "2025-06-01"), "IGOWSTNAT");
  EXPECT_EQ(code("Kaja Kallas", "2025-06-01"), "IGOEUREEC");
  EXPECT_EQ(code("Ursula von der Leyen", "2024-01-01"), "IGOEUREEC");
  EXPECT_EQ(code("Ursula von der Leyen", "2015-01-01"), "DEUGOVMIL");
  EXPECT_EQ(code("Antonio Guterres", "2023-01-01"), "IGOUNO");
  EXPECT_EQ(code("Ban Ki-moon", "2010-01-01"), "IGOUNO");
  EXPECT_EQ(code("Javier Solana", "1999-03-24"), "IGOWSTNAT");
  EXPECT_EQ(code("Helga Schmid", "2022-01-01"), "IGOEUROSC");
}

TEST_F(OfficeHolders, G20LeadersAndMinisters) {
  EXPECT_EQ(code("Putin", "2010-01-01"), "RUSGOV");
  EXPECT_EQ(code("Sergei Lavrov", "2022-03-01"), "RUSGOV");
  EXPECT_EQ(code("Sergei Shoigu", "2020-01-01"), "RUSGOVMIL");
  EXPECT_EQ(code("Angela Merkel", "2010-01-01"), "DEUGOV");
  EXPECT_EQ(code("Angela Merkel", "2023-01-01"), "DEU");
  EXPECT_EQ(code("Lloyd Austin", "2022-01-01"), "USAGOVMIL");
  EXPECT_EQ(code("Antony Blinken", "2022-01-01"), "USAGOV");
  EXPECT_EQ(code("Recep Tayyip Erdoğan", "2010-01-01"), "TURGOV");
  EXPECT_EQ(code("Wang Yi", "2023-03-01"), "CHNGOV");
  EXPECT_EQ(code("Narendra Modi", "2020-01-01"), "INDGOV");
  // A surname that is an English word ("cleverly") names the person only with the first name.
  EXPECT_EQ(code("James Cleverly", "2023-01-01"), "GBRGOV");
  EXPECT_EQ(code("Cleverly", "2023-01-01"), "");
}

TEST_F(OfficeHolders, NamesWithDiacriticsHaveTheirAsciiSpellings) {
  for (auto [with, without] : {std::pair{"Aleksandar Vučić", "Aleksandar Vucic"},
                               std::pair{"Hashim Thaçi", "Hashim Thaci"},
                               std::pair{"Zoran Đinđić", "Zoran Djindjic"},
                               std::pair{"Milo Đukanović", "Milo Djukanovic"},
                               std::pair{"Franjo Tuđman", "Franjo Tudjman"},
                               std::pair{"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"},
                               std::pair{"Manfred Wörner", "Manfred Worner"}}) {
    uint32_t a = person(with), b = person(without);
    EXPECT_NE(a, kNoEntry) << with;
    EXPECT_EQ(a, b) << with << " / " << without;
  }
}

}  // namespace
}  // namespace faultline
