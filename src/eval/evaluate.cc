#include "eval/evaluate.h"

namespace faultline {
namespace {

const char* role_label(TokenRole role) {
  switch (role) {
    case TokenRole::kSource: return "S";
    case TokenRole::kTarget: return "T";
    case TokenRole::kBoth: return "R";
    case TokenRole::kNone: break;
  }
  return "";
}

// The sentence with each maximal run of tokens of one role in brackets.
std::string bracketed(const GoldRecord& record, const std::vector<TokenRole>& roles) {
  std::string out;
  for (size_t i = 0; i < record.tokens.size(); ++i) {
    const TokenRole role = roles[i];
    const bool opens = role != TokenRole::kNone && (i == 0 || roles[i - 1] != role);
    const bool closes = role != TokenRole::kNone && (i + 1 == roles.size() || roles[i + 1] != role);
    if (i > 0) out += ' ';
    if (opens) (out += '[') += role_label(role), out += ' ';
    const ByteSpan span = record.tokens[i].span;
    out.append(record.text, span.begin, span.size());
    if (closes) out += ']';
  }
  return out;
}

}  // namespace

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
      case GoldFormat::kRolesConll: {
        std::vector<TokenRole> predicted_roles = roles.add(record.tokens, predicted);
        std::vector<TokenRole> gold_roles;
        gold_roles.reserve(record.tokens.size());
        for (const GoldToken& t : record.tokens) gold_roles.push_back(t.role);
        if (gold_roles != predicted_roles) {
          result.role_mismatches.push_back(
              RoleMismatch{record.id, bracketed(record, gold_roles), bracketed(record, predicted_roles)});
        }
        break;
      }
    }
  }
  result.events = events.scores();
  result.penta = penta.scores();
  result.roles = roles.scores();
  return result;
}

}  // namespace faultline
