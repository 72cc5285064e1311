#include "coding/pattern_matcher.h"

#include <algorithm>

namespace faultline::coding {
namespace {

class Matcher {
 public:
  Matcher(const SentenceContext& ctx, PatternMatch& m) : ctx_(ctx), m_(m), kb_(*ctx.knowledge) {}

  // Matches els[idx..] at or after pos (exactly at pos when anchored) inside [pos, end); when
  // require_end is set, the last element must end right before it.
  bool sequence(std::span<const CompiledElement> els, size_t idx, uint32_t pos, uint32_t end, bool anchored,
                uint32_t require_end, uint32_t* reached) {
    if (idx == els.size()) {
      if (require_end != kNoToken && pos != require_end) return false;
      if (reached) *reached = pos;
      return true;
    }
    const CompiledElement& e = els[idx];
    // Each failed try leaves m_ as it found it, so one copy serves every position; a word, a synset
    // or a skip writes no slot, so only the other kinds need it put back.
    const PatternMatch saved = m_;
    const bool writes_slots = e.kind != PatternElementKind::kWord && e.kind != PatternElementKind::kSynset &&
                              e.kind != PatternElementKind::kSkip;
    const bool is_leaf = e.kind == PatternElementKind::kWord || e.kind == PatternElementKind::kSynset;
    for (uint32_t p = pos; p < end; ++p) {
      uint32_t len = is_leaf ? leaf(e, p, end) : element(e, p, end);
      if (len > 0 && sequence(els, idx + 1, p + len, end, e.joined_next, require_end, reached)) {
        if (e.kind != PatternElementKind::kSource && e.kind != PatternElementKind::kTarget &&
            e.kind != PatternElementKind::kCompound && e.kind != PatternElementKind::kSkip) {
          m_.first = std::min(m_.first, p);
          m_.last = std::max(m_.last, p + len - 1);
        }
        return true;
      }
      if (writes_slots) m_ = saved;
      if (anchored) break;
    }
    return false;
  }

 private:
  // A pattern word is the word as written; a verb also matches by its lemma ("HAVE" for "has"). Nouns
  // match literally, as in PETRARCH: "RESOLUTION" is not "resolutions" (synsets list their plurals).
  bool word_at(uint32_t value, uint32_t p) const {
    return ctx_.words[p] == value || (ctx_.lemmas[p] == value && !is_noun(ctx_.tag(p)));
  }

  uint32_t leaf(const CompiledElement& e, uint32_t p, uint32_t end) const {
    if (e.kind == PatternElementKind::kWord) return word_at(e.value, p) ? 1 : 0;
    if (e.kind == PatternElementKind::kSynset) {
      if (!ctx_.synset_start[p]) return 0;
      std::span<const WordId> words(ctx_.words.data(), end);
      std::span<const WordId> lemmas(ctx_.lemmas.data(), end);
      return std::max(kb_.match_synset(e.value, words, p), kb_.match_synset(e.value, lemmas, p));
    }
    return 0;
  }

  uint32_t element(const CompiledElement& e, uint32_t p, uint32_t end) {
    switch (e.kind) {
      case PatternElementKind::kWord:
      case PatternElementKind::kSynset:
        return leaf(e, p, end);
      case PatternElementKind::kSource:
      case PatternElementKind::kTarget:
      case PatternElementKind::kCompound: {
        int mi = ctx_.mention_at[p];
        if (mi < 0 || ctx_.mentions[mi].first != p) return 0;
        uint32_t last = std::min(ctx_.mentions[mi].last, end - 1);
        if (e.kind == PatternElementKind::kSource) m_.source = p;
        else if (e.kind == PatternElementKind::kTarget) m_.target = p;
        else m_.compound = p;
        return last - p + 1;
      }
      case PatternElementKind::kSkip: {
        if (!ctx_.clauses->in_noun_chunk(p)) return 0;
        return std::min(ctx_.clauses->chunk_end(p), end - 1) - p + 1;
      }
      case PatternElementKind::kNounPhrase: {
        uint32_t q = p;
        for (const CompiledElement& c : kb_.children(e)) {
          if (q >= end) return 0;
          uint32_t len = element(c, q, end);
          if (len == 0) return 0;
          q += len;
        }
        return q - p;
      }
      case PatternElementKind::kPrepPhrase: {
        std::span<const CompiledElement> kids = kb_.children(e);
        if (kids.empty()) return 0;
        uint32_t len = element(kids[0], p, end);
        if (len == 0) return 0;
        uint32_t obj = p + len;
        if (kids.size() == 1) return len;
        if (obj >= end) return 0;
        // The object lies in the noun group right after the preposition.
        uint32_t obj_end = obj + 1;
        if (ctx_.clauses->in_noun_chunk(obj)) {
          TokenRange g = ctx_.clauses->noun_group_starting_at(obj, end);
          if (!g.empty()) obj_end = g.last + 1;
        }
        uint32_t reached = obj;
        if (!sequence(kids.subspan(1), 0, obj, obj_end, false, kNoToken, &reached)) return 0;
        return reached - p;
      }
    }
    return 0;
  }

  const SentenceContext& ctx_;
  PatternMatch& m_;
  const Knowledge& kb_;
};

int element_score(const Knowledge& kb, std::span<const CompiledElement> els) {
  int s = 0;
  for (const CompiledElement& e : els) {
    if (e.kind == PatternElementKind::kNounPhrase || e.kind == PatternElementKind::kPrepPhrase) {
      s += element_score(kb, kb.children(e));
    } else {
      s += 1;
    }
  }
  return s;
}

}  // namespace

PatternMatch match_pattern(const SentenceContext& ctx, const Pattern& pattern, uint32_t pre_begin,
                           uint32_t verb_first, uint32_t verb_last, uint32_t post_end) {
  PatternMatch m;
  Matcher matcher(ctx, m);
  if (!pattern.pre.empty()) {
    if (pre_begin >= verb_first) return {};
    uint32_t require_end = pattern.pre_joined_to_verb ? verb_first : kNoToken;
    if (!matcher.sequence(pattern.pre, 0, pre_begin, verb_first, false, require_end, nullptr)) return {};
  }
  if (!pattern.post.empty()) {
    uint32_t from = verb_last + 1;
    if (from >= post_end) return {};
    if (!matcher.sequence(pattern.post, 0, from, post_end, pattern.verb_joined_next, kNoToken, nullptr)) return {};
  }
  m.matched = true;
  m.score = element_score(*ctx.knowledge, pattern.pre) + element_score(*ctx.knowledge, pattern.post);
  return m;
}

}  // namespace faultline::coding
