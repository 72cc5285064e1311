#include <cstdio>

#include "coding/gold_coder.h"
#include "tools/faultline/commands.h"
#include "tools/faultline/eval_command.h"

namespace faultline::cli {

void register_alerts(CommandRegistry& registry);
void register_analyze(CommandRegistry& registry);
void register_code(CommandRegistry& registry);
void register_dict(CommandRegistry& registry);
void register_export(CommandRegistry& registry);
void register_ingest(CommandRegistry& registry);
void register_serve(CommandRegistry& registry);
void register_synthesize(CommandRegistry& registry);
void register_tag(CommandRegistry& registry);

void register_all(CommandRegistry& registry) {
  register_alerts(registry);
  register_analyze(registry);
  register_code(registry);
  register_dict(registry);
  register_eval(registry, [](const GoldDictionaries& dictionaries) -> Result<CodeDocument> {
    Diagnostics diagnostics;
    auto code = make_gold_coder(dictionaries, diagnostics);
    if (!diagnostics.all().empty()) {
      std::fprintf(stderr, "faultline eval: dictionaries: %s (see `faultline dict lint`)\n", diagnostics.summary().c_str());
    }
    return code;
  });
  register_export(registry);
  register_ingest(registry);
  register_serve(registry);
  register_synthesize(registry);
  register_tag(registry);
}

}  // namespace faultline::cli
