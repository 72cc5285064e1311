// Scoring coded events against gold events: exact-match rate per record, and precision / recall /
// F1 over (source, target, code) triples, overall and per root code.
//
// Each record compares sets: duplicates on either side count once (a coder that reports the same
// event twice from one sentence has still coded one event). Codes and actors compare as strings.
#pragma once

#include <map>
#include <span>
#include <string>
#include <vector>

#include "eval/counts.h"
#include "eval/gold.h"
#include "faultline/event.h"

namespace faultline {

struct EventScores {
  size_t records = 0;
  size_t exact = 0;                        // records whose predicted set equals the gold set
  Counts triples;                          // over (source, target, code)
  std::map<std::string, Counts> by_root;   // by the first two characters of the code ("17")

  double exact_rate() const { return records == 0 ? 0.0 : static_cast<double>(exact) / static_cast<double>(records); }
};

// How one record went: the triples the coder missed and those it added.
struct RecordComparison {
  bool exact = true;
  std::vector<GoldEvent> missing;   // in gold, not predicted
  std::vector<GoldEvent> spurious;  // predicted, not in gold
};

class EventScorer {
 public:
  RecordComparison add(std::span<const GoldEvent> gold, std::span<const Event> predicted);
  const EventScores& scores() const { return scores_; }

 private:
  EventScores scores_;
};

}  // namespace faultline
