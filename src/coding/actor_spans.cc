#include "coding/actor_spans.h"

namespace faultline::coding {
namespace {

bool ends_conjunct(const SentenceContext& ctx, uint32_t i) {
  PosTag t = ctx.tag(i);
  return t == PosTag::Comma || t == PosTag::CC || t == PosTag::Colon || t == PosTag::LeftParen ||
         t == PosTag::RightParen || t == PosTag::Period;
}

}  // namespace

void widen_to_noun_phrase(const SentenceContext& ctx, TokenRange group, std::span<ResolvedActor> actors) {
  if (group.empty()) return;
  uint32_t last = std::min(group.last, ctx.size == 0 ? 0 : ctx.size - 1);
  for (ResolvedActor& a : actors) {
    if (a.first < group.first || a.last > last) continue;  // named outside the group (from context)
    while (a.first > group.first && !ends_conjunct(ctx, a.first - 1)) --a.first;
    while (a.last < last && !ends_conjunct(ctx, a.last + 1)) ++a.last;
  }
}

}  // namespace faultline::coding
