// Nouns that name a matter, never a party: "the Syrian crisis", "China policies", "U.S. Vietnam
// policy", "an al-Qaeda connection". An actor word that only modifies such a noun ("Syrian",
// "China") makes the noun phrase about the actor, not the actor itself, so the phrase names no
// one. Act nouns ("Trump's decision", "the Israeli strikes", "a U.N. resolution") are not here:
// their author is the party criticised, praised or vetoed, as CAMEO coders code them.
//
// A closed list in code rather than in the dictionaries: it is part of how the coder reads a noun
// phrase, not knowledge about the world, and it is small and stable.
#pragma once

#include <string_view>

namespace faultline::coding {

// `lemma` (lower case, singular) is a topic noun.
bool topic_noun(std::string_view lemma);

}  // namespace faultline::coding
