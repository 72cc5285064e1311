// `faultline export`: the store's merged events as GDELT 2.0, Phoenix, PLOVER JSON or JSON Lines.
#include <cstdio>

#include "store/event_export.h"
#include "store/store.h"
#include "tools/faultline/commands.h"
#include "tools/faultline/input_options.h"

namespace faultline::cli {
namespace {

struct ExportOptions {
  std::string db = "faultline.db";
  std::string format = "jsonl";
  std::string output = "-";
  ExportFilter filter;
};

int run_export(const ExportOptions& opt) {
  const char* me = "faultline export";
  auto format = parse_export_format(opt.format);
  if (!format.ok()) {
    std::fprintf(stderr, "%s: %s\n", me, format.status().message().c_str());
    return 2;
  }
  auto db = open_store(opt.db, /*read_only=*/true);
  if (!db.ok()) {
    std::fprintf(stderr, "%s: %s\n", me, db.status().message().c_str());
    return 1;
  }
  std::FILE* out = stdout;
  if (opt.output != "-" && !(out = std::fopen(opt.output.c_str(), "wb"))) {
    std::fprintf(stderr, "%s: cannot write %s\n", me, opt.output.c_str());
    return 1;
  }
  Status s = export_events(**db, *format, opt.filter, [&](const std::string& chunk) { return write_out(out, chunk); });
  bool closed = std::fflush(out) == 0 && (out == stdout || std::fclose(out) == 0);
  if (!s.ok() || !closed) {
    std::fprintf(stderr, "%s: %s\n", me, s.ok() ? "writing the output failed" : s.message().c_str());
    return 1;
  }
  return 0;
}

}  // namespace

void register_export(CommandRegistry& registry) {
  auto opt = std::make_shared<ExportOptions>();
  CLI::App* app = registry.add("export", "Write the store's events as GDELT 2.0, Phoenix, PLOVER JSON or JSON Lines",
                               [opt] { return run_export(*opt); });
  app->add_option("--db", opt->db, "Store file")->capture_default_str();
  app->add_option("-f,--format", opt->format, "gdelt, phoenix, plover or jsonl")->capture_default_str();
  app->add_option("-o,--output", opt->output, "Output file (default: standard output)");
  app->add_option("--from", opt->filter.from, "First event day (YYYY-MM-DD)");
  app->add_option("--to", opt->filter.to, "Last event day (YYYY-MM-DD)");
  app->add_flag("--all", opt->filter.include_flagged, "Also export negated and hypothetical events");
}

}  // namespace faultline::cli
