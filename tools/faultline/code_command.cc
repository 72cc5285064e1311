// `faultline code`: CAMEO events (who did what to whom) from documents, with the evidence for each.
#include <cstdio>
#include <thread>

#include "coding/coder.h"
#include "knowledge/shipped_knowledge.h"
#include "output/event_writer.h"
#include "tools/faultline/commands.h"
#include "tools/faultline/input_options.h"
#include "tools/faultline/progress.h"

namespace faultline::cli {
namespace {

struct CodeOptions {
  InputOptions input;
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents;
  std::string discards;
  std::string format = "jsonl";
  std::string output = "-";
  bool all = false;
  bool explain = false;
  bool allow_monads = false;
  int new_actor_length = 0;
};

int run_code(const CodeOptions& opt) {
  auto format = parse_event_format(opt.format);
  if (!format.ok()) {
    std::fprintf(stderr, "faultline code: %s\n", format.status().message().c_str());
    return 2;
  }
  // Without dictionary options: the shipped knowledge (data/knowledge/*.fl).
  Diagnostics diagnostics;
  KnowledgeFiles files{opt.verbs, opt.actors, opt.agents, opt.discards};
  bool shipped = opt.verbs.empty() && opt.actors.empty() && opt.agents.empty() && opt.discards.empty();
  auto knowledge = shipped ? load_shipped_knowledge(diagnostics) : load_knowledge(files, diagnostics);
  if (!knowledge.ok()) {
    std::fprintf(stderr, "faultline code: %s\n", knowledge.status().message().c_str());
    return 1;
  }
  if (!opt.input.quiet) {
    for (const Diagnostic& d : diagnostics.all()) std::fprintf(stderr, "%s\n", d.to_string().c_str());
  }
  auto analyzer = opt.input.load_analyzer();
  if (!analyzer.ok()) {
    std::fprintf(stderr, "faultline code: %s\n", analyzer.status().message().c_str());
    return 1;
  }
  auto stream = opt.input.open();
  if (!stream.ok()) {
    std::fprintf(stderr, "faultline code: %s\n", stream.status().message().c_str());
    return 2;
  }
  std::FILE* out = stdout;
  if (opt.output != "-") {
    out = std::fopen(opt.output.c_str(), "wb");
    if (!out) {
      std::fprintf(stderr, "faultline code: cannot write %s\n", opt.output.c_str());
      return 1;
    }
  }
  CodingOptions co;
  co.require_dyad = !opt.allow_monads;
  co.new_actor_length = opt.new_actor_length;
  Coder coder(*knowledge, co);
  Progress progress(Progress::input_size(opt.input.inputs), !opt.input.quiet && !opt.explain);
  RunOptions ro;
  ro.threads = opt.input.threads > 0 ? opt.input.threads : static_cast<int>(std::thread::hardware_concurrency());
  ro.on_progress = [&](const RunCounts& c) { progress.update(c); };

  std::vector<Event> events;
  std::string buffer;
  if (*format == EventFormat::kTsv) append_event_tsv_header(buffer);
  bool write_ok = true;
  size_t written = 0, held_back = 0;
  auto sink = [&](Document& doc) {
    events.clear();
    coder.code(doc, events, opt.explain ? &buffer : nullptr);
    for (const Event& e : events) {
      if ((e.negated || e.hypothetical) && !opt.all) {
        ++held_back;
        continue;
      }
      append_event(*format, e, buffer);
      ++written;
    }
    if (buffer.size() >= (1u << 20)) {
      write_ok = write_ok && write_out(out, buffer);
      buffer.clear();
    }
  };
  RunCounts counts = run_analysis(**stream, **analyzer, ro, sink);
  progress.finish();
  write_ok = write_ok && write_out(out, buffer) && std::fflush(out) == 0;
  if (out != stdout) write_ok = (std::fclose(out) == 0) && write_ok;
  if (!write_ok) {
    std::fprintf(stderr, "faultline code: writing the output failed\n");
    return 1;
  }
  if (!opt.input.quiet) {
    std::fprintf(stderr, "faultline code: %zu events from %zu sentences (%zu negated or hypothetical left out) in %.3f s\n",
                 written, counts.sentences, held_back, counts.seconds);
  }
  return finish_reading(**stream, opt.input);
}

}  // namespace

void register_code(CommandRegistry& registry) {
  auto opt = std::make_shared<CodeOptions>();
  CLI::App* app = registry.add("code", "Code CAMEO events (who did what to whom) with their evidence",
                               [opt] { return run_code(*opt); });
  opt->input.add_to(*app);
  app->add_option("--verbs", opt->verbs, "Verb dictionary (PETRARCH or native; without any dictionary option: data/knowledge/*.fl)");
  app->add_option("--actors", opt->actors, "Actor dictionaries (PETRARCH or native), comma-separated (the option may repeat)")
      ->delimiter(',')
      ->allow_extra_args(false)  // one argument per use: the inputs after it are not more actor files
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app->add_option("--agents", opt->agents, "Agent dictionary");
  app->add_option("--discards", opt->discards, "Discard list");
  app->add_option("-f,--format", opt->format, "jsonl or tsv")->capture_default_str();
  app->add_option("-o,--output", opt->output, "Output file (default: standard output)");
  app->add_flag("--all", opt->all, "Also write negated and hypothetical events (flagged)");
  app->add_flag("--explain", opt->explain,
                "Print, per sentence, the analysis, the clause structure, every pattern tried and why each "
                "event was or was not produced");
  app->add_flag("--allow-monads", opt->allow_monads, "Keep events with only a source or only a target");
  app->add_option("--new-actor-length", opt->new_actor_length,
                  "Code unknown subject/object noun phrases of at most N words as quoted new actors (0: off)")
      ->capture_default_str();
}

}  // namespace faultline::cli
