#include "nlp/lemmatizer.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "support/figures.h"
#include "support/shared_data.h"

namespace faultline {
namespace {

namespace fs = std::filesystem;

// WordNet's dictionary: $FAULTLINE_WORDNET_DIR, else where Debian's wordnet-base puts it.
std::string wordnet_dir() {
  if (const char* env = std::getenv("FAULTLINE_WORDNET_DIR"); env && *env) return env;
  return "/usr/share/wordnet";
}

// Skips the test when WordNet is not installed, except under CI=true, where scripts/setup.sh
// installs it and its absence is a failure.
#define FAULTLINE_REQUIRE_WORDNET()                                                                 \
  do {                                                                                              \
    if (!fs::exists(fs::path(wordnet_dir()) / "index.noun")) {                                      \
      if (::faultline::testing::running_in_ci()) {                                                  \
        FAIL() << "CI=true but WordNet is missing at " << wordnet_dir();                            \
      } else {                                                                                      \
        GTEST_SKIP() << "WordNet not found at " << wordnet_dir()                                    \
                     << " (install the Debian package wordnet-base or set FAULTLINE_WORDNET_DIR)"; \
      }                                                                                             \
    }                                                                                               \
  } while (0)

const Lemmatizer& wordnet_lemmatizer() {
  static std::unique_ptr<Lemmatizer> lemmatizer = [] {
    auto loaded = Lemmatizer::load(wordnet_dir());
    EXPECT_TRUE(loaded.ok()) << loaded.status().to_string();
    return loaded.ok() ? std::move(*loaded) : nullptr;
  }();
  return *lemmatizer;
}

std::string lemma_of(const Lemmatizer& l, std::string_view form, PosTag tag) {
  std::string scratch;
  return std::string(l.lemma(form, tag, scratch));
}

struct Example {
  const char* form;
  PosTag tag;
  const char* lemma;
};

TEST(Lemmatizer, WordNetMorphyAndOwnTable) {
  FAULTLINE_REQUIRE_WORDNET();
  const Lemmatizer& l = wordnet_lemmatizer();
  using enum PosTag;
  const Example examples[] = {
      // Regular inflections, checked against WordNet's index.
      {"detained", VBD, "detain"}, {"officers", NNS, "officer"}, {"urged", VBD, "urge"},
      {"amassing", VBG, "amass"}, {"ties", NNS, "tie"}, {"talks", NNS, "talk"},
      {"talks", VBZ, "talk"}, {"cities", NNS, "city"}, {"taxes", NNS, "tax"},
      {"churches", NNS, "church"}, {"chairmen", NNS, "chairman"}, {"goes", VBZ, "go"},
      {"flies", VBZ, "fly"}, {"agreed", VBN, "agree"}, {"wanted", VBD, "want"},
      {"making", VBG, "make"}, {"seeing", VBG, "see"}, {"larger", JJR, "large"},
      {"largest", JJS, "large"},
      // Exception lists.
      {"went", VBD, "go"}, {"was", VBD, "be"}, {"were", VBD, "be"}, {"is", VBZ, "be"},
      {"are", VBP, "be"}, {"has", VBZ, "have"}, {"held", VBN, "hold"}, {"crises", NNS, "crisis"},
      {"mice", NNS, "mouse"}, {"women", NNS, "woman"}, {"better", JJR, "good"},
      {"best", JJS, "good"}, {"better", RBR, "well"}, {"fled", VBD, "flee"},
      {"stopped", VBD, "stop"},
      // A base-form tag keeps a form WordNet lists, even where an exception exists.
      {"found", VB, "found"}, {"found", VBD, "find"}, {"lay", VBP, "lay"}, {"lay", VBD, "lie"},
      {"data", NN, "data"},
      // Hoped/hopped, staring/starring, singing: the -e stem unless the consonant would double.
      {"hoped", VBD, "hope"}, {"staring", VBG, "stare"}, {"singing", VBG, "sing"},
      // Nothing to detach, or nothing WordNet knows: the lower-cased form.
      {"news", NN, "news"}, {"news", NNS, "news"}, {"police", NNS, "police"},
      {"Blogging", VBG, "blogging"},
      // Our own table.
      {"'s", VBZ, "be"}, {"'s", POS, "'s"}, {"'re", VBP, "be"}, {"'m", VBP, "be"},
      {"'ve", VBP, "have"}, {"'d", MD, "would"}, {"'d", VBD, "have"}, {"'ll", MD, "will"},
      {"n't", RB, "not"}, {"ca", MD, "can"}, {"wo", MD, "will"}, {"sha", MD, "shall"},
      {"media", NNS, "media"}, {"bases", NNS, "base"}, {"gon", VBG, "go"}, {"na", TO, "to"},
      // Modals and pronouns stay as they are; everything is lower case.
      {"Could", MD, "could"}, {"them", PRP, "them"}, {"Him", PRP, "him"}, {"The", DT, "the"},
      // Proper nouns: lower case; a plain plural of a people or party loses its -s.
      {"Reuters", NNP, "reuters"}, {"Serbs", NNPS, "serb"}, {"Americans", NNPS, "american"},
      {"Philippines", NNPS, "philippines"}, {"Taliban", NNPS, "taliban"},
      // Numbers and punctuation are their own lemma.
      {"1990s", CD, "1990s"}, {"3.5", CD, "3.5"}, {",", Comma, ","}, {"``", OpenQuote, "``"},
      // Capitalised inflected words (headlines, sentence starts).
      {"DETAINED", VBD, "detain"}, {"Officers", NNS, "officer"},
      // Plurals WordNet does not know lose their ending by spelling alone; singulars stay whole.
      {"bloggers", NNS, "blogger"}, {"hashes", NNS, "hash"}, {"CD's", NNS, "cd"},
      {"tweets", VBZ, "tweet"}, {"EWS", NN, "ews"}, {"pos", NN, "pos"}, {"Kurds", NNPS, "kurd"},
      {"mullahs", NNS, "mullah"}, {"counterparties", NNS, "counterparties"},
      {"zorbus", NNS, "zorbus"}, {"zorbass", NNS, "zorbass"},
      // Non-ASCII letters are lower-cased too.
      {"ÉCLAIRS", NNS, "éclair"}, {"ÉCLAIR", NN, "éclair"},
  };
  for (const Example& e : examples) {
    EXPECT_EQ(lemma_of(l, e.form, e.tag), e.lemma) << e.form << "/" << pos_tag_name(e.tag);
  }
}

TEST(Lemmatizer, LoadsWordNet) {
  // Load time is measured by bench/lemmatizer_bench.cc (docs/performance.md), not here.
  FAULTLINE_REQUIRE_WORDNET();
  auto loaded = Lemmatizer::load(wordnet_dir());
  ASSERT_TRUE(loaded.ok()) << loaded.status().to_string();
  EXPECT_GT((*loaded)->word_count(), 150000u);
}

TEST(Lemmatizer, MissingDirectoryNamesTheFile) {
  auto loaded = Lemmatizer::load("/nonexistent/wordnet");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), StatusCode::kNotFound);
  EXPECT_NE(loaded.status().message().find("/nonexistent/wordnet/index.noun"), std::string::npos)
      << loaded.status().message();
  EXPECT_NE(loaded.status().message().find("wordnet-base"), std::string::npos);
}

// A miniature WordNet written by the test, to check the algorithm apart from the real data.
class TinyWordNet : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("faultline_tiny_wordnet_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    const std::string licence = "  1 a licence line that must not become a word  \n";
    write("index.noun", licence + "talk n 2 1 @ 2 0 0 0\nnews n 1 0 1 0 0\nbus n 1 0 1 0 0\n");
    write("index.verb", licence + "hope v 1 0 1 0 0\nhop v 1 0 1 0 0\nsing v 1 0 1 0 0\nsinge v 1 0 1 0 0\n");
    write("index.adj", licence + "large a 1 0 1 0 0\n");
    write("index.adv", licence + "well r 1 0 1 0 0\n");
    write("noun.exc", "geese goose\n");
    write("verb.exc", "sang sing\n");
    write("adj.exc", "");
    write("adv.exc", "better well\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const std::string& name, const std::string& text) { std::ofstream(dir_ / name) << text; }

  fs::path dir_;
};

TEST_F(TinyWordNet, FollowsMorphyOverTheGivenFiles) {
  auto loaded = Lemmatizer::load(dir_.string());
  ASSERT_TRUE(loaded.ok()) << loaded.status().to_string();
  const Lemmatizer& l = **loaded;
  using enum PosTag;
  EXPECT_EQ(lemma_of(l, "talks", NNS), "talk");
  EXPECT_EQ(lemma_of(l, "geese", NNS), "goose");
  EXPECT_EQ(lemma_of(l, "buses", NNS), "bus");
  EXPECT_EQ(lemma_of(l, "news", NNS), "news");
  EXPECT_EQ(lemma_of(l, "sang", VBD), "sing");
  EXPECT_EQ(lemma_of(l, "hoping", VBG), "hope");
  EXPECT_EQ(lemma_of(l, "singing", VBG), "sing");
  EXPECT_EQ(lemma_of(l, "larger", JJR), "large");
  EXPECT_EQ(lemma_of(l, "better", RBR), "well");
  // Not in this WordNet: a plural by spelling alone, a singular only lower-cased.
  EXPECT_EQ(lemma_of(l, "Officers", NNS), "officer");
  EXPECT_EQ(lemma_of(l, "Officer", NN), "officer");
  EXPECT_EQ(lemma_of(l, "Detained", VBD), "detained");
  EXPECT_EQ(lemma_of(l, "a", NN), "a") << "the licence lines are no entries";
}

// The table holds short words in their slots and compares longer ones in its arena: a word that
// shares its first 18 bytes (a slot's) with a listed one is still no match.
TEST_F(TinyWordNet, LongWordsMatchWhole) {
  write("index.noun", "talk n 2 1 @ 2 0 0 0\ncounterrevolutionist n 1 0 1 0 0\nabcdefghijklmnopqr n 1 0 1 0 0\n");
  auto loaded = Lemmatizer::load(dir_.string());
  ASSERT_TRUE(loaded.ok()) << loaded.status().to_string();
  const Lemmatizer& l = **loaded;
  using enum PosTag;
  EXPECT_EQ(lemma_of(l, "Counterrevolutionists", NNS), "counterrevolutionist");
  EXPECT_EQ(lemma_of(l, "counterrevolutionisms", NNS), "counterrevolutionism");  // by spelling
  EXPECT_EQ(lemma_of(l, "abcdefghijklmnopqrs", NNS), "abcdefghijklmnopqr");
  EXPECT_EQ(lemma_of(l, "abcdefghijklmnopqs", NNS), "abcdefghijklmnopq");
  EXPECT_EQ(lemma_of(l, "talks", NNS), "talk");
}

TEST_F(TinyWordNet, MissingExceptionFileIsNamed) {
  fs::remove(dir_ / "verb.exc");
  auto loaded = Lemmatizer::load(dir_.string());
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("verb.exc"), std::string::npos) << loaded.status().message();
}

TEST(Lemmatizer, ApplyReusesTokenBytesWhenTheLemmaEqualsThem) {
  FAULTLINE_REQUIRE_WORDNET();
  const Lemmatizer& l = wordnet_lemmatizer();
  Document doc;
  doc.text = "Police detained two officers, he said.";
  using enum PosTag;
  const std::vector<std::pair<std::string_view, PosTag>> words = {
      {"Police", NNS}, {"detained", VBD}, {"two", CD}, {"officers", NNS},
      {",", Comma},    {"he", PRP},       {"said", VBD}, {".", Period}};
  uint32_t at = 0;
  for (auto [w, tag] : words) {
    uint32_t begin = static_cast<uint32_t>(doc.text.find(w, at));
    Token t;
    t.span = {begin, begin + static_cast<uint32_t>(w.size())};
    t.form = TextRef{begin, static_cast<uint32_t>(w.size()), false};
    t.tag = tag;
    doc.tokens.push_back(t);
    at = t.span.end;
  }
  l.apply(doc);
  std::vector<std::string> lemmas;
  for (const Token& t : doc.tokens) lemmas.emplace_back(doc.lemma(t));
  EXPECT_EQ(lemmas, (std::vector<std::string>{"police", "detain", "two", "officer", ",", "he", "say", "."}));
  EXPECT_FALSE(doc.tokens[2].lemma.in_pool) << "\"two\" is its own lemma: it points into the text";
  EXPECT_EQ(doc.tokens[2].lemma.offset, doc.tokens[2].span.begin);
  EXPECT_FALSE(doc.tokens[5].lemma.in_pool);
  EXPECT_TRUE(doc.tokens[0].lemma.in_pool) << "lower-cased \"Police\" differs from the bytes";
  EXPECT_TRUE(doc.tokens[1].lemma.in_pool);
}

TEST(Lemmatizer, ManyThreadsAgree) {
  FAULTLINE_REQUIRE_WORDNET();
  const Lemmatizer& l = wordnet_lemmatizer();
  using enum PosTag;
  const Example examples[] = {{"detained", VBD, "detain"}, {"crises", NNS, "crisis"},
                              {"went", VBD, "go"},         {"'s", VBZ, "be"},
                              {"Serbs", NNPS, "serb"},     {"ÉCLAIRS", NNS, "éclair"}};
  std::vector<int> failures(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      std::string scratch;
      for (int round = 0; round < 2000; ++round) {
        for (const Example& e : examples) failures[t] += l.lemma(e.form, e.tag, scratch) != e.lemma;
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int f : failures) EXPECT_EQ(f, 0);
}

// Accuracy against an English Web Treebank file's gold lemmas, by the treebank's own XPOS: nouns
// (NN NNS) and verbs (VB*) are the target; proper nouns are reported beside them. Prints the
// figures and, with `misses_to_print`, the most frequent misses. Returns the number of target tokens.
int score_against_treebank(const Lemmatizer& l, const fs::path& conllu, const char* label, size_t misses_to_print) {
  std::ifstream in(conllu);
  EXPECT_TRUE(in) << conllu;
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return s;
  };
  struct Score {
    int total = 0, correct = 0;
  };
  const std::string kProper = "proper noun (not in the target)";
  std::map<std::string, Score> by_group;
  std::map<std::string, int> misses;  // "form/TAG -> ours (gold ...)"
  std::string line, scratch;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    size_t start = 0;
    for (int c = 0; c < 5; ++c) {
      size_t tab = line.find('\t', start);
      cols.push_back(line.substr(start, tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (cols.size() < 5 || cols[0].find_first_of("-.") != std::string::npos) continue;
    // The treebank's ADD (e-mail addresses) maps to NN but is no noun, hence the raw XPOS.
    const std::string& xpos = cols[4];
    std::string group = (xpos == "NN" || xpos == "NNS")     ? "noun"
                        : xpos.starts_with("VB")            ? "verb"
                        : (xpos == "NNP" || xpos == "NNPS") ? kProper
                                                            : "";
    if (group.empty()) continue;
    std::string ours(l.lemma(cols[1], *parse_pos_tag(xpos), scratch));
    std::string gold = lower(cols[2]);
    Score& s = by_group[group];
    ++s.total;
    if (ours == gold) {
      ++s.correct;
    } else if (group != kProper) {
      ++misses[cols[1] + "/" + xpos + " -> " + ours + " (gold " + gold + ")"];
    }
  }
  Score target;
  for (const auto& [group, s] : by_group) {
    std::printf("[lemmatizer] EWT %s %-32s %5d tokens, %5.2f %% correct\n", label, group.c_str(), s.total,
                100.0 * s.correct / std::max(1, s.total));
    if (group != kProper) {
      target.total += s.total;
      target.correct += s.correct;
    }
  }
  testing::report_figure(fmt::format("lemma accuracy, EWT {}, nouns (NN NNS) + verbs (VB*): {:.2f} % of {} tokens",
                                     label, 100.0 * target.correct / std::max(1, target.total), target.total));
  std::vector<std::pair<int, std::string>> ranked;
  for (const auto& [what, n] : misses) ranked.emplace_back(-n, what);
  std::sort(ranked.begin(), ranked.end());
  if (misses_to_print > 0) std::printf("[lemmatizer] most frequent misses:\n");
  for (size_t i = 0; i < ranked.size() && i < misses_to_print; ++i) {
    std::printf("  %3d  %s\n", -ranked[i].first, ranked[i].second.c_str());
  }
  return target.total;
}

TEST(Lemmatizer, AccuracyOnWebTreebankTestNounsAndVerbs) {
  FAULTLINE_REQUIRE_SHARED("corpora/ewt/en_ewt-ud-test.conllu");
  FAULTLINE_REQUIRE_WORDNET();
  int scored = score_against_treebank(wordnet_lemmatizer(),
                                      faultline::testing::shared_dir() / "corpora/ewt/en_ewt-ud-test.conllu",
                                      "test", 40);
  EXPECT_GT(scored, 5000);
}

// The development file was not looked at while writing the rules and our own table: a check that
// they are not fitted to the test file's words.
TEST(Lemmatizer, AccuracyOnWebTreebankDevNounsAndVerbs) {
  FAULTLINE_REQUIRE_SHARED("corpora/ewt/en_ewt-ud-dev.conllu");
  FAULTLINE_REQUIRE_WORDNET();
  int scored = score_against_treebank(wordnet_lemmatizer(),
                                      faultline::testing::shared_dir() / "corpora/ewt/en_ewt-ud-dev.conllu",
                                      "dev", 0);
  EXPECT_GT(scored, 5000);
}

}  // namespace
}  // namespace faultline
