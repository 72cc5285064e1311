// Nouns that name an act done to someone, or a request for one: when such a noun heads the object
// of a verb, the people attached to it take part in that act, they are not whom the verb aims at.
//
//   "requested Godfrey's extradition"            Godfrey is extradited, not asked
//   "rejected the sale of the company to X"      the company is sold
//   "criticized demands for the resignation of Assad"  the demands are criticised, not Assad
//
// Only the act's doer, named with "by", is the target ("condemned the detention of three officers
// by Serbia"). Acts whose possessive or modifier is their author ("Trump's decision", "the Israeli
// strikes", "Russia's demands") stay with coding/topic_nouns.h's rule: their author is the party
// criticised or praised.
//
// A closed list in code, as the topic nouns: it is part of how the coder reads a noun phrase.
#pragma once

#include <string_view>

namespace faultline::coding {

// `lemma` (lower case, singular) names an act whose possessive and "of" name the one it is done to:
// "extradition", "release", "resignation", "sale".
bool patient_act_noun(std::string_view lemma);

// `lemma` (lower case, singular) names a request, whose "for" names what is asked: "call",
// "demand", "plea".
bool request_noun(std::string_view lemma);

// `lemma` (lower case, singular) names an act or a position whose modifier is its author: "the
// Supreme Court decision", "a government proposal", "police raids". The role noun before it names
// the party the act is from, not a thing ("a police complaint" is not one of these).
bool authored_act_noun(std::string_view lemma);

}  // namespace faultline::coding
