// The committed POS and chunk models (data/models): accuracy on CoNLL-2000's test section against
// the project's floors, and behaviour on small hand-written documents.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "nlp/chunk_scoring.h"
#include "nlp/chunker.h"
#include "nlp/conll_corpus.h"
#include "nlp/iob.h"
#include "nlp/pos_tagger.h"
#include "support/figures.h"
#include "support/shared_data.h"

namespace faultline {
namespace {

std::string model_path(const char* name) { return (testing::source_dir() / "data/models" / name).string(); }

const PosTagger& tagger() {
  static auto t = PosTagger::load(model_path("pos.model"));
  EXPECT_TRUE(t.ok()) << t.status().to_string();
  return **t;
}
const Chunker& chunker() {
  static auto c = Chunker::load(model_path("chunk.model"));
  EXPECT_TRUE(c.ok()) << c.status().to_string();
  return **c;
}

// A document of one pre-tokenized sentence per string (words separated by spaces).
Document document_of(std::initializer_list<const char*> sentences) {
  std::vector<TaggedSentence> tagged;
  for (const char* s : sentences) {
    TaggedSentence t;
    std::istringstream in(s);
    for (std::string w; in >> w;) t.words.push_back(w);
    t.tags.assign(t.words.size(), PosTag::kNone);
    tagged.push_back(std::move(t));
  }
  return pretokenized_document(tagged);
}

PosTag tag_of(const Document& doc, std::string_view word) {
  for (const Token& t : doc.tokens) {
    if (doc.form(t) == word) return t.tag;
  }
  ADD_FAILURE() << "no token " << word;
  return PosTag::kNone;
}

// Every I-X continues a chunk of type X, and doc.chunks lists exactly the chunks of the labels.
void expect_valid_iob2(const Document& doc) {
  std::vector<Chunk> expected;
  auto check_range = [&](uint32_t first, uint32_t count) {
    for (uint32_t i = 0; i < count; ++i) {
      const ChunkLabel l = doc.tokens[first + i].chunk;
      if (!l.is_inside()) continue;
      ASSERT_GT(i, 0u) << "sentence starts inside a chunk";
      const ChunkLabel prev = doc.tokens[first + i - 1].chunk;
      EXPECT_FALSE(prev.is_outside());
      EXPECT_EQ(prev.type(), l.type());
    }
    std::vector<ChunkLabel> labels;
    for (uint32_t i = 0; i < count; ++i) labels.push_back(doc.tokens[first + i].chunk);
    append_chunks(labels, first, expected);
  };
  if (doc.sentences.empty()) {
    check_range(0, static_cast<uint32_t>(doc.tokens.size()));
  } else {
    for (const Sentence& s : doc.sentences) check_range(s.first_token, s.token_count);
  }
  ASSERT_EQ(doc.chunks.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(doc.chunks[i].first_token, expected[i].first_token);
    EXPECT_EQ(doc.chunks[i].token_count, expected[i].token_count);
    EXPECT_EQ(doc.chunks[i].type, expected[i].type);
  }
}

TEST(TaggerAccuracy, ConllTestSectionMeetsTheFloors) {
  FAULTLINE_REQUIRE_SHARED("corpora/conll2000/test.txt");
  auto test = read_corpus((testing::shared_dir() / "corpora/conll2000/test.txt").string());
  ASSERT_TRUE(test.ok()) << test.status().to_string();
  Document doc = pretokenized_document(test->sentences);
  tagger().apply(doc);
  chunker().apply(doc);  // on the predicted tags

  TagAccuracy accuracy;
  ChunkScorer chunks;
  std::vector<PosTag> tags;
  std::vector<ChunkLabel> labels;
  for (size_t s = 0; s < test->sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    tags.clear();
    labels.clear();
    for (uint32_t i = 0; i < sent.token_count; ++i) {
      tags.push_back(doc.tokens[sent.first_token + i].tag);
      labels.push_back(doc.tokens[sent.first_token + i].chunk);
    }
    accuracy.add_sentence(test->sentences[s].tags, tags);
    chunks.add_sentence(test->sentences[s].chunks, labels);
  }
  testing::report_figure(fmt::format("POS accuracy, CoNLL-2000 test: {:.2f} % (floor 96.5)", accuracy.percent()));
  testing::report_figure(fmt::format("chunk F1, CoNLL-2000 test, predicted tags: {:.2f} (P {:.2f} %, R {:.2f} %; floor 93.0)",
                                     chunks.overall().f1(), chunks.overall().precision(), chunks.overall().recall()));
  EXPECT_EQ(accuracy.tokens(), 47377u);
  EXPECT_GE(accuracy.percent(), 96.5);
  EXPECT_GE(chunks.overall().f1(), 93.0);
  expect_valid_iob2(doc);
}

TEST(TaggerBehaviour, VerbOrNounByContext) {
  Document doc = document_of({"They plan to attack the capital .", "The attack on the capital failed ."});
  tagger().apply(doc);
  EXPECT_EQ(doc.tokens[1].tag, PosTag::VBP);  // They *plan*
  EXPECT_EQ(doc.tokens[3].tag, PosTag::VB);   // to *attack*
  EXPECT_EQ(doc.tokens[8].tag, PosTag::NN);   // The *attack*
  EXPECT_EQ(tag_of(doc, "failed"), PosTag::VBD);
  EXPECT_EQ(tag_of(doc, "."), PosTag::Period);
}

TEST(TaggerBehaviour, ALoneSAfterANameIsAPossessive) {
  // Feeds that lose the apostrophe: "Russia s security service".
  Document doc = document_of({"Russia s FSB security service detained a journalist ."});
  tagger().apply(doc);
  EXPECT_EQ(doc.tokens[1].tag, PosTag::POS);
}

TEST(TaggerBehaviour, ChunksASimpleSentence) {
  Document doc = document_of({"The army arrested two opposition leaders in the capital on Monday ."});
  tagger().apply(doc);
  chunker().apply(doc);
  expect_valid_iob2(doc);
  std::vector<std::string> got;
  for (const Chunk& c : doc.chunks) got.emplace_back(chunk_type_name(c.type));
  EXPECT_EQ(got, (std::vector<std::string>{"NP", "VP", "NP", "PP", "NP", "PP", "NP"}));
  ASSERT_EQ(doc.chunks.size(), 7u);
  EXPECT_EQ(doc.chunks[2].first_token, 3u);  // two opposition leaders
  EXPECT_EQ(doc.chunks[2].token_count, 3u);
  EXPECT_TRUE(doc.tokens.back().chunk.is_outside());
}

TEST(TaggerBehaviour, OutputIsValidIob2OnMixedInput) {
  Document doc = document_of({"But , according to UN figures released on 3 March 2024 , more than 1,200 people -- "
                              "many of them children -- have fled ( mostly on foot ) .",
                              "Up !", "\" We will not back down , \" she said .", "and and and the the"});
  tagger().apply(doc);
  chunker().apply(doc);
  for (const Token& t : doc.tokens) EXPECT_NE(t.tag, PosTag::kNone);
  expect_valid_iob2(doc);
  EXPECT_FALSE(doc.chunks.empty());
}

TEST(TaggerBehaviour, EmptyDocument) {
  Document doc;
  doc.chunks.push_back(Chunk{0, 1, ChunkType::NP});  // stale analysis is replaced
  tagger().apply(doc);
  chunker().apply(doc);
  EXPECT_TRUE(doc.tokens.empty());
  EXPECT_TRUE(doc.chunks.empty());

  Document empty_sentence = document_of({""});
  ASSERT_EQ(empty_sentence.sentences.size(), 1u);
  tagger().apply(empty_sentence);
  chunker().apply(empty_sentence);
  EXPECT_TRUE(empty_sentence.chunks.empty());
}

TEST(TaggerBehaviour, DocumentWithoutSentencesIsOneSentence) {
  Document with = document_of({"Protesters marched through the city and demanded new elections ."});
  Document without = with;
  without.sentences.clear();
  for (Document* d : {&with, &without}) {
    tagger().apply(*d);
    chunker().apply(*d);
  }
  ASSERT_EQ(with.tokens.size(), without.tokens.size());
  for (size_t i = 0; i < with.tokens.size(); ++i) {
    EXPECT_EQ(with.tokens[i].tag, without.tokens[i].tag) << i;
    EXPECT_EQ(with.tokens[i].chunk, without.tokens[i].chunk) << i;
  }
  EXPECT_EQ(with.chunks.size(), without.chunks.size());
  expect_valid_iob2(without);
}

TEST(TaggerBehaviour, SentencesAreTaggedIndependently) {
  Document one = document_of({"Officials said the talks would resume ."});
  Document two = document_of({"Rebels shelled the town overnight .", "Officials said the talks would resume ."});
  for (Document* d : {&one, &two}) {
    tagger().apply(*d);
    chunker().apply(*d);
  }
  const uint32_t offset = two.sentences[1].first_token;
  for (size_t i = 0; i < one.tokens.size(); ++i) {
    EXPECT_EQ(one.tokens[i].tag, two.tokens[offset + i].tag);
    EXPECT_EQ(one.tokens[i].chunk, two.tokens[offset + i].chunk);
  }
}

TEST(TaggerBehaviour, SentenceBySentenceWithSharedWindowEqualsApply) {
  // The Analyzer describes each sentence once for both models (tag_sentence, chunk_sentence).
  Document applied = document_of({"Troops withdrew from the border town on Tuesday .",
                                  "\" We reject the proposal , \" the minister told reporters .", ""});
  Document shared = applied;
  tagger().apply(applied);
  chunker().apply(applied);
  std::vector<WordFeatures> window;
  Chunker::Scratch scratch;
  shared.chunks.clear();
  for (const Sentence& s : shared.sentences) {
    describe_sentence(shared, s.first_token, s.token_count, window);
    tagger().tag_sentence(shared, s.first_token, s.token_count, window);
    chunker().chunk_sentence(shared, s.first_token, s.token_count, window, scratch);
  }
  ASSERT_EQ(applied.tokens.size(), shared.tokens.size());
  for (size_t i = 0; i < applied.tokens.size(); ++i) {
    EXPECT_EQ(applied.tokens[i].tag, shared.tokens[i].tag) << i;
    EXPECT_EQ(applied.tokens[i].chunk, shared.tokens[i].chunk) << i;
  }
  ASSERT_EQ(applied.chunks.size(), shared.chunks.size());
  for (size_t i = 0; i < applied.chunks.size(); ++i) {
    EXPECT_EQ(applied.chunks[i].first_token, shared.chunks[i].first_token);
    EXPECT_EQ(applied.chunks[i].token_count, shared.chunks[i].token_count);
    EXPECT_EQ(applied.chunks[i].type, shared.chunks[i].type);
  }
}

TEST(TaggerBehaviour, ConcurrentApplyGivesTheSameResult) {
  const Document input = document_of({"The council voted to lift the sanctions imposed last year .",
                                      "Negotiators from both sides met in Doha on Sunday ."});
  Document reference = input;
  tagger().apply(reference);
  chunker().apply(reference);
  std::vector<Document> docs(4, input);
  std::vector<std::thread> threads;
  for (Document& d : docs) {
    threads.emplace_back([&d] {
      for (int k = 0; k < 50; ++k) {
        tagger().apply(d);
        chunker().apply(d);
      }
    });
  }
  for (auto& t : threads) t.join();
  for (const Document& d : docs) {
    for (size_t i = 0; i < d.tokens.size(); ++i) {
      EXPECT_EQ(d.tokens[i].tag, reference.tokens[i].tag);
      EXPECT_EQ(d.tokens[i].chunk, reference.tokens[i].chunk);
    }
    EXPECT_EQ(d.chunks.size(), reference.chunks.size());
  }
}

TEST(TaggerBehaviour, LoadRejectsMissingAndMismatchedModels) {
  auto missing = PosTagger::load(model_path("no-such.model"));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  auto wrong_kind = Chunker::load(model_path("pos.model"));
  ASSERT_FALSE(wrong_kind.ok());
  EXPECT_NE(wrong_kind.status().message().find("'pos' model"), std::string::npos) << wrong_kind.status().message();
}

}  // namespace
}  // namespace faultline
