// Turning a noun group into actor codes, PETRARCH-style.
//
// A noun group ("the ambassadors of Serbia and Kosovo", "Serbian police and soldiers",
// "Kosovo and the government of Serbia") is split into conjuncts (by "and", "or", "nor" and list
// commas) and, after a linking "of / in / from", modifiers. Each conjunct combines the actor it
// names with the agents it names ("Serbian police" -> SRB + ~COP = SRBCOP); a conjunct that names
// only agents takes each modifier's actor ("ambassadors of Serbia and Kosovo" -> SRBGOV, KSVGOV),
// or no country ("---COP") when there is none. Compound groups give one actor per member.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "coding/sentence_context.h"

namespace faultline::coding {

struct ResolvedActor {
  std::string code;
  uint32_t first = 0;  // sentence tokens [first, last] that name it
  uint32_t last = 0;
};

// Finds actor and agent mentions (longest dictionary phrase at each token) into ctx.mentions.
void find_mentions(SentenceContext& ctx);

// Appends the actors the group names. Nothing when the group names none.
void resolve_group(const SentenceContext& ctx, TokenRange group, std::vector<ResolvedActor>& out);

// A noun lemma that looks like it names people: an agent-like ending ("-ist", "-er", "-ian" ...) or
// a word for a group of people ("member", "delegation", "crowd").
bool looks_like_people(std::string_view lemma);

// Token k counts people: a number, "thousands", "dozens", "a number", "a handful", "a group" ...
bool quantity_word(const SentenceContext& ctx, uint32_t k);

// The first mention at or after `from` and before `end`, or -1.
int first_mention_between(const SentenceContext& ctx, uint32_t from, uint32_t end);

}  // namespace faultline::coding
