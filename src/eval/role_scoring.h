// Scoring actor roles token by token against CoNLL S/T/R spans.
//
// A token is a predicted source when its bytes overlap the source span of any predicted event, a
// predicted target likewise; a gold R token counts as both source and target, and so does a token
// that is a source in one event and a target in another. Source and target are scored separately
// and together (micro-averaged).
#pragma once

#include <span>
#include <vector>

#include "eval/counts.h"
#include "eval/gold.h"
#include "faultline/event.h"

namespace faultline {

struct RoleScores {
  size_t sentences = 0;
  size_t tokens = 0;
  Counts source;
  Counts target;

  Counts combined() const {
    Counts c = source;
    c += target;
    return c;
  }
};

class RoleScorer {
 public:
  // Scores one sentence; returns the predicted role of each token (parallel to `tokens`).
  std::vector<TokenRole> add(std::span<const GoldToken> tokens, std::span<const Event> predicted);
  const RoleScores& scores() const { return scores_; }

 private:
  RoleScores scores_;
};

}  // namespace faultline
