// Nominal events: an act named by a noun rather than a verb — "the detention of three officers by
// Serbia", "Serbia's expulsion of the ambassador", "the Serbian arrest of two Kosovars".
//
// Only where the dictionaries allow it: the noun must derive from a verb the verb dictionary knows
// (a built-in table of English event nouns and their verbs, "detention" -> "detain"), and the
// phrase must name both sides: the patient in "of X" right after the noun, the agent in "by Y"
// after that, as a possessive before the noun ("Serbia's") or as an actor word inside the noun's
// own phrase ("the Serbian arrest"). The event takes the verb's own code.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "coding/sentence_context.h"

namespace faultline::coding {

struct NominalEvent {
  uint32_t noun = kNoToken;    // the event noun (its trigger is the noun, with "the" not included)
  VerbMatch verb;              // the dictionary verb the noun derives from
  uint32_t source = kNoToken;  // first token of the agent's mention
  uint32_t target = kNoToken;  // first token of the patient's mention
};

// The verb lemma an event noun derives from ("detention" -> "detain"), or "" when the noun is not
// one the coder knows.
std::string_view verb_of_event_noun(std::string_view noun_lemma);

// Appends the nominal events of the sentence in ctx.
void find_nominal_events(const SentenceContext& ctx, std::vector<NominalEvent>& out);

}  // namespace faultline::coding
