// `faultline synthesize`: writes a synthetic store (generated events, not news) for load tests of
// `faultline serve` and for trying the dashboard without a corpus. See src/api/synthetic_store.h.
#include <chrono>
#include <cstdio>
#include <memory>

#include "api/synthetic_store.h"
#include "tools/faultline/commands.h"

namespace faultline::cli {
namespace {

struct SynthesizeOptions {
  std::string db;
  api::SyntheticStoreOptions store;
};

int run_synthesize(const SynthesizeOptions& opt) {
  const auto start = std::chrono::steady_clock::now();
  auto written = api::write_synthetic_store(opt.db, opt.store);
  if (!written) {
    std::fprintf(stderr, "faultline synthesize: %s\n", written.status().message().c_str());
    return 1;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "faultline synthesize: %s: %lld events in %.1f s\n", opt.db.c_str(),
               static_cast<long long>(*written), seconds);
  return 0;
}

}  // namespace

void register_synthesize(CommandRegistry& registry) {
  auto opt = std::make_shared<SynthesizeOptions>();
  CLI::App* cmd = registry.add("synthesize", "Write a synthetic store of generated events (load tests, demos)",
                               [opt] { return run_synthesize(*opt); });
  cmd->add_option("--db", opt->db, "New store file to write")->required();
  cmd->add_option("--events", opt->store.events, "Number of events")->capture_default_str()
      ->check(CLI::Range(int64_t{1}, int64_t{100'000'000}));
  cmd->add_option("--seed", opt->store.seed, "Random seed")->capture_default_str();
  cmd->add_option("--events-per-document", opt->store.events_per_document, "Events per generated document")
      ->capture_default_str()->check(CLI::Range(1, 50));
}

}  // namespace faultline::cli
