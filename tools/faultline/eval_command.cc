// `faultline eval GOLD`: exact-match rate and precision / recall / F1 over (source, target, code),
// per root code (PETRARCH XML and JSON Lines gold), PentaClass scores (sentence-label TSV) or
// token-level actor-role scores (CoNLL).
#include "tools/faultline/eval_command.h"

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "eval/report.h"
#include "faultline/pipeline.h"
#include "tools/faultline/input_options.h"

namespace faultline::cli {
namespace {

struct EvalOptions {
  std::string gold;
  std::string gold_format = "auto";
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents;
  std::string discards;
  bool include_negated = false;
  bool include_hypothetical = false;
  size_t show_errors = 0;
  std::string data_dir;
  std::string wordnet_dir;
  std::vector<std::string> coder_options;  // NAME=VALUE
};

// The gold's own dictionaries, each replaced by the one given on the command line.
GoldDictionaries choose_dictionaries(const GoldSet& gold, const EvalOptions& opt) {
  GoldDictionaries d = gold.dictionaries;
  if (!opt.verbs.empty()) d.verbs = opt.verbs;
  if (!opt.actors.empty()) d.actors.assign(opt.actors.begin(), opt.actors.end());
  if (!opt.agents.empty()) d.agents = opt.agents;
  if (!opt.discards.empty()) d.discards = opt.discards;
  return d;
}

int run_eval_command(const EvalOptions& opt, const EvalCoderFactory& make_coder) {
  Result<GoldSet> gold = [&]() -> Result<GoldSet> {
    if (opt.gold_format == "auto") return read_gold(opt.gold);
    auto format = parse_gold_format(opt.gold_format);
    if (!format.ok()) return format.status();
    return read_gold(opt.gold, *format);
  }();
  if (!gold.ok()) {
    std::fprintf(stderr, "faultline eval: %s\n", gold.status().message().c_str());
    return 2;
  }
  GoldDictionaries dictionaries = choose_dictionaries(*gold, opt);
  for (const auto& file : {dictionaries.verbs, dictionaries.agents, dictionaries.discards}) {
    if (!file.empty() && !std::filesystem::exists(file)) {
      std::fprintf(stderr, "faultline eval: dictionary %s not found\n", file.string().c_str());
      return 2;
    }
  }
  auto code = make_coder(dictionaries);
  if (!code.ok()) {
    std::fprintf(stderr, "faultline eval: %s\n", code.status().message().c_str());
    return 1;
  }
  AnalyzerOptions ao;
  if (!opt.data_dir.empty()) ao.data_dir = opt.data_dir;
  if (!opt.wordnet_dir.empty()) ao.wordnet_dir = opt.wordnet_dir;
  auto analyzer = Analyzer::load(ao);
  if (!analyzer.ok()) {
    std::fprintf(stderr, "faultline eval: %s\n", analyzer.status().message().c_str());
    return 1;
  }
  EvalRunOptions ro;
  ro.include_negated = opt.include_negated;
  ro.include_hypothetical = opt.include_hypothetical;
  // Sentence labels and role spans score whatever event a sentence holds, so by default those
  // formats are coded as PETRARCH would with require_dyad off and short new actors on.
  if (opt.coder_options.empty() &&
      (gold->format == GoldFormat::kPentaTsv || gold->format == GoldFormat::kRolesConll)) {
    ro.default_coder_options = sentence_level_coder_options();
  }
  for (const std::string& o : opt.coder_options) {
    size_t eq = o.find('=');
    if (eq == std::string::npos) {
      std::fprintf(stderr, "faultline eval: --coder-option wants NAME=VALUE, not '%s'\n", o.c_str());
      return 2;
    }
    ro.default_coder_options.emplace_back(o.substr(0, eq), o.substr(eq + 1));
  }
  EvalResult result = run_eval(*gold, **analyzer, *code, ro);
  std::string report = format_eval_report(result, ReportOptions{opt.show_errors});
  if (!write_out(stdout, report) || std::fflush(stdout) != 0) {
    std::fprintf(stderr, "faultline eval: writing the report failed\n");
    return 1;
  }
  return 0;
}

}  // namespace

void register_eval(CommandRegistry& registry, EvalCoderFactory make_coder) {
  auto opt = std::make_shared<EvalOptions>();
  CLI::App* app = registry.add(
      "eval",
      "Code a gold file and score the result: PETRARCH validation XML or JSON Lines gold events (exact "
      "match, P/R/F1 over source-target-code, per root), sentence-label TSV (PentaClass), CoNLL role spans",
      [opt, make_coder = std::move(make_coder)] { return run_eval_command(*opt, make_coder); });
  app->add_option("gold", opt->gold, "The gold file")->required();
  app->add_option("--gold-format", opt->gold_format, "auto, petrarch-xml, jsonl, penta-tsv, roles-conll")
      ->capture_default_str();
  app->add_option("--verbs", opt->verbs, "Verb dictionary (default: the gold's <Environment>, else the project's)");
  app->add_option("--actors", opt->actors, "Actor dictionaries, comma-separated (the option may repeat)")
      ->delimiter(',')
      ->allow_extra_args(false)  // one argument per use: the inputs after it are not more actor files
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app->add_option("--agents", opt->agents, "Agent dictionary");
  app->add_option("--discards", opt->discards, "Discard dictionary");
  app->add_flag("--include-negated", opt->include_negated, "Score negated events too");
  app->add_flag("--include-hypothetical", opt->include_hypothetical, "Score hypothetical events too");
  app->add_option("--show-errors", opt->show_errors, "List up to N records that were not exactly right")
      ->capture_default_str();
  app->add_option("--coder-option", opt->coder_options,
                  "Coder option NAME=VALUE (PETRARCH <Config> names: require_dyad, new_actor_length) for records "
                  "without options of their own; repeatable");
  app->add_option("--data-dir", opt->data_dir, "Directory of Faultline's models (default: the build's data/)");
  app->add_option("--wordnet-dir", opt->wordnet_dir, "WordNet dictionary directory (default: /usr/share/wordnet)");
}

}  // namespace faultline::cli
