#include "coding/force_threats.h"

namespace faultline::coding {

std::string_view threat_code(const SentenceContext& ctx, const VerbGroup& clause, std::string_view code) {
  if (!clause.hypothetical || clause.modality == kNoToken || code.size() < 2) return code;
  if (code.substr(0, 2) != "18" && code.substr(0, 2) != "19" && code.substr(0, 2) != "20") return code;
  std::string_view w = ctx.lemma(clause.modality);
  if (w == "ready" || w == "prepared" || w == "poised" || w == "willing" || w == "prepare") return "138";
  return code;
}

}  // namespace faultline::coding
