// How much text an actor's evidence covers: the whole noun phrase that names it, not only the
// dictionary words inside ("three Kosovo police officers", "Israeli Prime Minister Benjamin
// Netanyahu", "the last rebel stronghold in the province"), as readers and annotators mark actors.
//
// Contract: widens each actor's tokens [first, last] to the conjunct of `group` that holds them —
// up to the neighbouring list comma or coordinating conjunction ("Serbia and Kosovo" stays two
// one-word spans) and never outside the group, except for an apposition: a group that names a
// single actor also covers the noun phrase set off by a comma right after it ("the Palestinian
// president, Mahmoud Abbas,", "Aya Hijazi, an American aid worker imprisoned in Egypt"). Codes are
// untouched.
#pragma once

#include <span>

#include "coding/actor_groups.h"

namespace faultline::coding {

void widen_to_noun_phrase(const SentenceContext& ctx, TokenRange group, std::span<ResolvedActor> actors);

}  // namespace faultline::coding
