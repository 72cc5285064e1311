// The dictionary word table: ids by first interning, case-insensitive look-ups, long words that
// differ late, and absent words — checked against a plain map of upper-cased words.
#include "knowledge/word_table.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <unordered_map>

namespace faultline {
namespace {

std::string upper(std::string s) {
  for (char& c : s) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  return s;
}

TEST(WordTable, InternsOnceAndFindsAnyCase) {
  WordTable t;
  EXPECT_EQ(t.find("serbia"), WordTable::kNone);  // empty table
  const uint32_t serbia = t.intern("Serbia");
  EXPECT_EQ(t.intern("SERBIA"), serbia);
  EXPECT_EQ(t.intern("serbia"), serbia);
  EXPECT_EQ(t.find("sErBiA"), serbia);
  EXPECT_EQ(t.text(serbia), "SERBIA");
  EXPECT_EQ(t.size(), 1u);
  const uint32_t us = t.intern("U.S.");
  EXPECT_NE(us, serbia);
  EXPECT_EQ(t.find("u.s."), us);
  EXPECT_EQ(t.find("US"), WordTable::kNone);
  EXPECT_EQ(t.find("Serbi"), WordTable::kNone);
  EXPECT_EQ(t.find("Serbias"), WordTable::kNone);
  EXPECT_EQ(t.find(""), WordTable::kNone);
}

TEST(WordTable, LongWordsCompareWhole) {
  WordTable t;
  // The same first 30 bytes, then different.
  const std::string stem = "international_criminal_tribun";
  const uint32_t a = t.intern(stem + "al_A");
  const uint32_t b = t.intern(stem + "al_B");
  EXPECT_NE(a, b);
  EXPECT_EQ(t.find(upper(stem + "al_a")), a);
  EXPECT_EQ(t.find(stem + "AL_b"), b);
  EXPECT_EQ(t.find(stem + "al_C"), WordTable::kNone);
  EXPECT_EQ(t.find(stem + "al_"), WordTable::kNone);
  EXPECT_EQ(t.find(stem + "al_AB"), WordTable::kNone);
  const uint32_t c24 = t.intern(std::string(24, 'x'));
  const uint32_t c25 = t.intern(std::string(25, 'x'));
  EXPECT_NE(c24, c25);
  EXPECT_EQ(t.find(std::string(24, 'X')), c24);
  EXPECT_EQ(t.find(std::string(25, 'X')), c25);
  EXPECT_EQ(t.find(std::string(23, 'x')), WordTable::kNone);
  EXPECT_EQ(t.find(std::string(26, 'x')), WordTable::kNone);
}

TEST(WordTable, ZeroBytesAndNonAsciiAreBytesLikeAnyOther) {
  WordTable t;
  const uint32_t ab = t.intern("ab");
  const uint32_t ab0 = t.intern(std::string("ab\0", 3));  // "ab" and a zero byte: one longer
  EXPECT_NE(ab, ab0);
  EXPECT_EQ(t.find("AB"), ab);
  EXPECT_EQ(t.find(std::string("AB\0", 3)), ab0);
  const uint32_t zvecan = t.intern("Zvečan");
  EXPECT_EQ(t.find("ZVEčAN"), zvecan);  // only ASCII letters change case
  EXPECT_EQ(t.find("ZVEČAN"), WordTable::kNone);
}

TEST(WordTable, AgreesWithAMapOfUpperCasedWords) {
  std::mt19937 rng(13);
  const std::string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.'-";
  auto random_word = [&] {
    std::uniform_int_distribution<int> length(1, rng() % 8 == 0 ? 40 : 12);
    std::uniform_int_distribution<size_t> letter(0, alphabet.size() - 1);
    std::string w(static_cast<size_t>(length(rng)), ' ');
    for (char& c : w) c = alphabet[letter(rng)];
    return w;
  };
  WordTable t;
  std::unordered_map<std::string, uint32_t> expected;
  for (int i = 0; i < 30000; ++i) {  // enough to grow the table several times
    const std::string w = random_word();
    const uint32_t id = t.intern(w);
    auto [it, added] = expected.emplace(upper(w), static_cast<uint32_t>(expected.size()));
    ASSERT_EQ(id, it->second) << w;
    (void)added;
  }
  ASSERT_EQ(t.size(), expected.size());
  for (const auto& [w, id] : expected) {
    ASSERT_EQ(t.find(w), id) << w;
    std::string lower = w;
    for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    ASSERT_EQ(t.find(lower), id) << w;
    ASSERT_EQ(t.text(id), w);
  }
  size_t absent = 0;
  for (int i = 0; i < 30000; ++i) {
    const std::string w = random_word();
    auto it = expected.find(upper(w));
    ASSERT_EQ(t.find(w), it == expected.end() ? WordTable::kNone : it->second) << w;
    absent += it == expected.end();
  }
  EXPECT_GT(absent, 10000u);
}

}  // namespace
}  // namespace faultline
