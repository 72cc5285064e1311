// How the coder finds events, and PETRARCH's <Config> options that set it.
//
// Contract: apply_coding_option() understands PETRARCH's option names (case of the value ignored:
// "True", "FALSE"); options that only concern PETRARCH's own machinery (stop_on_error, comma_*
// limits on its parse-tree walk) are accepted and change nothing; an unknown option or a malformed
// value is an error Status naming it.
#pragma once

#include <string_view>

#include "faultline/status.h"

namespace faultline {

struct CodingOptions {
  // An event needs both a source and a target (PETRARCH's require_dyad). When false, an event
  // with one missing actor is kept with an empty code in its place, unless it comes from a clause
  // embedded in one that coded an event (its actor is then usually that event's).
  bool require_dyad = true;
  // A subject or object noun phrase that no dictionary knows becomes a "new actor", coded as its
  // words in quotes ("\"MINISTRY OF MAGIC\""), when it has at most this many words (determiners
  // and possessive endings not counted); 0 turns new actors off (PETRARCH's new_actor_length).
  // A new target must name a party, a name or people ("local activists"), not a thing the verb
  // takes ("the move"); a new source may be a thing that acts ("the explosion").
  int new_actor_length = 0;
};

Status apply_coding_option(CodingOptions& options, std::string_view name, std::string_view value);

}  // namespace faultline
