// data/knowledge/verbs.fl: it loads without a problem, covers every CAMEO root and at least 200
// codes, and the patterns behind the seed examples give the codes the codebook asks for.
//
// The spot checks run a deliberately simple matcher over sentences written as blank-separated
// words: the verb is looked up with Knowledge::match_verb, then the patterns of its block are
// tried in the order written and the first whose elements occur in order around the verb wins
// (any words may come between elements; $, + and % take one word; a {...} or (...) group must
// match its children from its first word on). The real coder knows phrases, actors and '_'
// adjacency; these checks are about the knowledge: codes, synset members and pattern order.
#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "knowledge/knowledge.h"
#include "knowledge/knowledge_test_support.h"
#include "support/figures.h"
#include "support/run_tool.h"
#include "support/shared_data.h"

namespace faultline {
namespace {

constexpr size_t kNoMatch = static_cast<size_t>(-1);

class VerbsData : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    KnowledgeFiles files;
    files.verbs = (faultline::testing::source_dir() / "data/knowledge/verbs.fl").string();
    diagnostics_ = new Diagnostics;
    auto loaded = load_knowledge(files, *diagnostics_);
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    knowledge_ = new std::shared_ptr<const Knowledge>(std::move(loaded).value());
  }
  static void TearDownTestSuite() {
    delete knowledge_;
    delete diagnostics_;
    knowledge_ = nullptr;
    diagnostics_ = nullptr;
  }

  const Knowledge& k() const { return **knowledge_; }

  // Length of element `e` matched at words[pos], or 0.
  size_t match_element(const CompiledElement& e, std::span<const WordId> words, size_t pos) const {
    if (pos >= words.size()) return 0;
    switch (e.kind) {
      case PatternElementKind::kWord: return words[pos] == e.value ? 1 : 0;
      case PatternElementKind::kSynset: return k().match_synset(e.value, words, pos);
      case PatternElementKind::kSource:
      case PatternElementKind::kTarget:
      case PatternElementKind::kCompound:
      case PatternElementKind::kSkip: return 1;
      case PatternElementKind::kNounPhrase:
      case PatternElementKind::kPrepPhrase: {
        size_t end = match_sequence(k().children(e), 0, words, pos, true);
        return end == kNoMatch ? 0 : end - pos;
      }
    }
    return 0;
  }

  // Matches elements[index..] in order from words[pos] on (the first at pos when anchored);
  // returns the end of the match or kNoMatch.
  size_t match_sequence(std::span<const CompiledElement> elements, size_t index, std::span<const WordId> words,
                        size_t pos, bool anchored) const {
    if (index == elements.size()) return pos;
    size_t last = anchored ? pos : words.size();
    for (size_t start = pos; start < words.size() && start <= last; ++start) {
      size_t length = match_element(elements[index], words, start);
      if (length == 0) continue;
      size_t end = match_sequence(elements, index + 1, words, start + length, false);
      if (end != kNoMatch) return end;
    }
    return kNoMatch;
  }

  struct Coded {
    std::string verb;     // the dictionary verb found ("CALL ON")
    std::string code;     // the code given ("---" for no event)
    std::string pattern;  // the pattern that gave it, empty when the verb's own code did
  };

  // Codes `sentence` at the word `verb_word` (its first occurrence).
  std::optional<Coded> code(std::string_view sentence, std::string_view verb_word) const {
    std::vector<WordId> words = faultline::testing::words_of(k(), sentence);
    WordId target = k().word(verb_word);
    size_t at = 0;
    while (at < words.size() && words[at] != target) ++at;
    if (at == words.size()) return std::nullopt;
    VerbMatch m = k().match_verb(words, at);
    if (!m) return std::nullopt;
    Verb verb = k().verb(m.verb);
    std::span<const WordId> before(words.data(), m.start);
    std::span<const WordId> after(words.data() + m.start + m.length, words.size() - m.start - m.length);
    for (const Pattern& p : k().patterns_for(m.verb)) {
      if (match_sequence(p.pre, 0, before, 0, false) == kNoMatch) continue;
      if (match_sequence(p.post, 0, after, 0, false) == kNoMatch) continue;
      return Coded{std::string(verb.name), std::string(p.code.primary), std::string(p.text)};
    }
    return Coded{std::string(verb.name), std::string(verb.code.primary), {}};
  }

  void expect_code(std::string_view sentence, std::string_view verb_word, std::string_view expected) const {
    std::optional<Coded> c = code(sentence, verb_word);
    ASSERT_TRUE(c.has_value()) << "no verb at \"" << verb_word << "\" in: " << sentence;
    EXPECT_EQ(c->code, expected) << sentence << "\n  verb " << c->verb << ", pattern \"" << c->pattern << "\"";
  }

  static Diagnostics* diagnostics_;
  static std::shared_ptr<const Knowledge>* knowledge_;
};

Diagnostics* VerbsData::diagnostics_ = nullptr;
std::shared_ptr<const Knowledge>* VerbsData::knowledge_ = nullptr;

TEST_F(VerbsData, LoadsWithoutProblems) {
  EXPECT_EQ(diagnostics_->error_count(), 0u) << faultline::testing::messages(*diagnostics_);
  EXPECT_EQ(diagnostics_->warning_count(), 0u) << faultline::testing::messages(*diagnostics_);
}

TEST_F(VerbsData, CoversAllRootsAndAtLeast200Codes) {
  std::set<std::string> codes;
  auto add = [&](const EventCode& c) {
    if (!c.is_null()) codes.insert(std::string(c.primary));
  };
  for (uint32_t b = 0; b < k().verb_block_count(); ++b) {
    add(k().block(b).code);
    for (const Pattern& p : k().block(b).patterns) add(p.code);
  }
  for (uint32_t v = 0; v < k().verb_count(); ++v) add(k().verb(v).code);
  std::set<std::string> roots;
  for (const std::string& c : codes) {
    ASSERT_GE(c.size(), 3u) << c;
    ASSERT_LE(c.size(), 4u) << c;
    roots.insert(c.substr(0, 2));
  }
  KnowledgeCounts n = k().counts();
  faultline::testing::report_figure("verbs.fl: " + std::to_string(n.verbs) + " verbs in " + std::to_string(n.verb_blocks) +
                                    " blocks, " + std::to_string(n.patterns) + " patterns, " + std::to_string(n.synsets) +
                                    " synsets; " + std::to_string(codes.size()) + " distinct CAMEO codes in " +
                                    std::to_string(roots.size()) + " roots");
  EXPECT_EQ(roots.size(), 20u);
  EXPECT_GE(codes.size(), 200u);
}

TEST_F(VerbsData, EveryCodeIsInTheCodebook) {
  FAULTLINE_REQUIRE_SHARED("reference/cameo-eventcodes.tsv");
  std::set<std::string> known;
  std::string text = faultline::testing::read_file(faultline::testing::shared_dir() / "reference/cameo-eventcodes.tsv");
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(pos, end - pos);
    known.insert(line.substr(0, line.find('\t')));
    pos = end + 1;
  }
  auto check = [&](const EventCode& c, std::string_view where) {
    if (!c.is_null()) {
      EXPECT_TRUE(known.count(std::string(c.primary))) << c.primary << " at " << where;
    }
  };
  for (uint32_t b = 0; b < k().verb_block_count(); ++b) {
    check(k().block(b).code, k().block(b).rule);
    for (const Pattern& p : k().block(b).patterns) check(p.code, p.rule);
  }
  for (uint32_t v = 0; v < k().verb_count(); ++v) check(k().verb(v).code, k().verb(v).rule);
}

// Seed 000: an appeal to release detained officers, and the detention itself.
TEST_F(VerbsData, AppealToReleaseAndDetention) {
  expect_code("the envoy called on Belgrade to release the officers", "called", "0253");
  expect_code("the envoy called for the release of the officers", "called", "0253");
  expect_code("Brussels urged Belgrade to free the three policemen", "urged", "0253");
  expect_code("police detained three officers near the crossing", "detained", "173");
  expect_code("the officers were arrested on espionage charges", "arrested", "173");
  expect_code("authorities rounded up dozens of activists", "rounded", "173");
  expect_code("the court ordered the detention of the mayor", "ordered", "173");
}

// Seed 001: an appeal to lower tensions (0256), and readiness to intervene as a threat (13x).
TEST_F(VerbsData, AppealToDeescalateAndReadinessToIntervene) {
  expect_code("the alliance urged both governments to lower tensions", "urged", "0256");
  expect_code("the alliance urged restraint", "urged", "0256");
  expect_code("mediators called for a ceasefire", "called", "0256");
  expect_code("the council demanded a ceasefire", "demanded", "107");
  expect_code("the mission is ready to intervene if necessary", "intervene", "138");
  expect_code("the alliance could intervene with a military operation", "intervene", "138");
  expect_code("the minister threatened to intervene", "threatened", "138");
  std::optional<Coded> c = code("the mission is ready to intervene if necessary", "intervene");
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->code.substr(0, 2), "13") << "readiness to use force is a threat, not force";
}

// Seed 002: troops massed on the border.
TEST_F(VerbsData, MassingTroops) {
  expect_code("the army is amassing troops along the border", "amassing", "154");
  expect_code("Belgrade massed tanks near the frontier", "massed", "154");
  expect_code("the ministry deployed special police units to the border", "deployed", "153");
  expect_code("the government deployed peacekeepers", "deployed", "074");
}

// Seed 003: talks that end without an agreement are no agreement.
TEST_F(VerbsData, FailedAgreementIsARejectionNotAnAgreement) {
  // Failed talks are a setback between the sides (CAMEO 12, as CAMEO 2.0's FAIL), never 057.
  expect_code("the two sides failed to reach an agreement", "reach", "120");
  expect_code("the two sides reached an agreement", "reached", "057");
  expect_code("the presidents signed an agreement on trade", "signed", "057");
  expect_code("the two sides failed to agree", "agree", "120");
  expect_code("the two sides failed to sign the agreement", "sign", "120");
}

TEST_F(VerbsData, RefusalsHaveTheirOwnCodes) {
  expect_code("the government refused to release the prisoners", "refused", "1243");
  expect_code("the prime minister rejected the peace plan", "rejected", "127");
  expect_code("the president refused to step down", "refused", "1231");
  expect_code("Belgrade refused to negotiate", "refused", "125");
  expect_code("the rebels rejected the accusations", "rejected", "016");
  expect_code("the spokesman declined to comment", "declined", "011");
  expect_code("the leadership rejected mediation", "rejected", "126");
}

TEST_F(VerbsData, ObjectsAndParticlesChangeTheCode) {
  expect_code("the army fired artillery at the village", "fired", "194");
  expect_code("police fired tear gas at the crowd", "fired", "175");
  expect_code("the president accused his counterpart of war crimes", "accused", "1124");
  expect_code("the minister accused Pristina of corruption", "accused", "1121");
  expect_code("Moscow recalled its ambassador", "recalled", "161");
  expect_code("the government expelled the ambassador", "expelled", "161");
  expect_code("Washington imposed sanctions on the company", "imposed", "163");
  expect_code("the union threatened to impose sanctions", "threatened", "1312");
  expect_code("Brussels warned Pristina of political repercussions", "warned", "131");
  expect_code("the leaders met with the envoy", "met", "040");
  expect_code("the leaders met on the sidelines of the summit", "met", "044");
  expect_code("the government lifted the curfew", "lifted", "0813");
  expect_code("the donors cut aid", "cut", "162");
  expect_code("the minister suspended the talks", "suspended", "164");
  expect_code("the prime minister cancelled a planned visit to Malaysia", "cancelled", "160");
  expect_code("the ministry canceled the talks", "canceled", "164");
  expect_code("the government cancelled the curfew", "cancelled", "0813");
  expect_code("the club cancelled the concert", "cancelled", "---");
  expect_code("the government closed its borders with the neighbours", "closed", "191");
  expect_code("the country opened its borders to refugees", "opened", "081");
  expect_code("the troops remained on high alert", "remained", "152");
  expect_code("the two states established diplomatic ties", "established", "054");
  expect_code("the two states are upgrading diplomatic ties", "upgrading", "050");
  expect_code("the militants held villagers as human shields", "held", "184");
  expect_code("the navy strengthened its forces in the strait", "strengthened", "154");
  expect_code("the ministers strengthened their ties", "strengthened", "---");
  expect_code("the agency launched an appeal for humanitarian aid", "launched", "0233");
  expect_code("the agency launched an appeal for funds", "launched", "023");
  expect_code("the lawyers launched an appeal against the verdict", "launched", "---");
  expect_code("the army distributed relief supplies", "distributed", "073");
  expect_code("the president set a 30-day deadline for the agency", "set", "139");
  expect_code("the ministry set up a commission", "set", "---");
  expect_code("the minister attended the summit", "attended", "040");
  expect_code("the envoy will make a two-day visit to Belgrade", "make", "042");
  expect_code("the ministry made a statement", "made", "---");
  expect_code("the armies performed joint war games", "performed", "062");
  expect_code("the government provided humanitarian aid", "provided", "073");
  expect_code("the rebels took two journalists hostage", "took", "181");
  expect_code("the troops broke the ceasefire", "broke", "196");
  expect_code("the envoy pushed Belgrade for a deal", "pushed", "020");
  expect_code("the police pushed the crowd back", "pushed", "---");
  expect_code("the guards tried to break the prisoners", "break", "---");
  expect_code("the rebels broke the truce", "broke", "196");
}

TEST_F(VerbsData, WordNetSynonymsShareTheirBlock) {
  // "gaol" and "collar" come from WordNet's senses of imprison and arrest (tools/wordnet_verbs.py).
  expect_code("police collared the suspect", "collared", "173");
  expect_code("the regime gaoled the journalist", "gaoled", "173");
  expect_code("the foreign ministry recommended talks", "recommended", "026");
}

}  // namespace
}  // namespace faultline
