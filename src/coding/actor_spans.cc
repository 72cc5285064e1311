#include "coding/actor_spans.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "time/temporal_words.h"

namespace faultline::coding {
namespace {

bool ends_conjunct(const SentenceContext& ctx, uint32_t i) {
  PosTag t = ctx.tag(i);
  if (t == PosTag::Colon && ctx.lemma(i) == "-" && i > 0 && i + 1 < ctx.size) return false;  // "rebel - held"
  return t == PosTag::Comma || t == PosTag::CC || t == PosTag::Colon || t == PosTag::LeftParen ||
         t == PosTag::RightParen || t == PosTag::Period;
}

// The last token of an apposition that starts after the comma at `comma`, or kNoToken: a short
// run of noun-phrase words (a participle and its phrase may follow: "an aid worker imprisoned in
// Egypt") up to a comma or the end of the sentence, with no finite verb (", the minister said"),
// conjunction (", Kosovo and Albania") or clause opener in it, not naming a time (", next month").
uint32_t apposition_end(const SentenceContext& ctx, uint32_t comma) {
  constexpr uint32_t kMaxWords = 12;
  uint32_t k = comma + 1;
  if (k >= ctx.size) return kNoToken;
  PosTag first = ctx.tag(k);
  if (!(first == PosTag::DT || first == PosTag::PRP_ || first == PosTag::JJ || first == PosTag::CD || is_noun(first))) {
    return kNoToken;
  }
  uint32_t last_noun = kNoToken;
  for (; k < ctx.size && k - comma <= kMaxWords; ++k) {
    PosTag t = ctx.tag(k);
    if (t == PosTag::Comma || t == PosTag::Period) break;
    if (t == PosTag::CC || t == PosTag::VBD || t == PosTag::VBZ || t == PosTag::VBP || t == PosTag::MD ||
        t == PosTag::WDT || t == PosTag::WP || t == PosTag::Colon || t == PosTag::VBG || t == PosTag::TO) {
      return kNoToken;
    }
    if (is_noun(t) && last_noun == kNoToken) last_noun = k;
  }
  if (k == comma + 1 || k - comma > kMaxWords || last_noun == kNoToken) return kNoToken;
  if (time_noun(ctx.doc->form(ctx.token(last_noun)))) return kNoToken;
  if (k < ctx.size && ctx.tag(k) == PosTag::Period && k + 1 < ctx.size) return kNoToken;  // an abbreviation's dot
  return k - 1;
}

// "in recent weeks", "on Monday", "last week", "in 2020": a phrase that says when, after the actor's
// words, is no part of its noun phrase.
bool temporal_phrase_at(const SentenceContext& ctx, uint32_t k) {
  if (k >= ctx.size) return false;
  const PosTag t = ctx.tag(k);
  if (t != PosTag::IN && t != PosTag::JJ && t != PosTag::DT) return false;
  if (t != PosTag::IN) {
    const std::string_view w = ctx.lemma(k);
    if (w != "last" && w != "this" && w != "next" && w != "earlier") return false;
  }
  for (uint32_t j = k + 1; j < ctx.size && j <= k + 4; ++j) {
    if (is_noun(ctx.tag(j)) || ctx.tag(j) == PosTag::CD) {
      const std::string_view w = ctx.doc->form(ctx.token(j));
      if (t == PosTag::IN && year_number(w).has_value()) return true;
      if (ctx.tag(j) == PosTag::CD) continue;  // "in the five months"
      return time_noun(w);
    }
    if (ctx.tag(j) != PosTag::DT && ctx.tag(j) != PosTag::JJ) return false;
  }
  return false;
}

// "in response to ...", "in return", "in an act of defiance", "in a televised address", "killed 22
// people in an assault", "in their sleep": an "in" phrase that says how, why or in what the act
// was done, after the actor's words, is no part of its noun phrase.
bool manner_phrase_at(const SentenceContext& ctx, uint32_t k) {
  if (k >= ctx.size || ctx.tag(k) != PosTag::IN || ctx.lemma(k) != "in") return false;
  static constexpr std::array<std::string_view, 33> kManner = {
      "response", "return",    "reaction",  "retaliation", "exchange", "protest",   "solidarity", "act",
      "bid",      "effort",    "attempt",   "statement",   "broadcast", "letter",   "speech",     "interview",
      "address",  "message",   "attack",    "assault",     "raid",     "strike",    "airstrike",  "bombing",
      "blast",    "explosion", "clash",     "shooting",    "ambush",   "crackdown", "offensive",  "violence",
      "sleep"};
  for (uint32_t j = k + 1; j < ctx.size && j <= k + 4; ++j) {
    if (is_noun(ctx.tag(j))) return std::find(kManner.begin(), kManner.end(), ctx.lemma(j)) != kManner.end();
    const PosTag t = ctx.tag(j);
    if (t != PosTag::DT && t != PosTag::JJ && t != PosTag::VBN && t != PosTag::CD && t != PosTag::PRP_) return false;
  }
  return false;
}

}  // namespace

void widen_to_noun_phrase(const SentenceContext& ctx, TokenRange group, std::span<ResolvedActor> actors) {
  if (group.empty()) return;
  uint32_t last = std::min(group.last, ctx.size == 0 ? 0 : ctx.size - 1);
  for (ResolvedActor& a : actors) {
    if (a.first < group.first || a.last > last) continue;  // named outside the group (from context)
    // "In recent months Syria and Israel have fired": a time the chunker joined to the name is no
    // part of it, nor is the "of" that followed it ("last October of a hundred U.S. servicemen").
    auto time_before = [&] { return is_noun(ctx.tag(a.first - 1)) && time_noun(ctx.doc->form(ctx.token(a.first - 1))); };
    while (a.first > group.first && !ends_conjunct(ctx, a.first - 1) && !time_before()) --a.first;
    if (a.first > group.first && time_before()) {
      while (a.first < a.last && ctx.tag(a.first) == PosTag::IN) ++a.first;
    }
    // "summoned the Chinese ambassador in Berlin", "attacked an Afghan army base in Kandahar": an
    // actor whose own words name its country is named by them; an "in" phrase after them says
    // where the act happened. (A party of no country takes it: "people in Yemen".)
    const bool has_country = !a.code.starts_with("---") && !a.code.starts_with("\"");
    while (a.last < last && !ends_conjunct(ctx, a.last + 1) && !temporal_phrase_at(ctx, a.last + 1) &&
           !manner_phrase_at(ctx, a.last + 1) && !(has_country && ctx.tag(a.last + 1) == PosTag::IN && ctx.lemma(a.last + 1) == "in")) {
      ++a.last;
    }
  }
  // "40 opposition politicians and activists", "15 executives and suppliers": a bare common noun
  // (no determiner, no name) conjoined to an actor that names no one of its own shares the actor's
  // noun phrase.
  for (ResolvedActor& a : actors) {
    if (a.last + 2 > last || ctx.tag(a.last + 1) != PosTag::CC) continue;
    const std::string_view cc = ctx.lemma(a.last + 1);
    if (cc != "and" && cc != "or") continue;
    const uint32_t first = a.last + 2;
    const PosTag t = ctx.tag(first);
    if (t != PosTag::NN && t != PosTag::NNS && t != PosTag::JJ) continue;
    if (ctx.lemma(first) == "other") continue;  // "Saudi Arabia and other nations": others, not it
    uint32_t end = first;
    while (end < last && !ends_conjunct(ctx, end + 1) && !temporal_phrase_at(ctx, end + 1) &&
           !manner_phrase_at(ctx, end + 1)) {
      ++end;
    }
    const bool named = std::any_of(actors.begin(), actors.end(), [&](const ResolvedActor& b) {
      return &b != &a && b.last >= first && b.first <= end;
    });
    if (!named) a.last = end;
  }
  if (actors.size() == 1 && actors[0].last == last && last + 1 < ctx.size && ctx.tag(last + 1) == PosTag::Comma) {
    uint32_t end = apposition_end(ctx, last + 1);
    if (end != kNoToken) actors[0].last = end;
  }
}

}  // namespace faultline::coding
