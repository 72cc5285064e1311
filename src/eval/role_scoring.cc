#include "eval/role_scoring.h"

namespace faultline {
namespace {

bool overlaps(ByteSpan a, ByteSpan b) { return a.begin < b.end && b.begin < a.end; }

void count(Counts& c, bool gold, bool predicted) {
  if (gold && predicted) {
    c.tp++;
  } else if (gold) {
    c.fn++;
  } else if (predicted) {
    c.fp++;
  }
}

}  // namespace

std::vector<TokenRole> RoleScorer::add(std::span<const GoldToken> tokens, std::span<const Event> predicted) {
  scores_.sentences++;
  std::vector<TokenRole> roles;
  roles.reserve(tokens.size());
  for (const GoldToken& t : tokens) {
    bool source = false;
    bool target = false;
    for (const Event& e : predicted) {
      source = source || overlaps(t.span, e.source_span);
      target = target || overlaps(t.span, e.target_span);
    }
    bool gold_source = t.role == TokenRole::kSource || t.role == TokenRole::kBoth;
    bool gold_target = t.role == TokenRole::kTarget || t.role == TokenRole::kBoth;
    count(scores_.source, gold_source, source);
    count(scores_.target, gold_target, target);
    scores_.tokens++;
    roles.push_back(source && target ? TokenRole::kBoth
                    : source         ? TokenRole::kSource
                    : target         ? TokenRole::kTarget
                                     : TokenRole::kNone);
  }
  return roles;
}

}  // namespace faultline
