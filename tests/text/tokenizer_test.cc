#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "text/char_class.h"

namespace faultline {
namespace {

const Tokenizer& tokenizer() {
  static const Tokenizer t;
  return t;
}

Document tokenize(std::string_view text) {
  Document doc;
  doc.text = std::string(text);
  tokenizer().apply(doc);
  return doc;
}

// Token forms joined by single spaces.
std::string forms(std::string_view text) {
  Document doc = tokenize(text);
  std::string out;
  for (const Token& t : doc.tokens) {
    if (!out.empty()) out += ' ';
    out += doc.form(t);
  }
  return out;
}

// Token bytes joined by '|'.
std::string pieces(std::string_view text) {
  Document doc = tokenize(text);
  std::string out;
  for (const Token& t : doc.tokens) {
    if (!out.empty()) out += '|';
    out += doc.token_text(t);
  }
  return out;
}

// Tokens are ordered, disjoint, and cover exactly the non-whitespace bytes of the text.
void expect_exact_cover(const Document& doc) {
  size_t pos = 0;
  for (const Token& t : doc.tokens) {
    ASSERT_LT(t.span.begin, t.span.end);
    ASSERT_LE(pos, t.span.begin);
    while (pos < t.span.begin) {
      size_t ws = whitespace_length(doc.text, pos);
      ASSERT_GT(ws, 0u) << "byte " << pos << " is neither whitespace nor in a token";
      pos += ws;
    }
    ASSERT_EQ(pos, t.span.begin) << "whitespace runs into a token";
    pos = t.span.end;
    ASSERT_LE(pos, doc.text.size());
  }
  while (pos < doc.text.size()) {
    size_t ws = whitespace_length(doc.text, pos);
    ASSERT_GT(ws, 0u) << "trailing byte " << pos << " is not in a token";
    pos += ws;
  }
}

TEST(Tokenizer, SplitsPunctuationFromWords) {
  EXPECT_EQ(forms("Hello, world! Is it (really) over?"), "Hello , world ! Is it ( really ) over ?");
  EXPECT_EQ(forms("They met; talks failed: no deal."), "They met ; talks failed : no deal .");
}

TEST(Tokenizer, SplitsCliticsTheTreebankWay) {
  EXPECT_EQ(forms("Belgrade's envoy"), "Belgrade 's envoy");
  EXPECT_EQ(forms("they're, we've, she'd, we'll, I'm"), "they 're , we 've , she 'd , we 'll , I 'm");
  EXPECT_EQ(forms("can't won't don't isn't"), "ca n't wo n't do n't is n't");
  EXPECT_EQ(forms("We cannot wait"), "We can not wait");
  EXPECT_EQ(forms("KOSOVO'S LEADER"), "KOSOVO 'S LEADER");
  EXPECT_EQ(forms("O'Brien's plan"), "O'Brien 's plan");
}

TEST(Tokenizer, CurlyApostrophesGetAsciiForms) {
  Document doc = tokenize("Serbia\u2019s army didn\u2019t move");
  ASSERT_EQ(doc.tokens.size(), 6u);
  EXPECT_EQ(doc.token_text(doc.tokens[1]), "\u2019s");
  EXPECT_EQ(doc.form(doc.tokens[1]), "'s");
  EXPECT_TRUE(doc.tokens[1].form.in_pool);
  EXPECT_EQ(doc.form(doc.tokens[3]), "did");
  EXPECT_EQ(doc.form(doc.tokens[4]), "n't");
  // A left quote typed for an apostrophe is still one.
  EXPECT_EQ(forms("NATO\u2018s partnership"), "NATO 's partnership");
}

TEST(Tokenizer, FormsPointIntoTheTextWhenUnchanged) {
  Document doc = tokenize("Talks resumed.");
  ASSERT_EQ(doc.tokens.size(), 3u);
  for (const Token& t : doc.tokens) {
    EXPECT_FALSE(t.form.in_pool);
    EXPECT_EQ(t.form.offset, t.span.begin);
    EXPECT_EQ(t.form.length, t.span.size());
  }
  EXPECT_TRUE(doc.pool.empty());
}

TEST(Tokenizer, PossessivePluralApostropheIsItsOwnToken) {
  EXPECT_EQ(forms("the Workers' Party"), "the Workers ' Party");
  EXPECT_EQ(forms("the Workers\u2019 Party"), "the Workers ' Party");
}

TEST(Tokenizer, APossessiveWrittenApartIsOnePossessiveToken) {
  // Tokenized text: "Theresa May \u2019 s offer" means "Theresa May\u2019s offer".
  Document doc = tokenize("Theresa May \u2019 s offer and Iran ' s demand");
  ASSERT_EQ(doc.tokens.size(), 8u);
  EXPECT_EQ(doc.token_text(doc.tokens[2]), "\u2019 s");
  EXPECT_EQ(doc.form(doc.tokens[2]), "'s");
  EXPECT_EQ(doc.form(doc.tokens[6]), "'s");
  expect_exact_cover(doc);
  // An "s" that is no possessive's stays apart: on another line, or a word of its own.
  EXPECT_EQ(forms("May \u2019\ns offer"), "May ` s offer");
  EXPECT_EQ(forms("May ' ss offer"), "May ` ss offer");
}

TEST(TreebankForm, WordsGivenTokenizedGetTheTokenizersForms) {
  std::string scratch;
  EXPECT_EQ(treebank_form("\u2019s", scratch), "'s");
  EXPECT_EQ(treebank_form("Israel\u2019s", scratch), "Israel's");
  EXPECT_EQ(treebank_form("n\u2019t", scratch), "n't");
  EXPECT_EQ(treebank_form("\u201C", scratch), "``");
  EXPECT_EQ(treebank_form("\u201D", scratch), "''");
  EXPECT_EQ(treebank_form("\u2019", scratch), "'");
  EXPECT_EQ(treebank_form("\u2014", scratch), "--");
  EXPECT_EQ(treebank_form("rebel\u2011held", scratch), "rebel-held");
  const std::string_view plain = "Kosovo";
  EXPECT_EQ(treebank_form(plain, scratch).data(), plain.data());  // unchanged: the word itself
}

TEST(Tokenizer, KeepsHyphenatedWordsWhole) {
  EXPECT_EQ(pieces("the Serb-dominated north"), "the|Serb-dominated|north");
  Document doc = tokenize("de\u2011escalation and re\u2010entry");
  ASSERT_EQ(doc.tokens.size(), 3u);
  EXPECT_EQ(doc.form(doc.tokens[0]), "de-escalation");
  EXPECT_EQ(doc.token_text(doc.tokens[0]), "de\u2011escalation");
  EXPECT_EQ(doc.form(doc.tokens[2]), "re-entry");
  EXPECT_EQ(pieces("short- and medium-term"), "short-|and|medium-term");
  EXPECT_EQ(pieces("the U.S.-led force"), "the|U.S.-led|force");
}

TEST(Tokenizer, KeepsNumbersWithSeparatorsWhole) {
  EXPECT_EQ(pieces("1,000 troops, 3.5 percent, 2008-2013, at 16:00"),
            "1,000|troops|,|3.5|percent|,|2008-2013|,|at|16:00");
  EXPECT_EQ(pieces("in 1998, 2000 and 2001"), "in|1998|,|2000|and|2001");
  Document doc = tokenize("2023\u20132024");
  ASSERT_EQ(doc.tokens.size(), 1u);
  EXPECT_EQ(doc.form(doc.tokens[0]), "2023-2024");
}

TEST(Tokenizer, SplitsCurrencyAndPercentSigns) {
  EXPECT_EQ(pieces("$5 and 5% and US$44.31"), "$|5|and|5|%|and|US$|44.31");
  EXPECT_EQ(pieces("(5%)."), "(|5|%|)|.");
}

TEST(Tokenizer, KeepsUrlsAddressesHandlesAndHashtagsWhole) {
  EXPECT_EQ(pieces("See https://example.org/a?b=1&c=(2)."), "See|https://example.org/a?b=1&c=(2)|.");
  EXPECT_EQ(pieces("(www.example.com/news)"), "(|www.example.com/news|)");
  EXPECT_EQ(pieces("Write to press.office@example.co.uk."), "Write|to|press.office@example.co.uk|.");
  EXPECT_EQ(pieces("@UN_News said #Kosovo talks"), "@UN_News|said|#Kosovo|talks");
  EXPECT_EQ(pieces("Source-www.example.com"), "Source-www.example.com");
  EXPECT_EQ(pieces("at example.com."), "at|example.com|.");
  EXPECT_EQ(pieces("#1 seed"), "#|1|seed");
}

TEST(Tokenizer, AbbreviationsKeepTheirPeriod) {
  EXPECT_EQ(pieces("U.S. Gen. Smith met Mr. Jones on Dec. 3 at 9 a.m."),
            "U.S.|Gen.|Smith|met|Mr.|Jones|on|Dec.|3|at|9|a.m.");
  EXPECT_EQ(pieces("Acme Inc. and Foo Ltd. e.g. this"), "Acme|Inc.|and|Foo|Ltd.|e.g.|this");
  EXPECT_EQ(pieces("J. R. Smith"), "J.|R.|Smith");
  EXPECT_EQ(pieces("the U.N. envoy"), "the|U.N.|envoy");
}

TEST(Tokenizer, NumberAbbreviationsKeepTheirPeriodOnlyBeforeANumber) {
  EXPECT_EQ(pieces("Resolution No. 1244"), "Resolution|No.|1244");
  EXPECT_EQ(pieces("The answer was No."), "The|answer|was|No|.");
  EXPECT_EQ(pieces("cost Rs. 3,200"), "cost|Rs.|3,200");
}

TEST(Tokenizer, NumberedLinesKeepTheirMarker) {
  EXPECT_EQ(pieces("Two points:\n1. First\n2. Second"), "Two|points|:|1.|First|2.|Second");
  EXPECT_EQ(pieces("It rose 5. Then"), "It|rose|5|.|Then");
}

TEST(Tokenizer, OtherPeriodsAreTokens) {
  EXPECT_EQ(pieces("at the end of July.while"), "at|the|end|of|July|.|while");
  EXPECT_EQ(pieces("It ended.\"Then"), "It|ended|.|\"|Then");
}

TEST(Tokenizer, UnicodeQuotesDashesAndEllipsesGetTreebankForms) {
  EXPECT_EQ(forms("\u201CYes,\u201D he said \u2018no\u2019 \u2013 then \u2014 \u2026"),
            "`` Yes , '' he said ` no ' -- then -- ...");
  EXPECT_EQ(forms("war - and peace -- or not..."), "war -- and peace -- or not ...");
  EXPECT_EQ(forms("\u00ABNon\u00BB"), "`` Non ''");
}

TEST(Tokenizer, StraightQuotesOpenOrCloseByPosition) {
  EXPECT_EQ(forms("He said \"yes\" and left."), "He said `` yes '' and left .");
  EXPECT_EQ(forms("(\"quoted\")"), "( `` quoted '' )");
  EXPECT_EQ(forms("said,\"We will\""), "said , `` We will ''");
  EXPECT_EQ(forms("'Almost done,' he said"), "` Almost done , ' he said");
  EXPECT_EQ(forms("``Old style''"), "`` Old style ''");
}

TEST(Tokenizer, ClosingQuoteBeforeAMissingSpaceIsNotAnApostrophe) {
  EXPECT_EQ(forms("is \u2018ready to act\u2019with troops"), "is ` ready to act ' with troops");
  EXPECT_EQ(forms("\u2018They don\u2019t,\u2019 he said"), "` They do n't , ' he said");
}

TEST(Tokenizer, DecadesKeepTheirApostrophe) {
  EXPECT_EQ(pieces("in the '90s and \u201980s"), "in|the|'90s|and|\u201980s");
}

TEST(Tokenizer, AmpersandInsideAcronyms) {
  EXPECT_EQ(pieces("AT&T and S&P, Tour & Travel"), "AT&T|and|S&P|,|Tour|&|Travel");
}

TEST(Tokenizer, UnicodeSpacesSeparateTokens) {
  Document doc = tokenize("war\u00A0crimes\u2003trial\u200Bnow\u3000here");
  EXPECT_EQ(doc.tokens.size(), 5u);
  expect_exact_cover(doc);
  EXPECT_EQ(pieces("Vu\u010Di\u0107 met Lajc\u030Ca\u0301k"), "Vu\u010Di\u0107|met|Lajc\u030Ca\u0301k");
}

TEST(Tokenizer, MarksWhitespaceBeforeTokens) {
  Document doc = tokenize(" Talks (resumed).");
  ASSERT_EQ(doc.tokens.size(), 5u);
  EXPECT_FALSE(doc.tokens[0].space_before);  // nothing precedes the first token
  EXPECT_TRUE(doc.tokens[1].space_before);
  EXPECT_FALSE(doc.tokens[2].space_before);
  EXPECT_FALSE(doc.tokens[3].space_before);
  EXPECT_FALSE(doc.tokens[4].space_before);
}

TEST(Tokenizer, ApplyReplacesEarlierAnalysis) {
  Document doc;
  doc.text = "\u201CFirst\u201D";
  tokenizer().apply(doc);
  size_t pool = doc.pool.size();
  tokenizer().apply(doc);
  EXPECT_EQ(doc.tokens.size(), 3u);
  EXPECT_EQ(doc.pool.size(), pool);
}

TEST(Tokenizer, InvalidBytesBecomeSymbols) {
  Document doc = tokenize("ab\xFF" "cd \xC3 \xE2\x80 end\xF0\x9F");
  expect_exact_cover(doc);
  EXPECT_EQ(pieces("ab\xFF" "cd"), "ab|\xFF|cd");
}

TEST(Tokenizer, AnyBytesAreCoveredExactly) {
  std::mt19937 rng(20240607);
  const std::string alphabet[] = {"a", "Z", "7", " ", "\n", ".", ",", "'", "\"", "-", "@", "#", "$", "/",
                                  ":", "(", ")", "\u2019", "\u201C", "\u2011", "\u2013", "\u00A0", "\u2026",
                                  "\xFF", "\xE2", "\x80", "http://", "www.", "n't", "U.S.", "No. 5", "com"};
  std::uniform_int_distribution<size_t> pick(0, std::size(alphabet) - 1);
  std::uniform_int_distribution<int> length(0, 40);
  for (int round = 0; round < 3000; ++round) {
    Document doc;
    int n = length(rng);
    for (int i = 0; i < n; ++i) doc.text += alphabet[pick(rng)];
    tokenizer().apply(doc);
    expect_exact_cover(doc);
    if (::testing::Test::HasFatalFailure()) {
      ADD_FAILURE() << "text: " << doc.text;
      return;
    }
  }
}

}  // namespace
}  // namespace faultline
