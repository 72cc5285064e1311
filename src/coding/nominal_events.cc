#include "coding/nominal_events.h"

#include <algorithm>
#include <array>
#include <utility>

#include "coding/actor_groups.h"

namespace faultline::coding {
namespace {

using NounVerb = std::pair<std::string_view, std::string_view>;

// English event nouns and the verbs they name the act of; sorted by noun.
constexpr auto kEventNouns = std::to_array<NounVerb>({
    {"abduction", "abduct"},       {"accusation", "accuse"},      {"annexation", "annex"},
    {"arrest", "arrest"},          {"assassination", "assassinate"}, {"assault", "assault"},
    {"attack", "attack"},          {"blockade", "blockade"},      {"bombardment", "bombard"},
    {"bombing", "bomb"},           {"boycott", "boycott"},        {"capture", "capture"},
    {"condemnation", "condemn"},   {"criticism", "criticize"},    {"denunciation", "denounce"},
    {"deportation", "deport"},     {"destruction", "destroy"},    {"detention", "detain"},
    {"eviction", "evict"},         {"execution", "execute"},      {"expulsion", "expel"},
    {"extradition", "extradite"},  {"imprisonment", "imprison"},  {"invasion", "invade"},
    {"investigation", "investigate"}, {"kidnapping", "kidnap"},   {"killing", "kill"},
    {"massacre", "massacre"},      {"occupation", "occupy"},      {"persecution", "persecute"},
    {"raid", "raid"},              {"recognition", "recognize"},  {"rejection", "reject"},
    {"release", "release"},        {"seizure", "seize"},          {"shelling", "shell"},
    {"torture", "torture"},        {"visit", "visit"},
});

bool is_of(const SentenceContext& ctx, uint32_t i, std::string_view word) {
  return i < ctx.size && ctx.tag(i) == PosTag::IN && ctx.lemma(i) == word;
}

// The first mention inside the noun group that starts at `first` (within `limit`), or -1.
int mention_in_group(const SentenceContext& ctx, uint32_t first, uint32_t limit) {
  if (first >= limit || !ctx.clauses->in_noun_chunk(first)) return -1;
  uint32_t end = std::min(limit, ctx.clauses->chunk_end(first) + 1);
  return first_mention_between(ctx, first, end);
}

}  // namespace

std::string_view verb_of_event_noun(std::string_view noun_lemma) {
  auto it = std::lower_bound(kEventNouns.begin(), kEventNouns.end(), noun_lemma,
                             [](const NounVerb& e, std::string_view n) { return e.first < n; });
  return it != kEventNouns.end() && it->first == noun_lemma ? it->second : std::string_view();
}

void find_nominal_events(const SentenceContext& ctx, std::vector<NominalEvent>& out) {
  const Knowledge& kb = *ctx.knowledge;
  for (uint32_t i = 0; i + 2 < ctx.size; ++i) {
    PosTag t = ctx.tag(i);
    if ((t != PosTag::NN && t != PosTag::NNS) || !is_of(ctx, i + 1, "of")) continue;
    std::string_view verb_lemma = verb_of_event_noun(ctx.lemma(i));
    if (verb_lemma.empty()) continue;
    WordId w = kb.word(verb_lemma);
    if (w == kNoWord) continue;
    VerbMatch vm = kb.match_verb(std::span<const WordId>(&w, 1), 0, w);
    if (!vm) continue;

    NominalEvent e;
    e.noun = i;
    e.verb = vm;
    int target = mention_in_group(ctx, i + 2, ctx.size);
    if (target < 0) continue;
    e.target = ctx.mentions[target].first;
    // The agent: "by Y" after the patient's group, else a possessive or actor word before the noun.
    uint32_t after = ctx.clauses->chunk_end(i + 2) + 1;
    while (after < ctx.size && is_of(ctx, after, "of")) after = ctx.clauses->chunk_end(std::min(after + 1, ctx.size - 1)) + 1;
    if (is_of(ctx, after, "by")) {
      int source = mention_in_group(ctx, after + 1, ctx.size);
      if (source >= 0) e.source = ctx.mentions[source].first;
    }
    if (e.source == kNoToken && ctx.clauses->in_noun_chunk(i)) {
      uint32_t start = ctx.clauses->chunk_start(i);
      // "Serbia 's detention": the possessor's chunk ends right before the noun's.
      if (start >= 1 && ctx.tag(start) == PosTag::POS && ctx.clauses->in_noun_chunk(start - 1)) {
        start = ctx.clauses->chunk_start(start - 1);
      }
      int source = first_mention_between(ctx, start, i);
      if (source >= 0) e.source = ctx.mentions[source].first;
    }
    if (e.source != kNoToken) out.push_back(e);
  }
}

}  // namespace faultline::coding
