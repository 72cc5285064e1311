// Matching one compiled verb pattern against the words around a verb group.
//
// PETRARCH semantics over a flat clause: pre-verb elements are looked for, in order, between the
// start of the clause (its subject) and the verb; post-verb elements, in order, between the verb
// (and its particles) and the end of the verb's window. Words in between are allowed unless the
// pattern joins two elements with '_'. A word matches a token's form or lemma; {A B HEAD} needs its
// words consecutive; (PREP OBJECT) needs the preposition and then the object inside the noun group
// after it; $ / + / % mark where the source / target / compound actor is; ^ skips a noun phrase.
#pragma once

#include <cstdint>

#include "coding/sentence_context.h"

namespace faultline::coding {

struct PatternMatch {
  bool matched = false;
  int score = 0;                      // elements matched: more is more specific
  uint32_t source = kNoToken;         // token where the $ slot matched
  uint32_t target = kNoToken;         // token where the + slot matched
  uint32_t compound = kNoToken;       // token where the % slot matched
  uint32_t first = kNoToken;          // first and last token the pattern's words covered
  uint32_t last = 0;
  bool covers(uint32_t token) const { return first != kNoToken && token >= first && token <= last; }
};

// pre_begin: first token where pre-verb elements may match; verb_first/verb_last: the verb's words;
// post_end: one past the last token where post-verb elements may match.
PatternMatch match_pattern(const SentenceContext& ctx, const Pattern& pattern, uint32_t pre_begin,
                           uint32_t verb_first, uint32_t verb_last, uint32_t post_end);

}  // namespace faultline::coding
