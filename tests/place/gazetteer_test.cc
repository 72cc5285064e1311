// The gazetteer's sources and name matching, place mentions in sentences, disambiguation, and the
// location of an event. Every sentence here is written for this test.
#include "faultline/gazetteer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "support/analysed_text.h"
#include "support/shared_data.h"

namespace faultline {
namespace {

using testing::analysed;

std::string places_file() { return (testing::source_dir() / "data/places/places.tsv").string(); }

const Gazetteer& gazetteer() {
  static const std::unique_ptr<Gazetteer> g = [] {
    GazetteerOptions options;
    options.places_file = places_file();
    auto loaded = Gazetteer::load(options);
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.ok() ? std::move(*loaded) : nullptr;
  }();
  return *g;
}

// The best-populated candidate for a name: its "name|country|kind".
std::string first(std::string_view name) {
  std::vector<uint32_t> ids;
  gazetteer().lookup(name, ids);
  if (ids.empty()) return "";
  uint32_t best = ids[0];
  for (uint32_t id : ids) {
    if (gazetteer().place(id).population > gazetteer().place(best).population) best = id;
  }
  const Place& p = gazetteer().place(best);
  return std::string(p.name) + "|" + std::string(p.country) + "|" + std::string(place_kind_name(p.kind));
}

TEST(Gazetteer, CoversGeonamesCitiesIsoCountriesAndTheProjectsOwnPlaces) {
  EXPECT_GT(gazetteer().size(), 24000u);
  EXPECT_EQ(first("Belgrade"), "Belgrade|SRB|city");
  EXPECT_EQ(first("Serbia"), "Serbia|SRB|country");
  EXPECT_EQ(first("Kosovo"), "Kosovo|KSV|country");
  EXPECT_EQ(first("Russia"), "Russia|RUS|country");
  EXPECT_EQ(first("Russian Federation"), "Russia|RUS|country");
  EXPECT_EQ(first("U.S."), "United States|USA|country");
  EXPECT_EQ(first("Bolivia"), "Bolivia|BOL|country");  // an iso-codes common name
  EXPECT_EQ(first("Jarinje"), "Jarinje|KSV|city");
  EXPECT_EQ(first("North Kosovo"), "North Kosovo|KSV|region");
  EXPECT_EQ(first("Nowhereville"), "");
}

TEST(Gazetteer, GeonamesKosovoCitiesTakeTheCameoCodeAndTheProjectsSpellings) {
  EXPECT_EQ(first("Pristina"), "Pristina|KSV|city");
  EXPECT_EQ(first("Prishtina"), "Pristina|KSV|city");
  EXPECT_EQ(first("Mitrovica"), "Kosovska Mitrovica|KSV|city");
  EXPECT_EQ(first("Leposavic"), "Leposaviq|KSV|city");
  EXPECT_EQ(first("Washington"), "Washington D.C.|USA|city");
}

TEST(Gazetteer, NamesMatchWithAndWithoutDiacriticsInAnyCase) {
  std::vector<uint32_t> plain, marked, upper;
  gazetteer().lookup("Zvecan", plain);
  gazetteer().lookup("Zvečan", marked);
  gazetteer().lookup("ZVEČAN", upper);
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(marked, plain);
  EXPECT_EQ(upper, plain);
  const Place& z = gazetteer().place(plain[0]);
  EXPECT_EQ(z.country, "KSV");
  EXPECT_TRUE(z.has_coordinates);
  EXPECT_NEAR(z.latitude, 42.91, 0.05);
  EXPECT_NEAR(z.longitude, 20.84, 0.05);
  EXPECT_EQ(first("Leposavić"), "Leposaviq|KSV|city");
  EXPECT_EQ(first("Gračanica"), first("Gracanica"));
}

TEST(Gazetteer, LoadErrorsNameTheFile) {
  GazetteerOptions missing;
  missing.places_file = "/nonexistent/places.tsv";
  missing.geonames = false;
  auto r = Gazetteer::load(missing);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("/nonexistent/places.tsv"), std::string::npos);

  const auto bad = testing::binary_dir() / "bad_places.tsv";
  std::ofstream(bad) << "city\tNowhere\tXXX\tnorth\t20\t5\n";
  GazetteerOptions malformed;
  malformed.places_file = bad.string();
  malformed.geonames = false;
  auto m = Gazetteer::load(malformed);
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("bad_places.tsv:1"), std::string::npos);

  GazetteerOptions no_iso;
  no_iso.places_file = places_file();
  no_iso.iso_codes_file = "/nonexistent/iso.json";
  EXPECT_FALSE(Gazetteer::load(no_iso).ok());
}

// Every place mention of the text as "text=name|country" joined by " | ", dateline ones marked "^".
std::string mentions(const std::string& text) {
  Document doc = analysed(text, "2023-10-01");
  DocumentPlaces places = find_document_places(gazetteer(), doc);
  std::string out;
  for (const PlaceMention& m : places.mentions) {
    if (!out.empty()) out += " | ";
    const Place& p = gazetteer().place(m.place);
    out += std::string(doc.view(m.span)) + "=" + std::string(p.name) + "|" + std::string(p.country);
    if (m.dateline) out += "^";
  }
  return out;
}

TEST(PlaceMentions, NamesAfterPlacePrepositions) {
  EXPECT_EQ(mentions("Police officers were detained near Jarinje on Tuesday."), "Jarinje=Jarinje|KSV");
  EXPECT_EQ(mentions("The envoy flew from Brussels to Belgrade."), "Brussels=Brussels|BEL");
  EXPECT_EQ(mentions("Protesters gathered in Zvečan and Leposavic."),
            "Zvečan=Zvečan|KSV | Leposavic=Leposaviq|KSV");
  EXPECT_EQ(mentions("Tensions rose in Serbia, Kosovo and Montenegro."),
            "Serbia=Serbia|SRB | Kosovo=Kosovo|KSV | Montenegro=Montenegro|MNE");
  EXPECT_EQ(mentions("Tensions rose in July."), "");
  EXPECT_EQ(mentions("Serbia accused Kosovo of provocations."), "");  // actors, not places
  EXPECT_EQ(mentions("Envoys from the UN arrived in the US."), "US=United States|USA");  // "UN" is no town
}

TEST(PlaceMentions, DirectionWordsAndRegions) {
  EXPECT_EQ(mentions("Barricades went up in northern Kosovo overnight."), "northern Kosovo=North Kosovo|KSV");
  EXPECT_EQ(mentions("Troops moved into southern Serbia."), "Serbia=Serbia|SRB");
  EXPECT_EQ(mentions("Peacekeepers remain in the Balkans."), "the Balkans=Balkans|");
}

TEST(PlaceMentions, DatelinesAndCountryQualifiers) {
  EXPECT_EQ(mentions("PRISTINA, Kosovo (AP) - Officials met on Monday.\n"), "PRISTINA=Pristina|KSV^");
  EXPECT_EQ(mentions("ROME (Reuters) - Officials met on Monday.\n"), "ROME=Rome|ITA^");
  EXPECT_EQ(mentions("Gunmen attacked a patrol in Banjska, Kosovo, overnight."), "Banjska=Banjska|KSV");
}

TEST(PlaceMentions, TheDocumentsCountriesChooseAmongNamesakes) {
  // Tripoli: Libya's is the largest; a text about Lebanon means Lebanon's.
  EXPECT_EQ(mentions("Fighting broke out in Tripoli."), "Tripoli=Tripoli|LBY");
  EXPECT_EQ(mentions("Lebanon sent troops after fighting broke out in Tripoli."), "Tripoli=Tripoli|LBN");
  // A country written after the name wins over the document's countries.
  EXPECT_EQ(mentions("Libya protested. A rally was held in Tripoli, Lebanon."), "Tripoli=Tripoli|LBN");
}

TEST(EventLocation, TheSentencesMostSpecificPlaceThenTheDatelineThenTheMostMentioned) {
  Document doc = analysed(
      "PRISTINA, Kosovo (AP) - Police detained two men in Kosovo near Jarinje on Sunday.\n"
      "The government condemned the attack.\n",
      "2023-10-01");
  DocumentPlaces places = find_document_places(gazetteer(), doc);
  ASSERT_GE(doc.sentences.size(), 3u);
  const uint32_t detained = static_cast<uint32_t>(doc.text.find("detained"));
  auto here = locate_event(gazetteer(), doc, places, 1, {detained, detained + 8});
  ASSERT_TRUE(here);
  EXPECT_EQ(here->name, "Jarinje");
  EXPECT_EQ(here->country, "KSV");
  EXPECT_TRUE(here->has_coordinates);
  EXPECT_NEAR(here->latitude, 43.2, 0.1);

  const uint32_t condemned = static_cast<uint32_t>(doc.text.find("condemned"));
  auto fallback = locate_event(gazetteer(), doc, places, 2, {condemned, condemned + 9});
  ASSERT_TRUE(fallback);
  EXPECT_EQ(fallback->name, "PRISTINA");

  Document plain = analysed("Talks were held in Brussels. Later the envoys met in Brussels again. Nobody spoke.",
                            "2023-10-01");
  DocumentPlaces plain_places = find_document_places(gazetteer(), plain);
  auto most = locate_event(gazetteer(), plain, plain_places, 2, {0, 0});
  ASSERT_TRUE(most);
  EXPECT_EQ(most->name, "Brussels");
  EXPECT_EQ(most->country, "BEL");

  Document none = analysed("Nobody spoke.", "2023-10-01");
  EXPECT_FALSE(locate_event(gazetteer(), none, find_document_places(gazetteer(), none), 0, {0, 0}));
}

}  // namespace
}  // namespace faultline
