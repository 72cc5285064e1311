// Nouns that name a matter or a gathering, never a party: "the Syrian crisis", "an al-Qaeda
// connection", "the Kosovo issue", "the Islamabad summit". An actor word that only modifies such
// a noun ("Syrian", "al-Qaeda") makes the noun phrase about the actor, not the actor itself, so
// the phrase names no one. Act and policy nouns ("Trump's decision", "the Israeli strikes", "a
// U.N. resolution", "U.S. policy") are not here: their author is the party criticised, praised or
// vetoed, as CAMEO coders code them.
//
// A closed list in code rather than in the dictionaries: it is part of how the coder reads a noun
// phrase, not knowledge about the world, and it is small and stable.
#pragma once

#include <string_view>

namespace faultline::coding {

// `lemma` (lower case, singular) is a topic noun.
bool topic_noun(std::string_view lemma);

}  // namespace faultline::coding
