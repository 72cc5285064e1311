// Gazetteer loading (libgeonames cities + iso-codes countries + data/places/places.tsv, folded and
// indexed) and name lookup.
//
//   ./build/bench/faultline_bench --benchmark_filter=Gazetteer
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "faultline/gazetteer.h"

namespace faultline {
namespace {

GazetteerOptions options() {
  GazetteerOptions o;
  o.places_file = std::string(FAULTLINE_SOURCE_DIR) + "/data/places/places.tsv";
  return o;
}

void BM_GazetteerLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto g = Gazetteer::load(options());
    if (!g.ok()) {
      state.SkipWithError(g.status().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(g->get());
  }
  state.SetLabel("geonames + iso-codes + places.tsv");
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond);

void BM_GazetteerLookup(benchmark::State& state) {
  auto g = Gazetteer::load(options());
  if (!g.ok()) {
    state.SkipWithError(g.status().message().c_str());
    return;
  }
  const std::vector<std::string> names = {"Pristina", "ZVEČAN", "Brussels", "Washington", "Nowhereville",
                                          "Kosovska Mitrovica", "Serbia", "the Balkans"};
  std::vector<uint32_t> out;
  size_t i = 0;
  for (auto _ : state) {
    (*g)->lookup(names[i++ % names.size()], out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_GazetteerLookup);

}  // namespace
}  // namespace faultline
