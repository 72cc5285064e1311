// Loading and compiling the Phoenix dictionaries with CAMEO.2.0.txt (PETRARCH2's operational set),
// and the hot queries the coder makes per token.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "knowledge/knowledge.h"

namespace {

std::filesystem::path petrarch_dir() {
  const char* env = std::getenv("FAULTLINE_SHARED");
  std::filesystem::path shared = env && *env ? env : std::filesystem::path(FAULTLINE_SOURCE_DIR).parent_path() / "shared";
  return shared / "peers/petrarch2";
}

faultline::KnowledgeFiles phoenix_files() {
  auto dir = petrarch_dir();
  faultline::KnowledgeFiles f;
  f.verbs = (dir / "CAMEO.2.0.txt").string();
  f.actors = {(dir / "Phoenix.Countries.actors.txt").string(), (dir / "Phoenix.International.actors.txt").string(),
              (dir / "Phoenix.MilNonState.actors.txt").string()};
  f.agents = (dir / "Phoenix.agents.txt").string();
  f.discards = (dir / "Phoenix.discards.txt").string();
  return f;
}

void BM_LoadPhoenixAndCameo(benchmark::State& state) {
  auto files = phoenix_files();
  if (!std::filesystem::exists(files.verbs)) {
    state.SkipWithError("shared PETRARCH2 dictionaries not found (set FAULTLINE_SHARED)");
    return;
  }
  for (auto _ : state) {
    faultline::Diagnostics d;
    auto k = faultline::load_knowledge(files, d);
    benchmark::DoNotOptimize(k);
  }
}
BENCHMARK(BM_LoadPhoenixAndCameo)->Unit(benchmark::kMillisecond);

void BM_ActorAgentVerbLookups(benchmark::State& state) {
  auto files = phoenix_files();
  if (!std::filesystem::exists(files.verbs)) {
    state.SkipWithError("shared PETRARCH2 dictionaries not found (set FAULTLINE_SHARED)");
    return;
  }
  faultline::Diagnostics d;
  auto k = faultline::load_knowledge(files, d);
  const faultline::Knowledge& kn = **k;
  const char* sentence[] = {"Serbian", "police", "detained", "three", "Kosovo", "Albanians", "near", "the",
                            "border", "crossing", "at", "Jarinje", "on", "Friday", ",", "officials", "said"};
  std::vector<faultline::WordId> words;
  for (const char* w : sentence) words.push_back(kn.word(w));
  for (auto _ : state) {
    size_t hits = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      hits += kn.match_actor(words, i).length + kn.match_agent(words, i).length + kn.match_verb(words, i).length;
    }
    benchmark::DoNotOptimize(hits);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(words.size()));
}
BENCHMARK(BM_ActorAgentVerbLookups);

}  // namespace
