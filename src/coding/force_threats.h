// "KFOR is ready to intervene", "troops stand prepared to strike": an actor's declared readiness to
// use force is a threat (CAMEO 138, threaten with military force), not the use of force itself.
//
// Contract: threat_code() returns "138" when `code` is a material-conflict code of roots 18-20 and
// the clause is hypothetical by a readiness word ("ready", "prepared", "poised", "willing"); else
// `code` unchanged. The event stays flagged hypothetical.
#pragma once

#include <string_view>

#include "coding/sentence_context.h"

namespace faultline::coding {

std::string_view threat_code(const SentenceContext& ctx, const VerbGroup& clause, std::string_view code);

}  // namespace faultline::coding
