#include "text/segmenter.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/shared_data.h"
#include "text/char_class.h"

namespace faultline {
namespace {

const Segmenter& segmenter() {
  static const Segmenter s;
  return s;
}

Document segment(std::string_view text) {
  Document doc;
  doc.text = std::string(text);
  segmenter().apply(doc);
  return doc;
}

// Each sentence's bytes, from its first to its last token.
std::vector<std::string> sentences(std::string_view text) {
  Document doc = segment(text);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.view(s.span));
  return out;
}

using Texts = std::vector<std::string>;

std::vector<SentenceKind> kinds(std::string_view text) {
  Document doc = segment(text);
  std::vector<SentenceKind> out;
  for (const Sentence& s : doc.sentences) out.push_back(s.kind);
  return out;
}

// Sentences partition the tokens in order; spans run from first to last token; tokens cover
// exactly the non-whitespace bytes.
void expect_consistent(const Document& doc) {
  uint32_t next_token = 0;
  for (const Sentence& s : doc.sentences) {
    ASSERT_EQ(s.first_token, next_token);
    ASSERT_GT(s.token_count, 0u);
    ASSERT_LE(s.first_token + s.token_count, doc.tokens.size());
    EXPECT_EQ(s.span.begin, doc.tokens[s.first_token].span.begin);
    EXPECT_EQ(s.span.end, doc.tokens[s.first_token + s.token_count - 1].span.end);
    next_token = s.first_token + s.token_count;
  }
  ASSERT_EQ(next_token, doc.tokens.size());
  size_t pos = 0;
  for (const Token& t : doc.tokens) {
    ASSERT_LT(t.span.begin, t.span.end);
    ASSERT_LE(pos, t.span.begin);
    while (pos < t.span.begin) {
      size_t ws = whitespace_length(doc.text, pos);
      ASSERT_GT(ws, 0u) << "byte " << pos << " belongs to no token";
      pos += ws;
    }
    ASSERT_EQ(pos, t.span.begin);
    pos = t.span.end;
  }
  while (pos < doc.text.size()) {
    size_t ws = whitespace_length(doc.text, pos);
    ASSERT_GT(ws, 0u) << "trailing byte " << pos << " belongs to no token";
    pos += ws;
  }
}

TEST(Segmenter, EndsSentencesAtFinalPunctuation) {
  EXPECT_EQ(sentences("Talks failed. Did they? Yes!  Both sides left."),
            (Texts{"Talks failed.", "Did they?", "Yes!", "Both sides left."}));
}

TEST(Segmenter, ClosingQuotesAndBracketsStayInTheSentence) {
  EXPECT_EQ(sentences("He said \u201CNo.\u201D Then he left. (It rained.) The end."),
            (Texts{"He said \u201CNo.\u201D", "Then he left.", "(It rained.)", "The end."}));
  EXPECT_EQ(sentences("She called it \"a useful step.\" Others disagreed."),
            (Texts{"She called it \"a useful step.\"", "Others disagreed."}));
}

TEST(Segmenter, DoesNotSplitBeforeLowerCaseOrContinuingPunctuation) {
  EXPECT_EQ(sentences("The plane (photo not found.) is a trainer."), (Texts{"The plane (photo not found.) is a trainer."}));
  EXPECT_EQ(sentences("\u201CWe are ready.\u201D said the minister."), (Texts{"\u201CWe are ready.\u201D said the minister."}));
  EXPECT_EQ(sentences("Yahoo!, the company, agreed."), (Texts{"Yahoo!, the company, agreed."}));
}

TEST(Segmenter, TitlesAndInitialsDoNotEndSentences) {
  EXPECT_EQ(sentences("Gen. Smith met Mr. Jones and Dr. Brown."), (Texts{"Gen. Smith met Mr. Jones and Dr. Brown."}));
  EXPECT_EQ(sentences("J. R. Smith and George W. Bush spoke."), (Texts{"J. R. Smith and George W. Bush spoke."}));
  EXPECT_EQ(sentences("They agreed on Dec. 31 to meet. Resolution No. 1244 applies."),
            (Texts{"They agreed on Dec. 31 to meet.", "Resolution No. 1244 applies."}));
}

TEST(Segmenter, AbbreviationsEndSentencesOnlyBeforeAClearStart) {
  EXPECT_EQ(sentences("Troops were sent by the U.S. The talks resumed."),
            (Texts{"Troops were sent by the U.S.", "The talks resumed."}));
  EXPECT_EQ(sentences("The U.S. Army left at 10 a.m. Monday."), (Texts{"The U.S. Army left at 10 a.m. Monday."}));
  EXPECT_EQ(sentences("He joined Acme Inc. He left in May."), (Texts{"He joined Acme Inc.", "He left in May."}));
  EXPECT_EQ(sentences("They chose Plan B. The others objected."), (Texts{"They chose Plan B.", "The others objected."}));
}

TEST(Segmenter, Ellipses) {
  EXPECT_EQ(sentences("He paused ... then spoke."), (Texts{"He paused ... then spoke."}));
  EXPECT_EQ(sentences("It was over\u2026 The next day began."), (Texts{"It was over\u2026", "The next day began."}));
  EXPECT_EQ(sentences("Police arrested 18 people in their...\nCAIRO -- Police said so."),
            (Texts{"Police arrested 18 people in their...", "CAIRO --", "Police said so."}));
}

TEST(Segmenter, BlankLinesAlwaysEndASentence) {
  EXPECT_EQ(sentences("the talks went on\n\nand on"), (Texts{"the talks went on", "and on"}));
  EXPECT_EQ(sentences("One part\n \u00A0\t\nanother part"), (Texts{"One part", "another part"}));
}

TEST(Segmenter, LinesWithoutFinalPunctuationStandAlone) {
  EXPECT_EQ(sentences("Talks Collapse in Brussels\nThe talks ended without a deal."),
            (Texts{"Talks Collapse in Brussels", "The talks ended without a deal."}));
  EXPECT_EQ(kinds("Talks Collapse in Brussels\nThe talks ended without a deal."),
            (std::vector{SentenceKind::kHeadline, SentenceKind::kBody}));
  EXPECT_EQ(kinds("Talks End Without Deal\n\nNo agreement was reached."),
            (std::vector{SentenceKind::kHeadline, SentenceKind::kBody}));
}

TEST(Segmenter, WrappedLinesContinue) {
  EXPECT_EQ(sentences("The minister met the envoy\nin Brussels on Monday."),
            (Texts{"The minister met the envoy\nin Brussels on Monday."}));
  EXPECT_EQ(sentences("The minister held talks with\nPresident Vucic on Monday."),
            (Texts{"The minister held talks with\nPresident Vucic on Monday."}));
  EXPECT_EQ(sentences("Officials from Serbia,\nKosovo and the EU met."), (Texts{"Officials from Serbia,\nKosovo and the EU met."}));
  EXPECT_EQ(sentences("He said no.\nThe end."), (Texts{"He said no.", "The end."}));
}

TEST(Segmenter, WireDatelines) {
  Document doc = segment("BRUSSELS (Reuters) - The EU urged calm on Thursday.");
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.view(doc.sentences[0].span), "BRUSSELS (Reuters) -");
  EXPECT_EQ(doc.sentences[0].kind, SentenceKind::kDateline);
  EXPECT_EQ(doc.sentences[1].kind, SentenceKind::kBody);

  EXPECT_EQ(sentences("Headline here\nPRISTINA, Kosovo (AP) \u2014 Police said two men were held."),
            (Texts{"Headline here", "PRISTINA, Kosovo (AP) \u2014", "Police said two men were held."}));
  EXPECT_EQ(sentences("HAVANA, Cuba (Reuters) -- Officials met."), (Texts{"HAVANA, Cuba (Reuters) --", "Officials met."}));
  EXPECT_EQ(sentences("LAGOS, May 28 (Xinhua) -- Police said."), (Texts{"LAGOS, May 28 (Xinhua) --", "Police said."}));
  EXPECT_EQ(sentences("NEW DELHI: A court ruled."), (Texts{"NEW DELHI:", "A court ruled."}));
  EXPECT_EQ(sentences("CAPE CANAVERAL, Fla.\n-- The launch slipped."),
            (Texts{"CAPE CANAVERAL, Fla.\n--", "The launch slipped."}));
  EXPECT_EQ(sentences("Dec. 31, 2000 -- Crowds gathered."), (Texts{"Dec. 31, 2000 --", "Crowds gathered."}));
  EXPECT_EQ(kinds("WASHINGTON -- Congress voted."), (std::vector{SentenceKind::kDateline, SentenceKind::kBody}));
}

TEST(Segmenter, DatelinesOnlyOpenAParagraph) {
  EXPECT_EQ(sentences("He flew to BRUSSELS - again."), (Texts{"He flew to BRUSSELS - again."}));
  EXPECT_EQ(sentences("NATO on Monday urged calm."), (Texts{"NATO on Monday urged calm."}));
  EXPECT_EQ(kinds("VIDEO: Leaders meet in Brussels"), (std::vector{SentenceKind::kCaption}));  // a rubric, no place
}

TEST(Segmenter, Captions) {
  EXPECT_EQ(kinds("Police patrol near the border (REUTERS/Jane Roe)\nThe talks resumed."),
            (std::vector{SentenceKind::kCaption, SentenceKind::kBody}));
  EXPECT_EQ(kinds("The talks resumed.\n\n(With reporting by Jane Roe)"),
            (std::vector{SentenceKind::kBody, SentenceKind::kCaption}));
  EXPECT_EQ(kinds("Photo: Leaders in Brussels on Monday\n\nKeep reading:"),
            (std::vector{SentenceKind::kCaption, SentenceKind::kCaption}));
  EXPECT_EQ(kinds("It ended. (citation: a wire report, 2024)\nNext day."),
            (std::vector{SentenceKind::kBody, SentenceKind::kCaption, SentenceKind::kBody}));
}

TEST(Segmenter, InlinePhotoCreditEndsACaption) {
  Document doc = segment("Envoys met in Brussels on Monday (file photo) Mediators said the talks failed.");
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.view(doc.sentences[0].span), "Envoys met in Brussels on Monday (file photo)");
  EXPECT_EQ(doc.sentences[0].kind, SentenceKind::kCaption);
  EXPECT_EQ(sentences("Blame me (for the memo) I said."), (Texts{"Blame me (for the memo) I said."}));
}

TEST(Segmenter, BulletsAndNumberedLines) {
  EXPECT_EQ(sentences("Options:\n\u2022 seek a deal;\n\u2022 Deploy troops and\n\u2022 wait."),
            (Texts{"Options:", "\u2022 seek a deal;", "\u2022 Deploy troops and", "\u2022 wait."}));
  EXPECT_EQ(sentences("1. What happened?\n2. Who is to blame?"), (Texts{"1. What happened?", "2. Who is to blame?"}));
  EXPECT_EQ(kinds("\u2022 seek a deal;\n\u2022 deploy troops"), (std::vector{SentenceKind::kBody, SentenceKind::kBody}));
}

TEST(Segmenter, NumbersGluedToPeriodsDoNotEndSentences) {
  EXPECT_EQ(sentences("The price is Rs. 3,200 per tonne."), (Texts{"The price is Rs. 3,200 per tonne."}));
  EXPECT_EQ(sentences("It grew 3.5 percent. 2008 was worse."), (Texts{"It grew 3.5 percent.", "2008 was worse."}));
}

TEST(Segmenter, DetachedPeriodsOfTokenizedTextMeanWhatGluedOnesDo) {
  EXPECT_EQ(sentences("Mr . Sisi met Sen . Mitch McConnell on Nov . 2 in the U . S capital ."),
            (Texts{"Mr . Sisi met Sen . Mitch McConnell on Nov . 2 in the U . S capital ."}));
  EXPECT_EQ(sentences("Ireland gave $ 3 . 5 million to Lebanon ."), (Texts{"Ireland gave $ 3 . 5 million to Lebanon ."}));
  // A detached period still ends a sentence where a glued one would.
  EXPECT_EQ(sentences("Talks ended in Nov . The envoy left ."), (Texts{"Talks ended in Nov .", "The envoy left ."}));
  EXPECT_EQ(sentences("Troops left in 2008 . Five returned ."), (Texts{"Troops left in 2008 .", "Five returned ."}));
  EXPECT_EQ(sentences("They met President George H . W . Bush ."), (Texts{"They met President George H . W . Bush ."}));
  EXPECT_EQ(sentences("Shares of Acme Inc . Analysts said ."), (Texts{"Shares of Acme Inc . Analysts said ."}));
  EXPECT_EQ(sentences("Shares of Acme Inc . The envoy left ."), (Texts{"Shares of Acme Inc .", "The envoy left ."}));
}

TEST(Segmenter, EmptyAndBlankDocuments) {
  EXPECT_TRUE(segment("").sentences.empty());
  Document doc = segment(" \n\u00A0\t ");
  EXPECT_TRUE(doc.tokens.empty());
  EXPECT_TRUE(doc.sentences.empty());
  EXPECT_EQ(sentences("Hello"), (Texts{"Hello"}));
}

TEST(Segmenter, ApplyClearsEarlierAnalysis) {
  Document doc;
  doc.text = "One. Two.";
  doc.chunks.push_back({});
  segmenter().apply(doc);
  segmenter().apply(doc);
  EXPECT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.tokens.size(), 4u);
  EXPECT_TRUE(doc.chunks.empty());
  expect_consistent(doc);
}

TEST(Segmenter, NewsSamplesAreSegmentedConsistently) {
  FAULTLINE_REQUIRE_SHARED("corpora/news-samples");
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(testing::shared_dir() / "corpora/news-samples")) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    Document doc;
    doc.text = buffer.str();
    segmenter().apply(doc);
    SCOPED_TRACE(entry.path().filename().string());
    ASSERT_FALSE(doc.tokens.empty());
    expect_consistent(doc);
    ++files;
  }
  EXPECT_GE(files, 20u);
}

}  // namespace
}  // namespace faultline
