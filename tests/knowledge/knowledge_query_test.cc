// Compiled Knowledge queries over hand-written dictionaries: longest-match actors with dates,
// agents, discards, verbs (forms, lemmas, multi-word verbs), patterns and synsets.
#include <gtest/gtest.h>

#include "knowledge_test_support.h"

namespace faultline {
namespace {

using testing::messages;
using testing::read_text;
using testing::words_of;

constexpr const char* kActors =
    "SERBIA [SRB]\n"
    "+SERBIAN\n"
    "KOSOVO [KSV]\n"
    "\t[FRYKSV 920428-990610]\n"
    "\t[KSVUNO 990610-080216]\n"
    "KOSOVO_POLICE [KSVCOP]\n"
    "KOSOVO_POLICE_SERVICE_SPOKESMAN [KSVCOP]\n"
    "ALEKSANDAR_VUCIC\n"
    "+VUCIC\n"
    "\t[SRBGOVMIL 20120727-20130902]\n"
    "\t[SRBGOV >20120727]\n"
    "\t[SRBOPP <20120726]\n"
    "KOFI_ANNAN [GHA]\n"
    "\t[IGOUNO 19970101-20061231]\n";

constexpr const char* kAgents = "POLICE {} [~COP]\nMONITOR [IGO~]\nFOREIGN_MINISTER [~GOV]\n";

constexpr const char* kDiscards = "WATER POLO\n+SONG_CONTEST\nFOOTBALL_\n";

constexpr const char* kVerbs =
    "&CHARGES\n"
    "+CHARGE\n"
    "+WAR_CRIME\n"
    "&ALLCHARGES\n"
    "+&CHARGES\n"
    "+ACCUSATION\n"
    "--- DETAIN [173] ---\n"
    "DETAIN\n"
    "+ROUND_UP {+ROUNDS_UP +ROUNDED_UP +ROUNDING_UP}\n"
    "ROUND [---]\n"
    "- * + (ON &ALLCHARGES) [1731]\n"
    "- * (AT BORDER) [1732]\n"
    "--- WARN [130] ---\n"
    "WARN\n"
    "~ a (a b DETAIN) WARN = a b 138\n";

class KnowledgeQueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    DictionarySet set;
    read_text(set, d_, kActors, "t.actors", DictionaryKind::kActors);
    read_text(set, d_, kAgents, "t.agents", DictionaryKind::kAgents);
    read_text(set, d_, kDiscards, "t.discards", DictionaryKind::kDiscards);
    read_text(set, d_, kVerbs, "dir/t.verbs", DictionaryKind::kVerbs);
    k_ = compile_knowledge(std::move(set), d_);
  }
  Diagnostics d_;
  std::shared_ptr<const Knowledge> k_;
};

TEST_F(KnowledgeQueryTest, CompilesWithoutProblems) {
  EXPECT_EQ(d_.all().size(), 0u) << messages(d_);
  KnowledgeCounts c = k_->counts();
  EXPECT_EQ(c.actors, 6u);
  EXPECT_EQ(c.actor_phrases, 8u);
  EXPECT_EQ(c.agents, 3u);
  EXPECT_EQ(c.discards, 3u);
  EXPECT_EQ(c.synsets, 2u);
  EXPECT_EQ(c.verb_blocks, 2u);
  EXPECT_EQ(c.verbs, 4u);
  EXPECT_EQ(c.patterns, 2u);
  EXPECT_EQ(c.transformations, 1u);
}

TEST_F(KnowledgeQueryTest, LongestActorMatchIgnoresCase) {
  auto w = words_of(*k_, "the Kosovo Police Service said");
  PhraseMatch m = k_->match_actor(w, 1);
  ASSERT_TRUE(m);
  EXPECT_EQ(m.length, 2u);  // "Kosovo Police"; the 4-word entry needs "spokesman"
  EXPECT_EQ(k_->actor(m.entry).name, "KOSOVO POLICE");
  EXPECT_EQ(k_->actor(m.entry).rule, "t.actors:6");
  EXPECT_FALSE(k_->match_actor(w, 0));
  auto w2 = words_of(*k_, "KOSOVO POLICE SERVICE SPOKESMAN");
  EXPECT_EQ(k_->match_actor(w2, 0).length, 4u);
}

TEST_F(KnowledgeQueryTest, ActorCodeDependsOnTheDate) {
  auto w = words_of(*k_, "Kosovo");
  uint32_t kosovo = k_->match_actor(w, 0).entry;
  EXPECT_EQ(k_->actor_code(kosovo, 19950101), "FRYKSV");
  EXPECT_EQ(k_->actor_code(kosovo, 19990610), "FRYKSV");  // bounds are inclusive; first match wins
  EXPECT_EQ(k_->actor_code(kosovo, 20000101), "KSVUNO");
  EXPECT_EQ(k_->actor_code(kosovo, 20230526), "KSV");     // default
  EXPECT_EQ(k_->actor_code(kosovo, kUnknownDate), "KSV");

  auto v = words_of(*k_, "Vucic");
  uint32_t vucic = k_->match_actor(v, 0).entry;
  EXPECT_EQ(k_->actor_code(vucic, 20100101), "SRBOPP");
  EXPECT_EQ(k_->actor_code(vucic, 20130101), "SRBGOVMIL");
  EXPECT_EQ(k_->actor_code(vucic, 20230526), "SRBGOV");
  EXPECT_EQ(k_->actor_code(vucic, 20120726), "SRBOPP");
  EXPECT_EQ(k_->actor_code(vucic, kUnknownDate), "SRBGOV");  // open upper bound is the latest

  // Undated: an international post says more than a nationality; a country keeps its default.
  auto a = words_of(*k_, "Kofi Annan");
  uint32_t annan = k_->match_actor(a, 0).entry;
  EXPECT_EQ(k_->actor_code(annan, kUnknownDate), "IGOUNO");
  EXPECT_EQ(k_->actor_code(annan, 20100101), "GHA");
}

TEST_F(KnowledgeQueryTest, AgentsAndTheirPlacement) {
  auto w = words_of(*k_, "Serbian police and the foreign ministers and monitors");
  PhraseMatch police = k_->match_agent(w, 1);
  ASSERT_TRUE(police);
  std::string code;
  Knowledge::apply_agent("SRB", k_->agent(police.entry), code);
  EXPECT_EQ(code, "SRBCOP");
  PhraseMatch fm = k_->match_agent(w, 4);
  ASSERT_TRUE(fm);
  EXPECT_EQ(fm.length, 2u);  // plural generated
  PhraseMatch mon = k_->match_agent(w, 7);
  ASSERT_TRUE(mon);
  Knowledge::apply_agent("SRB", k_->agent(mon.entry), code);
  EXPECT_EQ(code, "IGOSRB");
  EXPECT_FALSE(k_->match_agent(w, 2));
}

Document doc_of(const std::string& text) {
  Document doc;
  doc.text = text;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (i > start) {
      Token t;
      t.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(i)};
      t.form = {static_cast<uint32_t>(start), static_cast<uint32_t>(i - start), false};
      doc.tokens.push_back(t);
    }
  }
  return doc;
}

TEST_F(KnowledgeQueryTest, DiscardsBySentenceAndDocument) {
  Document polo = doc_of("Serbia beat Kosovo at water polos on Sunday");
  PhraseMatch m = k_->find_discard(polo, 0, static_cast<uint32_t>(polo.tokens.size()));
  ASSERT_TRUE(m);
  EXPECT_EQ(m.start, 4u);
  EXPECT_EQ(k_->discard(m.entry).level, DiscardLevel::kSentence);
  EXPECT_FALSE(k_->find_document_discard(polo));

  Document football = doc_of("Serbian footballers protested");
  EXPECT_FALSE(k_->find_discard(football, 0, 3));  // FOOTBALL_ is not a stem
  Document song = doc_of("Belgrade hosted the Song Contests final");
  PhraseMatch s = k_->find_document_discard(song);
  ASSERT_TRUE(s);
  EXPECT_EQ(s.start, 3u);
  EXPECT_EQ(k_->discard(s.entry).rule, "t.discards:2");
  Document plain = doc_of("Kosovo police detained three men");
  EXPECT_FALSE(k_->find_discard(plain, 0, 5));
}

TEST_F(KnowledgeQueryTest, VerbsByFormLemmaAndParticles) {
  auto w = words_of(*k_, "police rounded up protesters");
  VerbMatch m = k_->match_verb(w, 1);
  ASSERT_TRUE(m);
  EXPECT_EQ(m.length, 2u);
  Verb v = k_->verb(m.verb);
  EXPECT_EQ(v.name, "ROUND UP");
  EXPECT_EQ(v.code.primary, "173");
  EXPECT_EQ(v.rule, "t.verbs:9");  // rule ids name the file without its directory

  auto w2 = words_of(*k_, "police rounded protesters");
  VerbMatch single = k_->match_verb(w2, 1);
  ASSERT_TRUE(single);
  EXPECT_EQ(k_->verb(single.verb).name, "ROUND");
  EXPECT_TRUE(k_->verb(single.verb).code.is_null());

  // A form the dictionary does not list is found through the lemma.
  auto w3 = words_of(*k_, "they detainees");
  EXPECT_FALSE(k_->match_verb(w3, 1));
  VerbMatch by_lemma = k_->match_verb(w3, 1, k_->word("detain"));
  ASSERT_TRUE(by_lemma);
  EXPECT_EQ(k_->verb(by_lemma.verb).name, "DETAIN");
}

TEST_F(KnowledgeQueryTest, PatternsAreStructuredAndSynsetsResolve) {
  auto w = words_of(*k_, "detained");
  VerbMatch m = k_->match_verb(w, 0);
  ASSERT_TRUE(m);
  std::span<const Pattern> patterns = k_->patterns_for(m.verb);
  ASSERT_EQ(patterns.size(), 2u);
  const Pattern& p = patterns[0];
  EXPECT_EQ(p.code.primary, "1731");
  EXPECT_EQ(p.rule, "t.verbs:11");
  EXPECT_EQ(p.text, "* + (ON &ALLCHARGES)");
  ASSERT_EQ(p.post.size(), 2u);
  EXPECT_EQ(p.post[0].kind, PatternElementKind::kTarget);
  ASSERT_EQ(p.post[1].kind, PatternElementKind::kPrepPhrase);
  auto kids = k_->children(p.post[1]);
  ASSERT_EQ(kids.size(), 2u);
  EXPECT_EQ(kids[0].value, k_->word("on"));
  ASSERT_EQ(kids[1].kind, PatternElementKind::kSynset);
  uint32_t all = kids[1].value;
  EXPECT_EQ(k_->synset("&ALLCHARGES"), all);
  EXPECT_EQ(k_->synset_name(all), "ALLCHARGES");

  auto text = words_of(*k_, "on war crimes charges");
  EXPECT_EQ(k_->match_synset(all, text, 1), 2u);  // nested synset, generated plural
  EXPECT_TRUE(k_->synset_has_word(all, k_->word("accusations")));
  EXPECT_TRUE(k_->synset_has_word(all, k_->word("charge")));
  EXPECT_FALSE(k_->synset_has_word(all, k_->word("border")));
  EXPECT_EQ(k_->synset("&NOPE"), kNoEntry);
}

TEST_F(KnowledgeQueryTest, TransformationsKnowTheirVerbCodes) {
  ASSERT_EQ(k_->transformations().size(), 1u);
  const Transformation& t = k_->transformations()[0];
  EXPECT_EQ(t.inner_code.primary, "173");
  EXPECT_EQ(t.upper_code.primary, "130");
  EXPECT_EQ(t.entry->result_code, "138");
}

TEST(KnowledgeCompileTest, UndefinedAndRecursiveSynsetsAreReported) {
  DictionarySet set;
  Diagnostics d;
  read_text(set, d,
            "&LOOP\n+&LOOP\n+WORD\n"
            "--- HELP [070] ---\nHELP\n- * &MISSING [071]\n- * &LOOP [072]\n",
            "x.verbs", DictionaryKind::kVerbs);
  auto k = compile_knowledge(std::move(set), d);
  EXPECT_EQ(k->counts().patterns, 1u);
  ASSERT_EQ(d.error_count(), 2u) << messages(d);
  EXPECT_EQ(d.all()[0].to_string(), "x.verbs:2: error: synset &LOOP contains itself");
  EXPECT_EQ(d.all()[1].line, 6u);
}

TEST(DateKeyTest, Forms) {
  EXPECT_EQ(date_key("2008-02-17"), 20080217);
  EXPECT_EQ(date_key("2008-02-17T10:00:00Z"), 20080217);
  EXPECT_EQ(date_key("20080217"), 20080217);
  EXPECT_EQ(date_key("080217"), 20080217);
  EXPECT_EQ(date_key("991231"), 19991231);
  EXPECT_EQ(date_key("2023-02-29"), kUnknownDate);
  EXPECT_EQ(date_key("2024-02-29"), 20240229);
  EXPECT_EQ(date_key("May 2023"), kUnknownDate);
  EXPECT_EQ(date_key_to_iso(20080217), "2008-02-17");
}

}  // namespace
}  // namespace faultline
