// Speed of the part-of-speech tagger and the chunker: model loading, and tagging / chunking a
// realistic document (CoNLL-2000's test section, 47k tokens of Wall Street Journal text, when the
// shared folder is present; otherwise a document of news sentences written for this benchmark).
//
// Models come from $FAULTLINE_DATA_DIR/models, else from the source tree's data/models.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "nlp/chunker.h"
#include "nlp/conll_corpus.h"
#include "nlp/pos_tagger.h"

namespace faultline {
namespace {

std::string models_dir() {
  if (const char* env = std::getenv("FAULTLINE_DATA_DIR"); env && *env) return std::string(env) + "/models";
  return std::string(FAULTLINE_SOURCE_DIR) + "/data/models";
}

std::filesystem::path shared_dir() {
  if (const char* env = std::getenv("FAULTLINE_SHARED"); env && *env) return env;
  return std::filesystem::path(FAULTLINE_SOURCE_DIR).parent_path() / "shared";
}

std::vector<TaggedSentence> fallback_sentences() {
  const char* lines[] = {
      "Police detained dozens of protesters outside the parliament building on Tuesday , officials said .",
      "The foreign minister will meet his counterpart in Geneva next week to discuss the ceasefire .",
      "Rebels attacked an army convoy near the northern border , killing at least 12 soldiers .",
      "The government rejected the opposition 's demand for early elections and called for calm .",
      "Talks between the two countries broke down after the delegation walked out on Friday .",
      "Thousands of workers went on strike to protest against the new labor law .",
      "The United Nations urged both sides to respect the truce and allow aid into the city .",
      "A spokesman for the ministry said the sanctions would hurt ordinary people most .",
  };
  std::vector<TaggedSentence> out;
  for (int copy = 0; copy < 500; ++copy) {
    for (const char* line : lines) {
      TaggedSentence s;
      std::istringstream in(line);
      for (std::string w; in >> w;) s.words.push_back(w);
      s.tags.assign(s.words.size(), PosTag::kNone);
      out.push_back(std::move(s));
    }
  }
  return out;
}

const Document& bench_document() {
  static const Document doc = [] {
    auto corpus = read_corpus((shared_dir() / "corpora/conll2000/test.txt").string());
    if (corpus.ok()) return pretokenized_document(corpus->sentences);
    return pretokenized_document(fallback_sentences());
  }();
  return doc;
}

const PosTagger* tagger() {
  static auto t = PosTagger::load(models_dir() + "/pos.model");
  return t.ok() ? t->get() : nullptr;
}
const Chunker* chunker() {
  static auto c = Chunker::load(models_dir() + "/chunk.model");
  return c.ok() ? c->get() : nullptr;
}

void BM_LoadModels(benchmark::State& state) {
  for (auto _ : state) {
    auto t = PosTagger::load(models_dir() + "/pos.model");
    auto c = Chunker::load(models_dir() + "/chunk.model");
    if (!t.ok() || !c.ok()) {
      state.SkipWithError("models not found");
      return;
    }
    benchmark::DoNotOptimize(t);
    benchmark::DoNotOptimize(c);
  }
}
BENCHMARK(BM_LoadModels)->Unit(benchmark::kMillisecond);

void BM_Tag(benchmark::State& state) {
  if (!tagger()) return state.SkipWithError("pos.model not found");
  Document doc = bench_document();
  for (auto _ : state) {
    tagger()->apply(doc);
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * doc.tokens.size()));
}
BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond);

void BM_Chunk(benchmark::State& state) {
  if (!tagger() || !chunker()) return state.SkipWithError("models not found");
  Document doc = bench_document();
  tagger()->apply(doc);
  for (auto _ : state) {
    chunker()->apply(doc);
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * doc.tokens.size()));
}
BENCHMARK(BM_Chunk)->Unit(benchmark::kMillisecond);

void BM_TagAndChunk(benchmark::State& state) {
  if (!tagger() || !chunker()) return state.SkipWithError("models not found");
  Document doc = bench_document();
  for (auto _ : state) {
    tagger()->apply(doc);
    chunker()->apply(doc);
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * doc.tokens.size()));
}
BENCHMARK(BM_TagAndChunk)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace faultline
