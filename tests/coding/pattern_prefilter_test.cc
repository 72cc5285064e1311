// The pattern prefilter rules out exactly the patterns with a word the sentence lacks (as form or
// lemma), and nothing else; synsets and slots are left to the matcher.
#include "coding/pattern_prefilter.h"

#include <gtest/gtest.h>

#include "../knowledge/knowledge_test_support.h"

namespace faultline::coding {
namespace {

using faultline::testing::read_text;
using faultline::testing::words_of;

constexpr const char* kVerbs =
    "&CHARGES\n"
    "+CHARGE\n"
    "+WAR_CRIME\n"
    "--- DETAIN [173] ---\n"
    "DETAIN\n"
    "- * + (ON &CHARGES) [1731]\n"
    "- * {AT THE BORDER} [1732]\n"
    "- &CHARGES * [1733]\n";

class PatternPrefilterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    DictionarySet set;
    Diagnostics d;
    read_text(set, d, kVerbs, "t.verbs", DictionaryKind::kVerbs);
    k_ = compile_knowledge(std::move(set), d);
    ASSERT_EQ(k_->all_patterns().size(), 3u);
  }
  const Pattern& pattern(size_t i) const { return k_->all_patterns()[i]; }
  std::shared_ptr<const Knowledge> k_;
};

TEST_F(PatternPrefilterTest, APatternNeedsEveryWordItNames) {
  PatternPrefilter filter(*k_);
  const std::vector<WordId> words = words_of(*k_, "police detained him at the border");
  filter.set_sentence(words, words);
  EXPECT_FALSE(filter.may_match(pattern(0)));  // no ON
  EXPECT_TRUE(filter.may_match(pattern(1)));   // AT, THE and BORDER inside the noun phrase
  EXPECT_TRUE(filter.may_match(pattern(2)));   // a synset alone rules nothing out
}

TEST_F(PatternPrefilterTest, LemmasCountAndEachSentenceStartsAfresh) {
  PatternPrefilter filter(*k_);
  const std::vector<WordId> words = words_of(*k_, "detained xx charges");
  const std::vector<WordId> lemmas = words_of(*k_, "detain on charge");
  filter.set_sentence(words, lemmas);
  EXPECT_TRUE(filter.may_match(pattern(0)));
  EXPECT_FALSE(filter.may_match(pattern(1)));
  const std::vector<WordId> other = words_of(*k_, "detained at the border");
  filter.set_sentence(other, other);
  EXPECT_FALSE(filter.may_match(pattern(0)));
  EXPECT_TRUE(filter.may_match(pattern(1)));
}

TEST_F(PatternPrefilterTest, APatternFromElsewhereMayAlwaysMatch) {
  PatternPrefilter filter(*k_);
  filter.set_sentence({}, {});
  const Pattern copy = pattern(1);
  EXPECT_TRUE(filter.may_match(copy));
  EXPECT_FALSE(filter.may_match(pattern(1)));
}

TEST_F(PatternPrefilterTest, SynsetsSayWhereAMemberMayBegin) {
  EXPECT_TRUE(k_->may_begin_synset(k_->word("charge")));
  EXPECT_TRUE(k_->may_begin_synset(k_->word("charges")));  // generated plural
  EXPECT_TRUE(k_->may_begin_synset(k_->word("war")));      // WAR_CRIME
  EXPECT_FALSE(k_->may_begin_synset(k_->word("crime")));   // inside a phrase only
  EXPECT_FALSE(k_->may_begin_synset(k_->word("border")));
  EXPECT_FALSE(k_->may_begin_synset(kNoWord));
}

}  // namespace
}  // namespace faultline::coding
