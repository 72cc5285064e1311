// Fitting an event's code and actors to each other, once both are known: what an act is depends on
// who does it to whom ("villagers clashed with government forces" is a violent protest, "gunmen
// seized two workers" an abduction, "troops worked with the Ugandan army" military cooperation),
// and some actors cannot fill a role for some acts (a treaty signed is no party, miners
// travelling make no official visit, "he" pointing back to the speaker is addressed by no
// statement).
#pragma once

#include <vector>

#include "coding/actor_groups.h"
#include "coding/sentence_context.h"
#include "knowledge/knowledge.h"

namespace faultline::coding {

// Rewrites `code` and removes actors that cannot fill their role; the caller drops the event when
// a role it needs is left empty.
void fit_code_and_actors(const SentenceContext& ctx, EventCode& code, std::vector<ResolvedActor>& sources,
                         std::vector<ResolvedActor>& targets);

}  // namespace faultline::coding
