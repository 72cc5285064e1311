// Running a coder over a gold set and scoring it, independent of which coder it is: the caller
// passes a function that codes one gold record and returns the events it would output (already
// without the negated and hypothetical events it would leave out).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "eval/event_scoring.h"
#include "eval/gold.h"
#include "eval/penta_scoring.h"
#include "eval/role_scoring.h"

namespace faultline {

using CodeRecord = std::function<std::vector<Event>(const GoldRecord&)>;

struct RecordMismatch {
  std::string id;
  std::string text;
  std::string error;  // the gold's expected error, if any
  RecordComparison comparison;
};

// A CoNLL sentence whose predicted roles differ from the gold ones, both written as the sentence
// with bracketed spans: "[S a car bomb] in Kiev killed [T another ethnic Chechen]" (R: both).
struct RoleMismatch {
  std::string id;
  std::string gold;
  std::string predicted;
};

struct CategoryScore {
  size_t records = 0;
  size_t exact = 0;
};

struct EvalResult {
  std::filesystem::path gold_path;
  GoldFormat format = GoldFormat::kJsonl;
  size_t records = 0;
  size_t predicted_events = 0;

  // PETRARCH XML and JSON Lines gold.
  EventScores events;
  std::map<std::string, CategoryScore> by_category;  // PETRARCH categories; empty otherwise
  std::vector<RecordMismatch> mismatches;            // records not exactly right, in gold order

  // Sentence-label TSV gold.
  PentaScores penta;

  // CoNLL role gold.
  RoleScores roles;
  std::vector<RoleMismatch> role_mismatches;  // sentences not exactly right, in gold order

  bool scores_events() const { return format == GoldFormat::kPetrarchXml || format == GoldFormat::kJsonl; }
};

EvalResult evaluate(const GoldSet& gold, const CodeRecord& code);

}  // namespace faultline
