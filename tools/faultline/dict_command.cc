// `faultline dict`: work on dictionaries without coding.
//   dict lint FILES...     read and compile; print every problem as file:line and a summary
//   dict convert FILES...  PETRARCH2/TABARI (or native) files to one native file
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "knowledge/dictionary_files.h"
#include "knowledge/knowledge.h"
#include "knowledge/native_format.h"
#include "tools/faultline/commands.h"

namespace faultline::cli {
namespace {

struct DictOptions {
  std::vector<std::string> files;
  std::string kind = "auto";
  std::string output = "-";
  bool quiet_warnings = false;
};

bool parse_kind(const std::string& name, DictionaryKind& kind) {
  if (name == "auto") kind = DictionaryKind::kUnknown;
  else if (name == "verbs") kind = DictionaryKind::kVerbs;
  else if (name == "actors") kind = DictionaryKind::kActors;
  else if (name == "agents") kind = DictionaryKind::kAgents;
  else if (name == "discards") kind = DictionaryKind::kDiscards;
  else return false;
  return true;
}

// Reads every file; returns false when one could not be read at all (already reported).
bool read_all(const char* command, const DictOptions& opt, DictionarySet& set, Diagnostics& diagnostics) {
  DictionaryKind kind;
  if (!parse_kind(opt.kind, kind)) {
    std::fprintf(stderr, "faultline dict %s: unknown --kind '%s' (auto, verbs, actors, agents, discards)\n", command,
                 opt.kind.c_str());
    return false;
  }
  bool ok = true;
  for (const std::string& path : opt.files) {
    DictionaryFormat format;
    DictionaryKind read_kind;
    Status s = read_dictionary_file(path, kind, set, diagnostics, &format, &read_kind);
    if (!s.ok()) {
      std::fprintf(stderr, "faultline dict %s: %s\n", command, s.message().c_str());
      ok = false;
      continue;
    }
    std::fprintf(stderr, "%s: %s\n", path.c_str(),
                 format == DictionaryFormat::kNative ? "native dictionary"
                                                     : (std::string("PETRARCH ") + dictionary_kind_name(read_kind)).c_str());
  }
  return ok;
}

void print_diagnostics(std::FILE* out, const Diagnostics& diagnostics, bool warnings) {
  for (const Diagnostic& d : diagnostics.all()) {
    if (!warnings && d.severity == Severity::kWarning) continue;
    std::fprintf(out, "%s\n", d.to_string().c_str());
  }
}

int run_lint(const DictOptions& opt) {
  DictionarySet set;
  Diagnostics diagnostics;
  bool read_ok = read_all("lint", opt, set, diagnostics);
  std::shared_ptr<const Knowledge> knowledge = compile_knowledge(std::move(set), diagnostics);
  print_diagnostics(stdout, diagnostics, !opt.quiet_warnings);
  KnowledgeCounts c = knowledge->counts();
  std::printf(
      "%zu actors (%zu phrases, %zu codes), %zu agents (%zu phrases), %zu discards, %zu synsets (%zu phrases), "
      "%zu verb blocks (%zu verbs, %zu forms), %zu patterns, %zu transformations\n",
      c.actors, c.actor_phrases, c.dated_codes, c.agents, c.agent_phrases, c.discards, c.synsets, c.synset_phrases,
      c.verb_blocks, c.verbs, c.verb_forms, c.patterns, c.transformations);
  std::printf("%s\n", diagnostics.summary().c_str());
  if (!read_ok) return 2;
  return diagnostics.has_errors() ? 1 : 0;
}

int run_convert(const DictOptions& opt) {
  DictionarySet set;
  Diagnostics diagnostics;
  if (!read_all("convert", opt, set, diagnostics)) return 2;
  print_diagnostics(stderr, diagnostics, !opt.quiet_warnings);
  std::string text = write_native_dictionary(set);
  std::FILE* out = opt.output == "-" ? stdout : std::fopen(opt.output.c_str(), "wb");
  if (!out) {
    std::fprintf(stderr, "faultline dict convert: cannot write %s\n", opt.output.c_str());
    return 1;
  }
  bool ok = std::fwrite(text.data(), 1, text.size(), out) == text.size() && std::fflush(out) == 0;
  if (out != stdout) ok = std::fclose(out) == 0 && ok;
  if (!ok) {
    std::fprintf(stderr, "faultline dict convert: writing %s failed\n", opt.output.c_str());
    return 1;
  }
  if (diagnostics.has_errors()) {
    std::fprintf(stderr, "faultline dict convert: %s; lines with errors were left out\n", diagnostics.summary().c_str());
  }
  return 0;
}

}  // namespace

void register_dict(CommandRegistry& registry) {
  auto lint = std::make_shared<DictOptions>();
  auto convert = std::make_shared<DictOptions>();
  auto selected = std::make_shared<CLI::App*>(nullptr);
  CLI::App* app = registry.add("dict", "Check and convert event-coding dictionaries (PETRARCH2, TABARI, native)",
                               [lint, convert, selected]() -> int {
                                 if ((*selected)->got_subcommand("lint")) return run_lint(*lint);
                                 return run_convert(*convert);
                               });
  *selected = app;
  app->require_subcommand(1);

  CLI::App* l = app->add_subcommand("lint", "Read dictionaries, print each problem as file:line: reason and a summary; "
                                            "exit 1 if there are errors");
  l->add_option("files", lint->files, "Dictionary files (PETRARCH2/TABARI or native, detected)")->required();
  l->add_option("--kind", lint->kind, "What the PETRARCH files hold: auto, verbs, actors, agents, discards")
      ->capture_default_str();
  l->add_flag("--no-warnings", lint->quiet_warnings, "Print errors only");

  CLI::App* c = app->add_subcommand("convert", "Convert dictionaries to Faultline's native format");
  c->add_option("files", convert->files, "Dictionary files (PETRARCH2/TABARI or native, detected)")->required();
  c->add_option("--kind", convert->kind, "What the PETRARCH files hold: auto, verbs, actors, agents, discards")
      ->capture_default_str();
  c->add_option("-o,--output", convert->output, "Output file (default: standard output)");
  c->add_flag("--no-warnings", convert->quiet_warnings, "Print errors only");
}

}  // namespace faultline::cli
