// Loading the shipped knowledge (data/knowledge/*.fl): what every `faultline code` / `faultline eval`
// run pays before its first sentence. Target: under 300 ms.
#include <benchmark/benchmark.h>

#include <string>

#include "knowledge/shipped_knowledge.h"

namespace {

void BM_LoadShippedKnowledge(benchmark::State& state) {
  const std::string data_dir = std::string(FAULTLINE_SOURCE_DIR) + "/data";
  for (auto _ : state) {
    faultline::Diagnostics diagnostics;
    auto knowledge = faultline::load_shipped_knowledge(diagnostics, data_dir);
    if (!knowledge.ok()) {
      state.SkipWithError(knowledge.status().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(knowledge);
  }
  state.SetLabel("data/knowledge/*.fl");
}
BENCHMARK(BM_LoadShippedKnowledge)->Unit(benchmark::kMillisecond);

}  // namespace
