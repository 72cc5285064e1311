// Sentence boundaries of the five seed reports, decided by hand.
//
// Counts per file, with the non-obvious decisions:
//   000 (13): the section heading is a sentence of its own.
//   001 (29): the headline, every photo caption line (two per photo: credit line and repeated
//             caption) and "(With information from EFE)", "Keep reading:" and the two link titles
//             each stand alone; "end of July.while recalling" is one sentence (a missing space,
//             the clause continues in lower case); a quotation ending "clear." splits before "We".
//   002 (48): "That is an old lesson; World War I began ..." is one sentence; each bullet line is
//             its own unit; the last bullet holds two sentences.
//   003 (44): the site furniture lines ("Accessibility links", "Breaking News") and headings are
//             sentences; the photo caption glued to the first paragraph, ending "(official site)",
//             is separate from "International mediators ..."; "FINALLY STATUS?" is separate from
//             the sentence that follows it on the same line.
//   004 (18): each "(citation: ...)" after a paragraph's last sentence is a caption of its own.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "support/shared_data.h"
#include "text/segmenter.h"

namespace faultline {
namespace {

class SeedSentences : public ::testing::Test {
 protected:
  Document load(std::string_view prefix) {
    Document doc;
    for (const auto& entry : std::filesystem::directory_iterator(testing::shared_dir() / "seeds")) {
      if (entry.path().filename().string().starts_with(prefix)) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        doc.text = buffer.str();
      }
    }
    EXPECT_FALSE(doc.text.empty()) << "no seed " << prefix;
    segmenter_.apply(doc);
    return doc;
  }

  static std::string_view first_word(const Document& doc, size_t sentence) {
    return doc.token_text(doc.tokens[doc.sentences.at(sentence).first_token]);
  }
  static std::string_view last_word(const Document& doc, size_t sentence) {
    const Sentence& s = doc.sentences.at(sentence);
    return doc.token_text(doc.tokens[s.first_token + s.token_count - 1]);
  }
  // The sentence's text begins with `prefix`.
  static bool starts(const Document& doc, size_t sentence, std::string_view prefix) {
    return doc.view(doc.sentences.at(sentence).span).starts_with(prefix);
  }
  static bool ends(const Document& doc, size_t sentence, std::string_view suffix) {
    return doc.view(doc.sentences.at(sentence).span).ends_with(suffix);
  }
  // Index of the sentence containing byte `offset`.
  static size_t sentence_at(const Document& doc, size_t offset) {
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      if (doc.sentences[i].span.begin <= offset && offset < doc.sentences[i].span.end) return i;
    }
    return doc.sentences.size();
  }
  static size_t count_kind(const Document& doc, SentenceKind kind) {
    size_t n = 0;
    for (const Sentence& s : doc.sentences) n += s.kind == kind;
    return n;
  }

  Segmenter segmenter_;
};

TEST_F(SeedSentences, EuTalksReport) {
  FAULTLINE_REQUIRE_SHARED("seeds");
  Document doc = load("000_");
  ASSERT_EQ(doc.sentences.size(), 13u);
  EXPECT_TRUE(starts(doc, 0, "The European Union"));
  EXPECT_TRUE(ends(doc, 0, "in Brussels."));
  EXPECT_TRUE(starts(doc, 1, "Despite urgent calls"));
  EXPECT_TRUE(starts(doc, 4, "The Struggle for"));
  EXPECT_EQ(doc.sentences[4].kind, SentenceKind::kHeadline);
  EXPECT_EQ(doc.sentences[4].token_count, 5u);
  EXPECT_TRUE(ends(doc, 9, "after the dialogues."));
  EXPECT_EQ(first_word(doc, 12), "The");
  EXPECT_EQ(last_word(doc, 12), ".");
  EXPECT_TRUE(ends(doc, 12, "toward resolution."));
}

TEST_F(SeedSentences, NatoWarningReport) {
  FAULTLINE_REQUIRE_SHARED("seeds");
  Document doc = load("001_");
  ASSERT_EQ(doc.sentences.size(), 29u);
  EXPECT_TRUE(starts(doc, 0, "After a new escalation"));
  EXPECT_TRUE(ends(doc, 0, "a military operation"));
  EXPECT_EQ(doc.sentences[0].kind, SentenceKind::kHeadline);
  EXPECT_EQ(doc.sentences[1].kind, SentenceKind::kCaption);
  // The typo "July.while" does not split the sentence.
  size_t july = doc.text.find("July.while");
  ASSERT_NE(july, std::string::npos);
  EXPECT_EQ(sentence_at(doc, july), 2u);
  EXPECT_TRUE(ends(doc, 2, "if necessary."));
  // A quotation of two sentences splits inside the quotation marks.
  size_t clear = doc.text.find("also be clear.");
  ASSERT_NE(clear, std::string::npos);
  size_t quote = sentence_at(doc, clear);
  EXPECT_TRUE(ends(doc, quote, "also be clear."));
  EXPECT_TRUE(starts(doc, quote + 1, "We will do whatever"));
  EXPECT_EQ(count_kind(doc, SentenceKind::kCaption), 9u);  // six photo lines, one credit line, EFE, "Keep reading:"
  EXPECT_EQ(last_word(doc, 28), "Source-www.infobae.com");
  EXPECT_EQ(doc.sentences[28].token_count, 1u);
}

TEST_F(SeedSentences, OpinionPieceWithBullets) {
  FAULTLINE_REQUIRE_SHARED("seeds");
  Document doc = load("002_");
  ASSERT_EQ(doc.sentences.size(), 48u);
  EXPECT_TRUE(starts(doc, 0, "In the Balkans,"));
  EXPECT_TRUE(ends(doc, 0, "too late."));
  EXPECT_TRUE(starts(doc, 2, "That is an old lesson;"));
  EXPECT_TRUE(ends(doc, 2, "Dayton Accords."));
  for (size_t i = 40; i <= 46; ++i) {
    EXPECT_EQ(first_word(doc, i), "\u2022") << i;
    EXPECT_EQ(doc.sentences[i].kind, SentenceKind::kBody) << i;
  }
  EXPECT_TRUE(starts(doc, 47, "Serbia joined the PfP"));
  EXPECT_TRUE(ends(doc, 47, "NATO\u00A0aspirations."));
}

TEST_F(SeedSentences, RadioReportWithSiteFurniture) {
  FAULTLINE_REQUIRE_SHARED("seeds");
  Document doc = load("003_");
  ASSERT_EQ(doc.sentences.size(), 44u);
  EXPECT_TRUE(starts(doc, 0, "Accessibility links"));
  EXPECT_EQ(doc.sentences[0].kind, SentenceKind::kHeadline);
  EXPECT_TRUE(starts(doc, 2, "Kosovo: Internationally"));
  EXPECT_EQ(doc.sentences[2].kind, SentenceKind::kHeadline);
  EXPECT_TRUE(starts(doc, 3, "U.S., EU, and Russian envoys"));
  EXPECT_TRUE(ends(doc, 3, "(official site)"));
  EXPECT_EQ(doc.sentences[3].kind, SentenceKind::kCaption);
  EXPECT_TRUE(starts(doc, 4, "International mediators"));
  size_t kicker = doc.text.find("FINALLY STATUS?");
  ASSERT_NE(kicker, std::string::npos);
  size_t k = sentence_at(doc, kicker);
  EXPECT_EQ(doc.sentences[k].token_count, 3u);
  EXPECT_TRUE(starts(doc, k + 1, "Sabine Freizer"));
  EXPECT_TRUE(starts(doc, 43, "To find out more"));
}

TEST_F(SeedSentences, JointStatementWithCitations) {
  FAULTLINE_REQUIRE_SHARED("seeds");
  Document doc = load("004_");
  ASSERT_EQ(doc.sentences.size(), 18u);
  EXPECT_TRUE(starts(doc, 0, "The United States and the European Union"));
  EXPECT_TRUE(ends(doc, 3, "security framework."));
  EXPECT_TRUE(starts(doc, 4, "(citation:"));
  EXPECT_EQ(doc.sentences[4].kind, SentenceKind::kCaption);
  EXPECT_EQ(count_kind(doc, SentenceKind::kCaption), 4u);
  EXPECT_TRUE(starts(doc, 5, "Within the same dialogue"));
  EXPECT_TRUE(ends(doc, 17, "2024)"));
  // "de‑escalation" with a non-breaking hyphen is one token written with an ASCII hyphen.
  const Token& t = doc.tokens[doc.sentences[0].first_token + 14];
  EXPECT_EQ(doc.form(t), "de-escalation");
}

}  // namespace
}  // namespace faultline
