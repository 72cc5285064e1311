// Scoring sentence-level PentaClass labels: a sentence's predicted class is the PentaClass of its
// highest-confidence event (the first of equals); a sentence without events has no class and counts
// as wrong (a false negative of its gold class, a false positive of none).
#pragma once

#include <array>
#include <span>

#include "eval/counts.h"
#include "faultline/event.h"

namespace faultline {

struct PentaScores {
  size_t sentences = 0;
  size_t correct = 0;
  size_t without_event = 0;       // sentences for which the coder found no event
  std::array<Counts, 5> by_class;

  double accuracy() const { return sentences == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(sentences); }
  // Mean F1 over the classes that occur in the gold labels or the predictions.
  double macro_f1() const;
};

// The PentaClass of the highest-confidence event, from its code's root; -1 when there is none (or
// no event has a CAMEO root).
int predicted_penta(std::span<const Event> predicted);

class PentaScorer {
 public:
  // gold_class: 0-4. Returns true when the predicted class is the gold one.
  bool add(int gold_class, std::span<const Event> predicted);
  const PentaScores& scores() const { return scores_; }

 private:
  PentaScores scores_;
};

}  // namespace faultline
