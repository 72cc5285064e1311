#include "coding/announced_refusals.h"

#include <array>
#include <utility>

namespace faultline::coding {
namespace {

// Most specific first: a code's refusal is the first entry whose act is a prefix of it. The pairs
// follow the CAMEO codebook's structure of root 12 (reject), which mirrors roots 04-08.
constexpr std::array<std::pair<std::string_view, std::string_view>, 23> kRefusals = {{
    {"045", "126"},   // mediate -> reject mediation
    {"04", "125"},    // meet, negotiate -> reject proposal to meet, discuss or negotiate
    {"036", "125"},   // intent to meet (a future meeting) -> the same refusal
    {"057", "127"},   // sign an agreement -> reject plan or agreement to settle the dispute
    {"061", "1211"},  // economic cooperation
    {"062", "1212"},  // military cooperation
    {"06", "121"},    // material cooperation
    {"071", "1221"},  // economic aid
    {"072", "1222"},  // military aid
    {"073", "1223"},  // humanitarian aid
    {"074", "1224"},  // military protection or peacekeeping
    {"07", "122"},    // aid
    {"0831", "1231"}, // leadership change (resign)
    {"0832", "1232"}, // policy change
    {"0833", "1233"}, // rights
    {"0834", "1234"}, // institutions, regime
    {"081", "1241"},  // ease administrative sanctions
    {"082", "1242"},  // ease popular dissent
    {"084", "1243"},  // release persons or property
    {"085", "1244"},  // ease economic sanctions, boycott, embargo
    {"086", "1245"},  // allow international involvement
    {"087", "1246"},  // de-escalate militarily
    {"08", "124"},    // yield
}};

bool future_modal(std::string_view lemma) { return lemma == "will" || lemma == "would" || lemma == "shall"; }

}  // namespace

std::string_view refusal_code(std::string_view code) {
  for (const auto& [act, refusal] : kRefusals) {
    if (code.starts_with(act)) return refusal;
  }
  return {};
}

bool announces_refusal(const SentenceContext& ctx, const VerbGroup& clause) {
  if (!clause.negated || clause.negation == kNoToken) return false;
  if (clause.negation < clause.tokens.first || clause.negation > clause.main) return false;
  const std::string_view negation = ctx.lemma(clause.negation);
  if (negation != "not" && negation != "n't" && negation != "never") return false;
  for (uint32_t k = clause.tokens.first; k < clause.negation; ++k) {
    if (ctx.tag(k) == PosTag::MD && future_modal(ctx.lemma(k))) return true;
  }
  return false;
}

}  // namespace faultline::coding
