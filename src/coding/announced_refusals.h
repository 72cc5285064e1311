// "Israel will not release the prisoners", "the government won't lift the ban": an actor announcing
// that it will not perform a cooperative act refuses it. CAMEO codes the refusal (root 12), not a
// negated release, so the announcement is an event of its own, as "refused to release" is.
//
// Contract: refusal_code(code) returns the CAMEO 12x code that refuses the act `code` names, for
// the acts CAMEO has a refusal of: consultation and negotiation (04x -> 125, mediation 045 -> 126),
// signing an agreement (057 -> 127), material cooperation (06x -> 121x), aid (07x -> 122x) and
// yielding (08x -> 123x/124x). For any other code it returns an empty view. The caller decides
// when a clause announces a refusal (announces_refusal()).
#pragma once

#include <string_view>

#include "coding/sentence_context.h"

namespace faultline::coding {

std::string_view refusal_code(std::string_view code);

// True when `clause` is negated by "not"/"n't"/"never" in its own words together with a future
// modal ("will not", "won't", "would never"): an announced refusal. A past negation ("did not
// release") reports that nothing happened, and a negation taken from a verb above ("failed to")
// is coded by that verb's own patterns.
bool announces_refusal(const SentenceContext& ctx, const VerbGroup& clause);

}  // namespace faultline::coding
