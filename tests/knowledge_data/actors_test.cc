// Faultline's own actor knowledge (data/knowledge/countries.fl, igos.fl, groups.fl, agents.fl):
// every file reads cleanly, the coverage the project promises is there, and the codes that the
// Serbia-Kosovo reports depend on come out right, on the right dates, through the real tokenizer.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "knowledge/knowledge.h"
#include "knowledge/knowledge_test_support.h"
#include "support/figures.h"
#include "support/run_tool.h"
#include "support/shared_data.h"
#include "text/tokenizer.h"

namespace faultline {
namespace {

using testing::messages;

std::string data_file(const char* name) { return (testing::source_dir() / "data" / "knowledge" / name).string(); }

std::shared_ptr<const Knowledge> load_one(const char* name, Diagnostics& d) {
  KnowledgeFiles files;
  files.actors.push_back(data_file(name));
  auto k = load_knowledge(files, d);
  EXPECT_TRUE(k.ok()) << name << ": " << k.status().message();
  return k.ok() ? *k : nullptr;
}

// All four files as the coder loads them.
const Knowledge& all_actors() {
  static const std::shared_ptr<const Knowledge> k = [] {
    KnowledgeFiles files;
    for (const char* f : {"countries.fl", "igos.fl", "groups.fl"}) files.actors.push_back(data_file(f));
    files.agents = data_file("agents.fl");
    Diagnostics d;
    auto loaded = load_knowledge(files, d);
    EXPECT_TRUE(loaded.ok());
    EXPECT_EQ(d.all().size(), 0u) << messages(d);
    return loaded.ok() ? *loaded : nullptr;
  }();
  return *k;
}

// The tokens of `text`, as WordIds of the knowledge.
std::vector<WordId> tokens_of(const Knowledge& k, std::string_view text) {
  static const Tokenizer tokenizer;
  Document doc;
  doc.text = std::string(text);
  tokenizer.apply(doc);
  std::vector<WordId> words;
  k.token_words(doc, 0, static_cast<uint32_t>(doc.tokens.size()), words);
  return words;
}

// The code of the actor phrase that covers all of `text` on `date`; "" when the longest actor
// found at the start is not the whole text.
std::string code_of(std::string_view text, const char* date = "2023-06-01") {
  const Knowledge& k = all_actors();
  std::vector<WordId> words = tokens_of(k, text);
  PhraseMatch m = k.match_actor(words, 0);
  if (!m || m.length != words.size()) return "";
  return std::string(k.actor_code(m.entry, date_key(date)));
}

// "Serbian police" -> the actor at the start, then the agent right after it, combined.
std::string actor_with_agent(std::string_view text, const char* date = "2023-06-01") {
  const Knowledge& k = all_actors();
  std::vector<WordId> words = tokens_of(k, text);
  PhraseMatch actor = k.match_actor(words, 0);
  if (!actor) return "no actor";
  PhraseMatch agent = k.match_agent(words, actor.length);
  if (!agent || actor.length + agent.length != words.size()) return "no agent";
  std::string out;
  Knowledge::apply_agent(k.actor_code(actor.entry, date_key(date)), k.agent(agent.entry), out);
  return out;
}

TEST(ActorKnowledge, EachFileReadsWithoutErrorsOrWarnings) {
  for (const char* name : {"countries.fl", "igos.fl", "groups.fl", "agents.fl"}) {
    Diagnostics d;
    load_one(name, d);
    EXPECT_EQ(d.all().size(), 0u) << name << "\n" << messages(d);
  }
}

TEST(ActorKnowledge, TheFilesTogetherDefineNoPhraseTwice) {
  // A phrase defined twice makes the compiler warn (the later entry wins): all_actors() asserts
  // there is no diagnostic at all.
  EXPECT_GT(all_actors().actor_count(), 0u);
}

TEST(ActorKnowledge, Coverage) {
  Diagnostics d;
  auto countries = load_one("countries.fl", d);
  auto igos = load_one("igos.fl", d);
  auto groups = load_one("groups.fl", d);
  auto agents = load_one("agents.fl", d);
  ASSERT_TRUE(countries && igos && groups && agents);
  // iso-codes 4.15 lists 249 ISO 3166-1 entries; Kosovo and the other entities without a code
  // (former states, CAMEO regions) come on top.
  EXPECT_GE(countries->actor_count(), 249u + 1u);
  EXPECT_GE(igos->actor_count(), 150u);
  EXPECT_GE(groups->actor_count(), 100u);
  EXPECT_GE(agents->agent_count(), 300u);
  testing::report_figure("actor knowledge: countries.fl " + std::to_string(countries->actor_count()) + " actors, igos.fl " +
                         std::to_string(igos->actor_count()) + ", groups.fl " + std::to_string(groups->actor_count()) +
                         ", agents.fl " + std::to_string(agents->agent_count()) + " agents");
}

TEST(ActorKnowledge, EveryIsoCountryIsThere) {
  // Each ISO alpha-3 code must be some actor's default code (East Timor is CAMEO's TMP).
  const std::filesystem::path iso = "/usr/share/iso-codes/json/iso_3166-1.json";
  if (!std::filesystem::exists(iso)) GTEST_SKIP() << "iso-codes is not installed (scripts/setup.sh installs it)";
  std::string json = testing::read_file(iso);
  std::vector<std::string> missing;
  const Knowledge& k = all_actors();
  std::vector<std::string> defaults;
  for (uint32_t i = 0; i < k.actor_count(); ++i) defaults.emplace_back(k.actor_code(i, kUnknownDate));
  for (size_t p = json.find("\"alpha_3\": \""); p != std::string::npos; p = json.find("\"alpha_3\": \"", p + 1)) {
    std::string code = json.substr(p + 12, 3);
    if (code == "TLS") code = "TMP";
    if (std::find(defaults.begin(), defaults.end(), code) == defaults.end()) missing.push_back(code);
  }
  EXPECT_TRUE(missing.empty()) << missing.size() << " ISO codes without an actor, first " << missing.front();
}

TEST(ActorKnowledge, CommittedCountriesFileMatchesItsGenerator) {
  if (std::system("command -v python3 >/dev/null 2>&1 && test -f /usr/share/iso-codes/json/iso_3166-1.json") != 0) {
    GTEST_SKIP() << "python3 or iso-codes missing";
  }
  std::string cmd = "python3 '" + (testing::source_dir() / "scripts" / "gen-countries.py").string() + "' --check";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << "data/knowledge/countries.fl is stale: run scripts/gen-countries.py";
}

TEST(ActorKnowledge, CountriesNamesAdjectivesDemonymsCapitals) {
  EXPECT_EQ(code_of("Serbia"), "SRB");
  EXPECT_EQ(code_of("Serbian"), "SRB");
  EXPECT_EQ(code_of("Serbs"), "SRB");
  EXPECT_EQ(code_of("Belgrade"), "SRB");
  EXPECT_EQ(code_of("Kosovo"), "KSV");
  EXPECT_EQ(code_of("Kosovar"), "KSV");
  EXPECT_EQ(code_of("Pristina"), "KSV");
  EXPECT_EQ(code_of("Prishtina"), "KSV");
  EXPECT_EQ(code_of("Washington"), "USA");
  EXPECT_EQ(code_of("U.S."), "USA");
  EXPECT_EQ(code_of("Moscow"), "RUS");
  EXPECT_EQ(code_of("Kremlin"), "RUSGOV");
  EXPECT_EQ(code_of("White House"), "USAGOV");
  EXPECT_EQ(code_of("Kyiv"), "UKR");
  EXPECT_EQ(code_of("North Macedonia"), "MKD");
  EXPECT_EQ(code_of("Bosnia-Herzegovina"), "BIH");
  EXPECT_EQ(code_of("Republika Srpska"), "BIHSRP");
  // Names iso-codes writes with diacritics and clitics, as the tokenizer splits them.
  EXPECT_EQ(code_of("Côte d'Ivoire"), "CIV");
  EXPECT_EQ(code_of("Cote d’Ivoire"), "CIV");
  EXPECT_EQ(code_of("Türkiye"), "TUR");
  EXPECT_EQ(code_of("Lao People's Democratic Republic"), "LAO");
  EXPECT_EQ(code_of("Democratic People’s Republic of Korea"), "PRK");
  EXPECT_EQ(code_of("Timor-Leste"), "TMP");
  EXPECT_EQ(code_of("Middle East"), "MEA");
  // Réunion's ASCII form is the English word "reunion": left out on purpose.
  EXPECT_EQ(code_of("reunion"), "");
}

TEST(ActorKnowledge, HistoricalCodesFollowTheDate) {
  EXPECT_EQ(code_of("Serbia", "1991-05-01"), "YUGSRB");
  EXPECT_EQ(code_of("Serbia", "1999-03-24"), "SCGSRB");
  EXPECT_EQ(code_of("Serbia", "2006-06-05"), "SRB");
  EXPECT_EQ(code_of("Montenegro", "2006-06-03"), "MNE");
  EXPECT_EQ(code_of("Pristina", "1998-03-01"), "SCGKSV");
  EXPECT_EQ(code_of("Pristina", "2004-03-17"), "KSVUNO");
  EXPECT_EQ(code_of("Pristina", "2008-02-17"), "KSV");
  EXPECT_EQ(code_of("Ukraine", "1991-08-24"), "USRUKR");
  EXPECT_EQ(code_of("Ukraine", "1992-01-01"), "UKR");
  EXPECT_EQ(code_of("Taliban", "2010-01-01"), "AFGREB");
  EXPECT_EQ(code_of("Taliban", "1998-01-01"), "AFGGOV");
  EXPECT_EQ(code_of("Taliban", "2023-06-01"), "AFGGOV");
  EXPECT_EQ(code_of("HTS", "2020-01-01"), "SYRREB");
  EXPECT_EQ(code_of("HTS", "2025-01-10"), "SYRGOV");
}

TEST(ActorKnowledge, InternationalOrganisations) {
  // Brussels stands for the EU in the news, not for Belgium (docs/knowledge.md, "Actors").
  EXPECT_EQ(code_of("Brussels"), "IGOEUREEC");
  EXPECT_EQ(code_of("EU"), "IGOEUREEC");
  EXPECT_EQ(code_of("European Commission"), "IGOEUREEC");
  EXPECT_EQ(code_of("EU Foreign Affairs Chief"), "IGOEUREEC");
  EXPECT_EQ(code_of("EU's foreign policy chief"), "IGOEUREEC");
  EXPECT_EQ(code_of("EULEX"), "IGOEUREEC");
  EXPECT_EQ(code_of("NATO"), "IGOWSTNAT");
  EXPECT_EQ(code_of("KFOR"), "IGOWSTNATMIL");
  EXPECT_EQ(code_of("Kosovo Force"), "IGOWSTNATMIL");
  EXPECT_EQ(code_of("UN"), "IGOUNO");
  EXPECT_EQ(code_of("UN Security Council"), "IGOUNO");
  EXPECT_EQ(code_of("UNMIK"), "IGOUNO");
  EXPECT_EQ(code_of("UNHCR"), "IGOUNOREFHCR");
  EXPECT_EQ(code_of("World Bank"), "IGOUNODEVWBK");
  EXPECT_EQ(code_of("IMF"), "IGOBUSIMF");
  EXPECT_EQ(code_of("OSCE"), "IGOEURSCE");
  EXPECT_EQ(code_of("Council of Europe"), "IGOEURCOE");
  EXPECT_EQ(code_of("African Union"), "IGOAFRAFU");
  EXPECT_EQ(code_of("ASEAN"), "IGOSEAASN");
  EXPECT_EQ(code_of("ICC"), "IGOJUDICC");
  EXPECT_EQ(code_of("Red Cross"), "NGOHLHIRC");
  EXPECT_EQ(code_of("Amnesty International"), "NGOHRIAMN");
  EXPECT_EQ(code_of("Human Rights Watch"), "NGOHRI");
  // Acronyms that are English words are not actors: "who", "is"; nor the Parliamentary
  // Assembly's "PACE" ("at a rapid pace").
  EXPECT_EQ(code_of("who"), "");
  EXPECT_EQ(code_of("is"), "");
  EXPECT_EQ(code_of("pace"), "");
  EXPECT_EQ(code_of("PACE"), "");
}

TEST(ActorKnowledge, ArmedGroupsAndCommunities) {
  EXPECT_EQ(code_of("KLA"), "KSVREB");
  EXPECT_EQ(code_of("UÇK"), "KSVREB");
  EXPECT_EQ(code_of("Hamas", "2024-01-01"), "PSEREB");
  EXPECT_EQ(code_of("Hezbollah"), "LBNREB");
  EXPECT_EQ(code_of("ISIS"), "IMGMUSISI");
  EXPECT_EQ(code_of("al-Qaeda"), "IMGMUSALQ");
  EXPECT_EQ(code_of("Houthis"), "YEMREB");
  EXPECT_EQ(code_of("Wagner Group"), "RUSUAF");
  EXPECT_EQ(code_of("PKK"), "TURREB");
  EXPECT_EQ(code_of("al-Shabaab"), "SOMREB");
  EXPECT_EQ(code_of("Kosovo Serbs"), "KSVSRB");
  EXPECT_EQ(code_of("Kosovar Albanians"), "KSVALB");
  EXPECT_EQ(code_of("Bosnian Serb"), "BIHSRB");
  // Names matched without regard to case must not be English words: "let" ("Ethiopia let free
  // 74 leaders") is no Lashkar-e-Taiba (LeT), "mend" no Niger Delta movement (MEND).
  EXPECT_EQ(code_of("Lashkar-e-Taiba"), "IMGKASMUS");
  EXPECT_EQ(code_of("let"), "");
  EXPECT_EQ(code_of("mend"), "");
}

TEST(ActorKnowledge, AgentsCombineWithTheActorBeforeThem) {
  EXPECT_EQ(actor_with_agent("Serbian police"), "SRBCOP");
  EXPECT_EQ(actor_with_agent("Kosovo police officers"), "KSVCOP");
  EXPECT_EQ(actor_with_agent("Serbian troops"), "SRBMIL");
  EXPECT_EQ(actor_with_agent("Serbian special police"), "SRBCOP");
  EXPECT_EQ(actor_with_agent("Kosovo special police units"), "KSVCOP");
  EXPECT_EQ(actor_with_agent("Serbian President"), "SRBGOV");
  EXPECT_EQ(actor_with_agent("Kosovo Prime Minister"), "KSVGOV");
  EXPECT_EQ(actor_with_agent("Serbian defence minister"), "SRBGOVMIL");
  EXPECT_EQ(actor_with_agent("Kosovar officials"), "KSVGOV");
  EXPECT_EQ(actor_with_agent("Kosovo ethnic Serbs"), "KSVSRB");
  EXPECT_EQ(actor_with_agent("Serbian protesters"), "SRBOPP");
  EXPECT_EQ(actor_with_agent("UN peacekeepers"), "IGOUNOMIL");
  EXPECT_EQ(actor_with_agent("NATO spokesman"), "IGOWSTNATGOV");
  EXPECT_EQ(actor_with_agent("Russian spokesmen"), "RUSGOV");
  EXPECT_EQ(actor_with_agent("Serbian attorneys general"), "SRBJUD");
}

}  // namespace
}  // namespace faultline
