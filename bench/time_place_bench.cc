// Dates and places over analysed documents: find_document_dates + find_document_places per token,
// on the five seed reports (from $FAULTLINE_SHARED, else ../shared beside the checkout), analysed
// once with the default models ($FAULTLINE_DATA_DIR).
//
//   FAULTLINE_DATA_DIR=/tmp/fl-data ./build/bench/faultline_bench --benchmark_filter=TimePlace
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "faultline/gazetteer.h"
#include "faultline/pipeline.h"
#include "faultline/temporal.h"

namespace faultline {
namespace {

std::filesystem::path shared_dir() {
  if (const char* env = std::getenv("FAULTLINE_SHARED"); env && *env) return env;
  return std::filesystem::path(FAULTLINE_SOURCE_DIR).parent_path() / "shared";
}

void BM_TimePlaceOnSeeds(benchmark::State& state) {
  auto analyzer = Analyzer::load();
  GazetteerOptions options;
  options.places_file = std::string(FAULTLINE_SOURCE_DIR) + "/data/places/places.tsv";
  auto gazetteer = Gazetteer::load(options);
  if (!analyzer.ok() || !gazetteer.ok() || !std::filesystem::exists(shared_dir() / "seeds")) {
    state.SkipWithError("needs models, the gazetteer and ../shared/seeds");
    return;
  }
  std::vector<Document> docs;
  size_t tokens = 0;
  for (const auto& entry : std::filesystem::directory_iterator(shared_dir() / "seeds")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    Document doc;
    doc.text = buffer.str();
    doc.date = "2023-06-23";
    (*analyzer)->analyze(doc);
    tokens += doc.tokens.size();
    docs.push_back(std::move(doc));
  }
  for (auto _ : state) {
    for (const Document& doc : docs) {
      DocumentDates dates = find_document_dates(doc);
      DocumentPlaces places = find_document_places(**gazetteer, doc);
      benchmark::DoNotOptimize(dates.by_sentence.data());
      benchmark::DoNotOptimize(places.mentions.data());
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens * state.iterations()),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TimePlaceOnSeeds)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace faultline
