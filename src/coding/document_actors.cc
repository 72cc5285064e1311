#include "coding/document_actors.h"

#include <algorithm>
#include <array>

#include "time/temporal_words.h"

namespace faultline::coding {
namespace {

constexpr uint32_t kLookBackSentences = 3;
// How far back an unnamed description ("the US President") answers a later "the president".
constexpr uint32_t kDescriptionLookBack = 6;
// ... and a named one ("Chinese President Xi Jinping"): a report keeps its cast for a few dozen
// sentences; files that run several stories together move on to other people's presidents.
constexpr uint32_t kNamedLookBack = 30;

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool same_word(std::string_view text, std::string_view lowered) {
  if (text.size() != lowered.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (lower(text[i]) != lowered[i]) return false;
  }
  return true;
}

std::string lowered(std::string_view text) {
  std::string s(text);
  for (char& c : s) c = lower(c);
  return s;
}

std::string_view form(const SentenceContext& ctx, uint32_t i) { return ctx.doc->form(ctx.token(i)); }

// A word of a person's name: a proper noun no dictionary phrase covers, capitalised and not an
// acronym ("Vucic", "Vučić"; not "KFOR", not "the").
bool is_name_word(const SentenceContext& ctx, uint32_t i) {
  if (ctx.mention_at[i] >= 0 || !is_proper_noun(ctx.tag(i))) return false;
  std::string_view w = form(ctx, i);
  if (w.empty() || (w[0] >= 'a' && w[0] <= 'z') || (w[0] > 0 && w[0] < 'A')) return false;
  return std::any_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool is_word(const SentenceContext& ctx, uint32_t i, std::string_view lowered_word) {
  return same_word(form(ctx, i), lowered_word);
}

// Words that tell a person's gender, for pronouns to agree with. Sorted for binary search.
constexpr std::string_view kFemaleWords[] = {
    "actress", "aunt",  "businesswoman", "chairwoman", "congresswoman", "daughter", "duchess", "girl",
    "granddaughter", "grandmother", "her", "hers", "lady", "madam", "mother", "mrs", "mrs.", "ms", "ms.",
    "niece", "princess", "queen", "she", "sister", "spokeswoman", "widow", "wife", "woman",
};
constexpr std::string_view kMaleWords[] = {
    "boy",  "brother", "businessman", "chairman", "congressman", "duke", "father", "grandfather", "grandson",
    "he",   "him",     "his",  "husband", "king", "lord", "man", "mr", "mr.", "nephew", "prince", "sir", "son",
    "spokesman", "uncle", "widower",
};
static_assert(std::is_sorted(std::begin(kFemaleWords), std::end(kFemaleWords)));
static_assert(std::is_sorted(std::begin(kMaleWords), std::end(kMaleWords)));

// Per first letter, a bit for each length of a gender word starting with it: nearly every word of a
// subject is neither, and this tells so at one load instead of two binary searches.
constexpr std::array<uint32_t, 26> kGenderWordShapes = [] {
  std::array<uint32_t, 26> shapes{};
  for (std::string_view w : kFemaleWords) shapes[static_cast<size_t>(w[0] - 'a')] |= uint32_t{1} << w.size();
  for (std::string_view w : kMaleWords) shapes[static_cast<size_t>(w[0] - 'a')] |= uint32_t{1} << w.size();
  return shapes;
}();

bool may_be_gender_word(std::string_view lowered_word) {
  const char c = lowered_word.empty() ? '\0' : lowered_word[0];
  return c >= 'a' && c <= 'z' && lowered_word.size() < 32 &&
         ((kGenderWordShapes[static_cast<size_t>(c - 'a')] >> lowered_word.size()) & 1);
}

}  // namespace

// The gender of the person a noun group names, from its words up to an "of" ("the wife of Mr.
// Annan"); a possessive's owner is another person ("Mr. Annan's wife").
DocumentActors::Gender DocumentActors::gender_of(const SentenceContext& ctx, TokenRange group) {
  Gender g = Gender::kUnknown;
  char buf[16];
  for (uint32_t k = group.first; k <= group.last && k < ctx.size; ++k) {
    if (ctx.tag(k) == PosTag::POS) {
      g = Gender::kUnknown;
      continue;
    }
    const std::string_view w = form(ctx, k);
    if (same_word(w, "of")) break;
    if (w.size() > sizeof buf) continue;
    for (size_t i = 0; i < w.size(); ++i) buf[i] = lower(w[i]);
    const std::string_view l(buf, w.size());
    if (!may_be_gender_word(l)) continue;
    if (std::binary_search(std::begin(kFemaleWords), std::end(kFemaleWords), l)) g = Gender::kFemale;
    if (std::binary_search(std::begin(kMaleWords), std::end(kMaleWords), l)) g = Gender::kMale;
  }
  return g;
}

void DocumentActors::clear() {
  names_.clear();
  names_by_first_word_.clear();
  descriptions_.clear();
  referents_.clear();
  sentence_ = 0;
}

bool DocumentActors::is_person(const SentenceContext& ctx, const Mention& m) const {
  if (m.agent) return false;
  if (m.learned >= 0) return learned_person_[static_cast<size_t>(m.learned)] != 0;
  for (uint32_t k = m.first; k <= m.last; ++k) {
    if (!is_proper_noun(ctx.tag(k))) return false;
  }
  // Office holders are written as dated roles (SRBGOV, IGOUNO) over a default country code; states
  // with a history (Kosovo: YUGKSV, KSVUNO, then KSV) have dated codes too, but no office in them.
  Actor a = ctx.knowledge->actor(m.entry);
  bool role = false, fallback = false;
  for (const DatedCode& c : a.codes) {
    if (c.is_default()) fallback = true;
    else role |= c.code.starts_with("IGO") || c.code.ends_with("GOV") || c.code.ends_with("MIL") ||
                 c.code.ends_with("LEG") || c.code.ends_with("JUD") || c.code.ends_with("OPP") ||
                 c.code.ends_with("COP");
  }
  return role && fallback;
}

bool DocumentActors::is_plural_group(const SentenceContext& ctx, TokenRange group, size_t actors) const {
  if (actors >= 2) return true;
  // "Kosovo police officers", "protesters": a plural agent noun ends the group's head.
  for (uint32_t k = group.first; k <= group.last && k < ctx.size; ++k) {
    int m = ctx.mention_at[k];
    if (m >= 0 && ctx.mentions[m].agent && ctx.mentions[m].last == k && ctx.tag(k) == PosTag::NNS) return true;
  }
  return false;
}

int DocumentActors::add_learned(SentenceContext& ctx, std::string_view code, bool person, Gender gender) {
  ctx.learned_codes.emplace_back(code);
  learned_person_.push_back(person ? 1 : 0);
  learned_gender_.push_back(gender);
  return static_cast<int>(ctx.learned_codes.size() - 1);
}

void DocumentActors::prepare(SentenceContext& ctx) {
  ctx.learned_codes.clear();
  learned_person_.clear();
  learned_gender_.clear();
  learn(ctx);
  add_mentions(ctx);
}

void DocumentActors::learn(SentenceContext& ctx) {
  const uint32_t n = ctx.size;
  for (uint32_t i = 0; i < n;) {
    TokenRange name;
    int at = ctx.mention_at[i];
    if (at >= 0 && ctx.mentions[at].first == i && is_person(ctx, ctx.mentions[at])) {
      name = {i, ctx.mentions[at].last};
    } else if (is_name_word(ctx, i)) {
      uint32_t j = i;
      while (j + 1 < n && is_name_word(ctx, j + 1)) ++j;
      name = {i, j};
    } else {
      ++i;
      continue;
    }
    // "on Sunday, Seoul's military said": a day or month is never a name to learn.
    bool time_word = false;
    for (uint32_t k = name.first; k <= name.last; ++k) time_word |= time_noun(ctx.doc->form(ctx.token(k)));
    if (time_word) {
      i = name.last + 1;
      continue;
    }
    size_t known = names_.size();
    // "Serbian President X", "Serbia's foreign minister X": the title right before the name.
    if (name.first > 0 && ctx.mention_at[name.first - 1] >= 0 && ctx.mentions[ctx.mention_at[name.first - 1]].agent) {
      uint32_t t = ctx.mentions[ctx.mention_at[name.first - 1]].first;
      while (t > 0) {
        int m = ctx.mention_at[t - 1];
        if (m >= 0) t = ctx.mentions[m].first;
        else if (ctx.tag(t - 1) == PosTag::POS) --t;
        else break;
      }
      learn_name(ctx, name, {t, name.first - 1});
    }
    // "X, the EU's foreign policy chief, ...", "X, President of Serbia".
    if (names_.size() == known && name.last + 2 < n && ctx.tag(name.last + 1) == PosTag::Comma) {
      uint32_t e = name.last + 2;
      while (e < n && ctx.tag(e) != PosTag::Comma && ctx.tag(e) != PosTag::Period && !is_verb(ctx.tag(e)) &&
             ctx.tag(e) != PosTag::LeftParen) {
        ++e;
      }
      // The description must close with a comma or the sentence's end, not run into a verb
      // ("X, Seoul's military said" describes no X).
      const bool closed = e >= n || ctx.tag(e) == PosTag::Comma || ctx.tag(e) == PosTag::Period;
      if (e > name.last + 2 && closed) learn_name(ctx, name, {name.last + 2, e - 1});
    }
    // "the EU's envoy, X": a description with "the" before the name.
    if (names_.size() == known && name.first >= 2 && ctx.tag(name.first - 1) == PosTag::Comma) {
      uint32_t b = name.first - 1;
      while (b > 0 && ctx.tag(b - 1) != PosTag::Comma && !is_verb(ctx.tag(b - 1))) --b;
      if (b + 1 < name.first - 1 && is_word(ctx, b, "the")) learn_name(ctx, name, {b, name.first - 2});
    }
    i = name.last + 1;
  }
}

void DocumentActors::learn_name(const SentenceContext& ctx, TokenRange name, TokenRange description) {
  uint32_t agent = kNoEntry;
  bool actor = false;
  for (uint32_t k = description.first; k <= description.last; ++k) {
    int m = ctx.mention_at[k];
    if (m < 0) continue;
    if (ctx.mentions[m].agent) agent = ctx.mentions[m].entry;
    else actor = true;
  }
  if (agent == kNoEntry || !actor) return;
  scratch_.clear();
  resolve_group(ctx, description, scratch_);
  if (scratch_.size() != 1 || scratch_[0].code.empty() || scratch_[0].code.starts_with("---")) return;
  Name full;
  full.code = scratch_[0].code;
  full.agent = agent;
  for (uint32_t k = name.first; k <= name.last; ++k) full.words.push_back(lowered(form(ctx, k)));
  auto add = [&](Name learned) {
    std::vector<uint32_t>& same_start = names_by_first_word_[learned.words[0]];
    for (uint32_t k : same_start) {
      if (names_[k].words == learned.words && names_[k].code == learned.code && names_[k].agent == learned.agent) return;
    }
    same_start.push_back(static_cast<uint32_t>(names_.size()));
    names_.push_back(std::move(learned));
  };
  if (full.words.size() >= 2) add(Name{{full.words.back()}, full.code, agent});
  describe(agent, full.code, true);
  add(std::move(full));
}

void DocumentActors::describe(uint32_t agent, const std::string& code, bool named) {
  if (!descriptions_.empty() && descriptions_.back().agent == agent && descriptions_.back().code == code) {
    descriptions_.back().sentence = sentence_;
    descriptions_.back().named |= named;
    return;
  }
  descriptions_.push_back(Description{agent, code, sentence_, named});
}

uint32_t DocumentActors::match_name(const SentenceContext& ctx, uint32_t at, const Name** found) const {
  uint32_t best = 0;
  if (!is_name_word(ctx, at)) return 0;
  word_.assign(form(ctx, at));
  for (char& c : word_) c = lower(c);
  auto candidates = names_by_first_word_.find(word_);
  if (candidates == names_by_first_word_.end()) return 0;
  // The latest introduction wins among equally long names.
  for (size_t c = candidates->second.size(); c-- > 0;) {
    const Name& name = names_[candidates->second[c]];
    uint32_t len = static_cast<uint32_t>(name.words.size());
    if (len <= best || at + len > ctx.size) continue;
    bool ok = true;
    for (uint32_t w = 0; ok && w < len; ++w) ok = is_name_word(ctx, at + w) && same_word(form(ctx, at + w), name.words[w]);
    if (ok) {
      best = len;
      *found = &name;
    }
  }
  return best;
}

DocumentActors::Gender DocumentActors::mention_gender(const SentenceContext& ctx, const Mention& m) const {
  if (m.learned >= 0 && learned_gender_[static_cast<size_t>(m.learned)] != Gender::kUnknown) {
    return learned_gender_[static_cast<size_t>(m.learned)];
  }
  return gender_of(ctx, {m.first > 0 ? m.first - 1 : 0, m.last});  // "Mr. Annan", "Queen Elizabeth"
}

const DocumentActors::Referent* DocumentActors::antecedent(bool plural, Gender gender) const {
  const Referent* found = nullptr;
  uint32_t sentence = 0;
  for (size_t k = referents_.size(); k-- > 0;) {
    const Referent& r = referents_[k];
    if (r.sentence + kLookBackSentences < sentence_) break;
    if (found && r.sentence != sentence) break;
    if (plural ? r.plural : (r.person && agrees(gender, r.gender))) {
      found = &r;  // keeps moving to the sentence's first (subjects come first)
      sentence = r.sentence;
    }
  }
  return found;
}

void DocumentActors::add_mentions(SentenceContext& ctx) {
  const uint32_t n = ctx.size;
  const size_t original = ctx.mentions.size();
  bool changed = false;
  for (uint32_t i = 0; i < n; ++i) {
    int at = ctx.mention_at[i];
    if (at >= 0) {
      Mention& m = ctx.mentions[at];
      if (!m.agent || m.first != i || descriptions_.empty()) continue;
      // "the president" (nothing naming whose), "the two leaders", "both leaders".
      bool bare = m.last + 1 >= n || (ctx.tag(m.last + 1) != PosTag::POS && !is_word(ctx, m.last + 1, "of"));
      if (!bare || i == 0 || ctx.mention_at[i - 1] >= 0) continue;
      uint32_t start = i - 1;
      std::string code;
      bool person = false;
      if ((is_word(ctx, i - 1, "two") || is_word(ctx, i - 1, "both")) && ctx.tag(m.last) == PosTag::NNS) {
        // The latest two people introduced or met, most recent last.
        const Referent* people[2] = {nullptr, nullptr};
        for (size_t k = referents_.size(); k-- > 0 && !people[0];) {
          const Referent& r = referents_[k];
          if (r.sentence + kLookBackSentences < sentence_) break;
          if (!r.person || r.code.empty() || (people[1] && people[1]->code == r.code)) continue;
          (people[1] ? people[0] : people[1]) = &r;
        }
        if (!people[0]) continue;
        code = people[0]->code + "/" + people[1]->code;
        if (start > 0 && is_word(ctx, start - 1, "the") && ctx.mention_at[start - 1] < 0) --start;
      } else if (is_word(ctx, i - 1, "the") && ctx.tag(m.last) != PosTag::NNS) {
        const Description* latest = nullptr;
        for (size_t k = descriptions_.size(); k-- > 0 && !latest;) {
          const Description& d = descriptions_[k];
          // A role described without a name is recalled only nearby: reports that run several
          // stories together describe many governments and police forces.
          if (d.agent == m.entry && d.sentence + (d.named ? kNamedLookBack : kDescriptionLookBack) >= sentence_) {
            latest = &d;
          }
        }
        if (!latest) continue;
        code = latest->code;
        person = true;
      } else {
        continue;
      }
      int learned = add_learned(ctx, code, person);
      m.first = start;
      m.entry = kNoEntry;
      m.agent = false;
      m.learned = learned;
      for (uint32_t k = start; k < i; ++k) ctx.mention_at[k] = at;
      continue;
    }
    const Name* name = nullptr;
    if (uint32_t len = names_.empty() ? 0 : match_name(ctx, i, &name); len > 0) {
      Mention m{i, i + len - 1, kNoEntry, false, add_learned(ctx, name->code, true)};
      for (uint32_t k = m.first; k <= m.last; ++k) ctx.mention_at[k] = static_cast<int>(ctx.mentions.size());
      ctx.mentions.push_back(m);
      changed = true;
      i = m.last;
      continue;
    }
    if (ctx.tag(i) != PosTag::PRP) continue;
    bool singular = is_word(ctx, i, "he") || is_word(ctx, i, "she") || is_word(ctx, i, "him") || is_word(ctx, i, "her");
    bool plural = is_word(ctx, i, "they") || is_word(ctx, i, "them");
    if (!singular && !plural) continue;
    const Gender gender = singular ? gender_of(ctx, {i, i}) : Gender::kUnknown;
    // "Trump called Erdogan and urged him": a verb's object pronoun is not its own subject (who
    // would be "himself"), so that subject is passed over.
    TokenRange own_subject;
    if (is_word(ctx, i, "him") || is_word(ctx, i, "her") || is_word(ctx, i, "them")) {
      for (const VerbGroup& g : ctx.structure->verbs) {
        if (g.tokens.last < i && i < g.window_end) own_subject = g.subject;
      }
    }
    // Earlier in this sentence first: its leftmost fitting actor.
    std::string code;
    bool found = false;
    for (size_t k = 0; k < ctx.mentions.size() && !found; ++k) {
      const Mention& m = ctx.mentions[k];
      if (m.first >= i || m.agent) continue;
      if (!own_subject.empty() && own_subject.contains(m.first)) continue;
      if (singular && is_person(ctx, m) && agrees(gender, mention_gender(ctx, m))) {
        code = std::string(ctx.actor_code(m));
        found = true;
      }
    }
    if (!found) {
      const Referent* r = antecedent(plural, gender);
      // "Mr. Annan's wife Nane visited ... She also visited": a person no party stands for.
      if (!r || r->code.empty()) continue;
      code = r->code;
    }
    Mention m{i, i, kNoEntry, false, add_learned(ctx, code, singular, gender)};
    ctx.mention_at[i] = static_cast<int>(ctx.mentions.size());
    ctx.mentions.push_back(m);
    changed = true;
  }
  if (!changed || ctx.mentions.size() == original) return;
  std::sort(ctx.mentions.begin(), ctx.mentions.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
  for (size_t k = 0; k < ctx.mentions.size(); ++k) {
    for (uint32_t t = ctx.mentions[k].first; t <= ctx.mentions[k].last; ++t) ctx.mention_at[t] = static_cast<int>(k);
  }
}

void DocumentActors::remember(const SentenceContext& ctx) {
  size_t keep = 0;
  while (keep < referents_.size() && referents_[keep].sentence + kLookBackSentences < sentence_ + 1) ++keep;
  referents_.erase(referents_.begin(), referents_.begin() + static_cast<std::ptrdiff_t>(keep));
  const size_t first = referents_.size();
  auto add = [&](std::string code, bool person, bool plural, Gender gender) {
    // One referent per code a sentence: its first mention (subjects first) gives the gender.
    for (size_t k = first; k < referents_.size(); ++k) {
      if (referents_[k].code == code) return;
    }
    referents_.push_back(Referent{std::move(code), sentence_, person, plural, gender});
  };
  // Subjects first: they are what a later pronoun most often continues.
  for (const VerbGroup& g : ctx.structure->verbs) {
    if (g.subject.empty() || g.subject_inherited) continue;
    scratch_.clear();
    resolve_group(ctx, g.subject, scratch_);
    const Gender gender = gender_of(ctx, g.subject);
    if (scratch_.empty()) {
      // "Mr. Annan's wife Nane": someone a later "she" means, whom no party stands for.
      if (gender != Gender::kUnknown && !is_plural_group(ctx, g.subject, 1)) add(std::string(), true, false, gender);
      continue;
    }
    bool person = false;
    for (uint32_t k = g.subject.first; k <= g.subject.last && k < ctx.size; ++k) {
      int m = ctx.mention_at[k];
      if (m >= 0 && ctx.mentions[m].first == k) person |= is_person(ctx, ctx.mentions[m]);
    }
    bool plural = is_plural_group(ctx, g.subject, scratch_.size());
    if (scratch_.size() == 1) {
      add(scratch_[0].code, person && !plural, plural, plural ? Gender::kUnknown : gender);
    } else {
      std::string joined;
      for (const ResolvedActor& r : scratch_) joined.append(joined.empty() ? "" : "/").append(r.code);
      add(std::move(joined), false, true, Gender::kUnknown);
    }
  }
  for (const Mention& m : ctx.mentions) {
    if (m.agent) continue;
    std::string_view code = ctx.actor_code(m);
    if (!code.empty()) add(std::string(code), is_person(ctx, m), false, mention_gender(ctx, m));
  }
  // "the US President", "Serbia's prime minister": a role described with its country, named or
  // not, is whom a later "the president" most likely means.
  for (const Mention& m : ctx.mentions) {
    if (!m.agent || m.first == 0) continue;
    uint32_t before = m.first - 1;
    if (ctx.tag(before) == PosTag::POS && before > 0) --before;
    const int a = ctx.mention_at[before];
    if (a < 0 || ctx.mentions[static_cast<size_t>(a)].agent) continue;
    scratch_.clear();
    resolve_group(ctx, {ctx.mentions[static_cast<size_t>(a)].first, m.last}, scratch_);
    if (scratch_.size() == 1 && !scratch_[0].code.starts_with("---")) describe(m.entry, scratch_[0].code, false);
  }
  ++sentence_;
}

}  // namespace faultline::coding
