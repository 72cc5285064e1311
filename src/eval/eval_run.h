// One evaluation run: every gold record becomes a Document, is analysed, coded by the caller's
// coder and scored. This is `faultline eval` without its command line and without knowing which
// coder it runs.
//
// Per format: PETRARCH XML and JSON Lines records are analysed as raw text (never PETRARCH's parse
// trees); sentence-label TSV records likewise; CoNLL records are analysed pre-tokenized, one sentence
// of the gold tokens, so predicted spans line up with the gold tokens. Events flagged negated or
// hypothetical are dropped before scoring unless asked for, as `faultline code` leaves them out.
#pragma once

#include <functional>
#include <vector>

#include "eval/evaluate.h"
#include "faultline/pipeline.h"

namespace faultline {

struct EvalRunOptions {
  bool include_negated = false;
  bool include_hypothetical = false;
  // Coder options for records that carry none of their own (every record of the formats other than
  // PETRARCH XML, and XML records before any <Config>).
  CoderOptions default_coder_options;
};

// Codes one analysed document. `options` are the record's coder options (PETRARCH <Config> in force
// for it), empty for the other formats.
using CodeDocument = std::function<std::vector<Event>(const CoderOptions& options, Document& doc)>;

// The coder options `faultline eval` uses for the sentence-level formats (PentaClass TSV, role
// CoNLL) unless told otherwise: require_dyad=false, new_actor_length=4 — those gold sets label a
// sentence's event and its participants, named in a dictionary or not.
CoderOptions sentence_level_coder_options();

EvalResult run_eval(const GoldSet& gold, const Analyzer& analyzer, const CodeDocument& code,
                    const EvalRunOptions& options = {});

}  // namespace faultline
