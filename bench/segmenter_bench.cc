// Throughput of tokenization + sentence segmentation on the raw news samples.
// Reads every file of <shared>/corpora/news-samples, where <shared> is $FAULTLINE_SHARED or the
// "shared" folder beside the source checkout.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "text/segmenter.h"

namespace faultline {
namespace {

std::filesystem::path news_samples_dir() {
  std::filesystem::path shared = std::filesystem::path(FAULTLINE_SOURCE_DIR).parent_path() / "shared";
  if (const char* env = std::getenv("FAULTLINE_SHARED"); env && *env) shared = env;
  return shared / "corpora" / "news-samples";
}

std::vector<Document> load_news_samples() {
  std::vector<Document> docs;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(news_samples_dir(), ec)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    Document doc;
    doc.text = buffer.str();
    docs.push_back(std::move(doc));
  }
  return docs;
}

void BM_SegmentNewsSamples(benchmark::State& state) {
  std::vector<Document> docs = load_news_samples();
  if (docs.empty()) {
    state.SkipWithError("news samples not found (set FAULTLINE_SHARED)");
    return;
  }
  const Segmenter segmenter;
  size_t tokens = 0;
  size_t sentences = 0;
  size_t bytes = 0;
  for (auto _ : state) {
    tokens = sentences = bytes = 0;
    for (Document& doc : docs) {
      segmenter.apply(doc);
      tokens += doc.tokens.size();
      sentences += doc.sentences.size();
      bytes += doc.text.size();
    }
    benchmark::DoNotOptimize(tokens);
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens) * static_cast<double>(state.iterations()),
                                                  benchmark::Counter::kIsRate);
  state.counters["tokens"] = static_cast<double>(tokens);
  state.counters["sentences"] = static_cast<double>(sentences);
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
}
BENCHMARK(BM_SegmentNewsSamples)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace faultline
