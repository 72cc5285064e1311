#include "eval/evaluate.h"

namespace faultline {

EvalResult evaluate(const GoldSet& gold, const CodeRecord& code) {
  EvalResult result;
  result.gold_path = gold.path;
  result.format = gold.format;
  EventScorer events;
  PentaScorer penta;
  RoleScorer roles;
  for (const GoldRecord& record : gold.records) {
    std::vector<Event> predicted = code(record);
    result.records++;
    result.predicted_events += predicted.size();
    switch (gold.format) {
      case GoldFormat::kPetrarchXml:
      case GoldFormat::kJsonl: {
        RecordComparison comparison = events.add(record.events, predicted);
        if (!record.category.empty()) {
          CategoryScore& c = result.by_category[record.category];
          c.records++;
          if (comparison.exact) c.exact++;
        }
        if (!comparison.exact) {
          result.mismatches.push_back(RecordMismatch{record.id, record.text, record.error, std::move(comparison)});
        }
        break;
      }
      case GoldFormat::kPentaTsv:
        penta.add(record.penta, predicted);
        break;
      case GoldFormat::kRolesConll:
        roles.add(record.tokens, predicted);
        break;
    }
  }
  result.events = events.scores();
  result.penta = penta.scores();
  result.roles = roles.scores();
  return result;
}

}  // namespace faultline
