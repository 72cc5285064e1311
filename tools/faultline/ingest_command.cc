// `faultline ingest`: read, analyse and code documents into the SQLite store, then rebuild the
// monitor (series, escalation index, alerts). See docs/store.md.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>

#include "monitor/monitor.h"
#include "store/ingest.h"
#include "tools/faultline/commands.h"
#include "tools/faultline/input_options.h"
#include "tools/faultline/progress.h"

namespace faultline::cli {
namespace {

struct IngestOptions {
  InputOptions input;
  std::string db = "faultline.db";
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents;
  std::string discards;
  size_t batch = 256;
  double dup_threshold = 0.7;
  int dup_shingle = 5;
  std::string merge_code = "code";
  int merge_days = 1;
  bool merge_ignore_places = false;
  bool no_places = false;
  bool no_monitor = false;
};

// The project's dictionaries when none are given: every native file in <data dir>/knowledge.
KnowledgeFiles knowledge_files(const IngestOptions& opt) {
  KnowledgeFiles files{opt.verbs, opt.actors, opt.agents, opt.discards};
  if (!opt.verbs.empty() || !opt.actors.empty()) return files;
  std::filesystem::path dir =
      std::filesystem::path(opt.input.data_dir.empty() ? default_data_dir() : opt.input.data_dir) / "knowledge";
  std::error_code ec;
  std::vector<std::string> found;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".fl") found.push_back(entry.path().string());
  }
  std::sort(found.begin(), found.end());
  files.actors = std::move(found);
  return files;
}

class IngestProgressLine {
 public:
  IngestProgressLine(uint64_t total_bytes, bool enabled)
      : total_(total_bytes), enabled_(enabled && isatty(STDERR_FILENO)), start_(std::chrono::steady_clock::now()) {}

  void update(size_t docs, size_t events, uint64_t bytes) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double rate = secs > 0 ? docs / secs : 0;
    char eta[32] = "?";
    if (total_ > 0 && bytes > 0 && bytes < total_) {
      double left = secs * static_cast<double>(total_ - bytes) / static_cast<double>(bytes);
      std::snprintf(eta, sizeof eta, "%d:%02d", static_cast<int>(left) / 60, static_cast<int>(left) % 60);
    }
    std::fprintf(stderr, "\r\033[Kingest: %zu documents, %.0f docs/s, %zu events, %.1f MB, ETA %s", docs, rate, events,
                 bytes / 1048576.0, eta);
    drawn_ = true;
  }
  void finish() {
    if (drawn_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  uint64_t total_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

int run_ingest(const IngestOptions& opt) {
  const char* me = "faultline ingest";
  Diagnostics diagnostics;
  KnowledgeFiles files = knowledge_files(opt);
  if (files.verbs.empty() && files.actors.empty()) {
    std::fprintf(stderr, "%s: no dictionaries: give --verbs/--actors/--agents/--discards or install data/knowledge/*.fl\n", me);
    return 2;
  }
  auto knowledge = load_knowledge(files, diagnostics);
  if (!knowledge.ok()) {
    std::fprintf(stderr, "%s: %s\n", me, knowledge.status().message().c_str());
    return 1;
  }
  if (!opt.input.quiet) {
    for (const Diagnostic& d : diagnostics.all()) std::fprintf(stderr, "%s\n", d.to_string().c_str());
  }
  auto analyzer = opt.input.load_analyzer();
  if (!analyzer.ok()) {
    std::fprintf(stderr, "%s: %s\n", me, analyzer.status().message().c_str());
    return 1;
  }
  std::unique_ptr<Gazetteer> gazetteer;
  if (!opt.no_places) {
    auto g = Gazetteer::load();
    if (!g.ok()) {
      std::fprintf(stderr, "%s: %s\n", me, g.status().message().c_str());
      return 1;
    }
    gazetteer = std::move(*g);
  }
  StoreOptions so;
  so.batch_documents = std::max<size_t>(1, opt.batch);
  so.duplicates.threshold = opt.dup_threshold;
  so.duplicates.shingle = opt.dup_shingle;
  so.merge.by_root_code = opt.merge_code == "root";
  so.merge.date_tolerance_days = opt.merge_days;
  so.merge.check_places = !opt.merge_ignore_places;
  if (gazetteer) so.is_city = gazetteer_city_test(*gazetteer);
  auto writer = StoreWriter::open(opt.db, so);
  if (!writer.ok()) {
    std::fprintf(stderr, "%s: %s\n", me, writer.status().message().c_str());
    return 1;
  }
  auto stream = opt.input.open();
  if (!stream.ok()) {
    std::fprintf(stderr, "%s: %s\n", me, stream.status().message().c_str());
    return 2;
  }
  Ingester ingester(**analyzer, *knowledge, gazetteer.get(), std::move(*writer));
  IngestProgressLine progress(Progress::input_size(opt.input.inputs), !opt.input.quiet);
  auto start = std::chrono::steady_clock::now();
  IngestRunOptions ro;
  ro.threads = opt.input.threads > 0 ? opt.input.threads : static_cast<int>(std::thread::hardware_concurrency());
  size_t read = 0;
  uint64_t bytes = 0;
  ro.on_progress = [&](const IngestProgress& p) {
    read = p.documents_read;
    bytes = p.bytes_read;
    progress.update(p.documents_read, p.events, p.bytes_read);
  };
  if (Status s = ingester.run(**stream, ro); !s.ok()) {
    progress.finish();
    std::fprintf(stderr, "%s: %s\n", me, s.message().c_str());
    return 1;
  }
  if (Status s = ingester.finish(); !s.ok()) {
    progress.finish();
    std::fprintf(stderr, "%s: %s\n", me, s.message().c_str());
    return 1;
  }
  progress.finish();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const StoreCounts& c = ingester.counts();
  if (!opt.input.quiet) {
    std::fprintf(stderr,
                 "%s: %zu documents read (%.1f MB) in %.2f s (%.2f MB/s): %zu added (%zu near-duplicates), %zu already "
                 "stored; %zu sentences, %zu mentions, %zu new events, %zu merged into existing events\n",
                 me, read, bytes / 1048576.0, secs, secs > 0 ? bytes / 1048576.0 / secs : 0.0, c.documents,
                 c.near_duplicates, c.already_stored, c.sentences, c.mentions, c.new_events, c.merged_mentions);
  }
  if (!opt.no_monitor) {
    auto m = rebuild_monitor(ingester.writer().db());
    if (!m.ok()) {
      std::fprintf(stderr, "%s: monitor: %s\n", me, m.status().message().c_str());
      return 1;
    }
    if (!opt.input.quiet) {
      std::fprintf(stderr, "%s: monitor: %zu dyad-days, %zu escalation alerts, %zu mediation alerts\n", me,
                   m->dyad_days, m->escalation_alerts, m->mediation_alerts);
    }
  }
  return finish_reading(**stream, opt.input);
}

}  // namespace

void register_ingest(CommandRegistry& registry) {
  auto opt = std::make_shared<IngestOptions>();
  CLI::App* app = registry.add("ingest", "Analyse, code and store documents in a SQLite store, then update the monitor",
                               [opt] { return run_ingest(*opt); });
  opt->input.add_to(*app);
  app->add_option("--db", opt->db, "Store file (SQLite)")->capture_default_str();
  app->add_option("--verbs", opt->verbs, "Verb dictionary (PETRARCH or native)");
  app->add_option("--actors", opt->actors, "Actor dictionaries (PETRARCH or native), comma-separated (the option may repeat)")
      ->delimiter(',')
      ->allow_extra_args(false)  // one argument per use: the inputs after it are not more actor files
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app->add_option("--agents", opt->agents, "Agent dictionary");
  app->add_option("--discards", opt->discards, "Discard list");
  app->add_option("--batch", opt->batch, "Documents per transaction")->capture_default_str();
  app->add_option("--dup-threshold", opt->dup_threshold, "Near-duplicate similarity (estimated Jaccard)")
      ->capture_default_str();
  app->add_option("--dup-shingle", opt->dup_shingle, "Words per shingle for near-duplicates")->capture_default_str();
  app->add_option("--merge-code", opt->merge_code, "Merge reports with the same CAMEO 'code' or 'root'")
      ->check(CLI::IsMember({"code", "root"}))
      ->capture_default_str();
  app->add_option("--merge-days", opt->merge_days, "Date tolerance when a date is only the publication date")
      ->capture_default_str();
  app->add_flag("--merge-ignore-places", opt->merge_ignore_places, "Merge reports even when their cities differ");
  app->add_flag("--no-places", opt->no_places, "Do not load the gazetteer (events get no location)");
  app->add_flag("--no-monitor", opt->no_monitor, "Do not rebuild the monitor tables after ingesting");
}

}  // namespace faultline::cli
