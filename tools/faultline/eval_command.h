// `faultline eval`: runs a coder on a gold file and prints how well it did.
//
// The command does not know the coder: it is handed a factory that, given the dictionaries the run
// should use, returns a function coding one analysed document. Registration supplies it, e.g. from
// the knowledge and coding layers:
//   register_eval(registry, [](const GoldDictionaries& d) -> Result<CodeDocument> {
//     ... load_knowledge(...) ... return CodeDocument(... code_document(*knowledge, doc) ...);
//   });
#pragma once

#include <functional>

#include "eval/eval_run.h"
#include "eval/gold.h"
#include "tools/faultline/commands.h"

namespace faultline::cli {

// `dictionaries` are the gold file's own (PETRARCH <Environment>) overridden by --verbs, --actors,
// --agents and --discards; all empty means "the project's own dictionaries". Problems while loading
// are the factory's to print; a failed Status stops the run.
using EvalCoderFactory = std::function<Result<CodeDocument>(const GoldDictionaries& dictionaries)>;

void register_eval(CommandRegistry& registry, EvalCoderFactory make_coder);

}  // namespace faultline::cli
