// Regular English inflection for dictionary words (upper case in, upper case out): the plurals of
// agent and synset nouns and the forms of regular verbs, which dictionaries leave to the program.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace faultline {

// MINISTER -> MINISTERS, AUTHORITY -> AUTHORITIES, ENVOY -> ENVOYS, CONGRESS -> CONGRESSES,
// CHURCH -> CHURCHES.
std::string regular_plural(std::string_view noun);

// The regular forms of a verb besides the base: third person singular, past (also the past
// participle) and present participle. DETAIN -> DETAINS DETAINED DETAINING; SEIZE -> SEIZES
// SEIZED SEIZING; DENY -> DENIES DENIED DENYING; BAN -> BANS BANNED BANNING.
std::vector<std::string> regular_verb_forms(std::string_view verb);

}  // namespace faultline
