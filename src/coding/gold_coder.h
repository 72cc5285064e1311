// The coder as an evaluation runs it (src/eval/eval_run.h): the gold set's dictionaries loaded once,
// each record coded with the coder options in force for it (PETRARCH <Config>).
//
// Contract: fails when a dictionary file cannot be read or when no dictionaries are named (the
// project ships no English dictionaries of its own yet); malformed dictionary lines go to
// `diagnostics`. Record options the coder does not know are ignored while coding (check them with
// coding_options_for()). The returned function keeps its own Coder; it serves one thread at a time.
#pragma once

#include "coding/coding_options.h"
#include "eval/eval_run.h"
#include "eval/gold.h"
#include "knowledge/diagnostics.h"

namespace faultline {

Result<CodeDocument> make_gold_coder(const GoldDictionaries& dictionaries, Diagnostics& diagnostics);

// The options of `record_options` applied, in order, over the defaults; problems are reported.
CodingOptions coding_options_for(const CoderOptions& record_options, Diagnostics& diagnostics);

}  // namespace faultline
