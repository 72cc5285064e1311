// Knowledge queries: every one reads the compiled tables and allocates nothing.
#include "knowledge/knowledge.h"

#include "knowledge/knowledge_impl.h"

namespace faultline {
namespace {

inline char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

// Does `token` equal `word` (upper case), or start with it when `prefix` is set?
bool word_matches(std::string_view token, std::string_view word, bool prefix) {
  if (prefix ? token.size() < word.size() : token.size() != word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (upper(token[i]) != word[i]) return false;
  }
  return true;
}

}  // namespace

Knowledge::Knowledge(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Knowledge::~Knowledge() = default;

WordId Knowledge::word(std::string_view text) const { return impl_->words.find(text); }
std::string_view Knowledge::word_text(WordId id) const { return id < impl_->words.size() ? impl_->words.text(id) : ""; }

void Knowledge::token_words(const Document& doc, uint32_t first_token, uint32_t count, std::vector<WordId>& out) const {
  out.resize(count);
  for (uint32_t i = 0; i < count; ++i) out[i] = impl_->words.find(doc.form(doc.tokens[first_token + i]));
}

void Knowledge::lemma_words(const Document& doc, uint32_t first_token, uint32_t count, std::vector<WordId>& out) const {
  out.resize(count);
  for (uint32_t i = 0; i < count; ++i) {
    const Token& t = doc.tokens[first_token + i];
    out[i] = impl_->words.find(t.lemma.length > 0 ? doc.lemma(t) : doc.form(t));
  }
}

// ---- actors ----

PhraseMatch Knowledge::match_actor(std::span<const WordId> words, size_t pos) const {
  PhraseTrie::Match m = impl_->actor_trie.longest(words, pos);
  if (m.length == 0) return {};
  return {m.value, static_cast<uint32_t>(pos), m.length};
}

Actor Knowledge::actor(uint32_t entry) const { return impl_->actors[entry]; }

std::string_view Knowledge::actor_code(uint32_t entry, DateKey date) const {
  const Actor& a = impl_->actors[entry];
  const DatedCode* fallback = nullptr;
  if (date != kUnknownDate) {
    for (const DatedCode& c : a.codes) {
      if (c.is_default()) {
        if (!fallback) fallback = &c;
        continue;
      }
      if ((c.from == kUnknownDate || c.from <= date) && (c.to == kUnknownDate || date <= c.to)) return c.code;
    }
    return fallback ? std::string_view(fallback->code) : std::string_view();
  }
  // Undated text: the default code, unless the latest dated code is a post in an international
  // organisation held from a known start — it says more than a nationality (an undated "Kofi
  // Annan" is far likelier the UN Secretary-General, IGOUNO, than a Ghanaian citizen, GHA). A
  // country's dated codes (KSVUNO, "USRARM until 1991", SCG) stay behind its default.
  const DatedCode* latest = nullptr;
  for (const DatedCode& c : a.codes) {
    if (c.is_default()) {
      if (!fallback) fallback = &c;
      continue;
    }
    if (!latest || (latest->to != kUnknownDate && (c.to == kUnknownDate || c.to > latest->to))) latest = &c;
  }
  if (fallback && latest && latest->from != kUnknownDate && std::string_view(latest->code).starts_with("IGO")) {
    return latest->code;
  }
  if (fallback) return fallback->code;
  return latest ? std::string_view(latest->code) : std::string_view();
}

// ---- agents ----

PhraseMatch Knowledge::match_agent(std::span<const WordId> words, size_t pos) const {
  PhraseTrie::Match m = impl_->agent_trie.longest(words, pos);
  if (m.length == 0) return {};
  return {m.value, static_cast<uint32_t>(pos), m.length};
}

Agent Knowledge::agent(uint32_t entry) const { return impl_->agents[entry]; }

void Knowledge::apply_agent(std::string_view actor_code, const Agent& agent, std::string& out) {
  out.clear();
  if (agent.placement == AgentPlacement::kPrefix) {
    out.append(agent.code).append(actor_code);
  } else {
    out.append(actor_code).append(agent.code);
  }
}

// ---- discards ----

PhraseMatch Knowledge::find_discard(const Document& doc, uint32_t first_token, uint32_t count) const {
  const Impl& k = *impl_;
  if (k.discards.empty()) return {};
  uint32_t end = first_token + count;
  // The exact pass keys on the whole token; the stem pass keys on a shorter prefix of it and only
  // one-word stem entries can match there.
  auto check = [&](uint32_t entry, uint32_t at, bool stem_pass) -> bool {
    const Impl::DiscardRec& d = k.discards[entry];
    if (stem_pass && (d.words.size() != 1 || !d.stem)) return false;
    if (at + d.words.size() > end) return false;
    for (size_t w = 0; w < d.words.size(); ++w) {
      bool prefix = w + 1 == d.words.size() && d.stem;
      if (!word_matches(doc.token_text(doc.tokens[at + w]), d.words[w], prefix)) return false;
    }
    return true;
  };
  // Every token is hashed whole and at every stem length: one pass yields all those hashes, as
  // FNV-1a's state after n bytes is the hash of the first n (prefixes longer than kPrefixes, if a
  // dictionary has such stems, are hashed on their own).
  constexpr size_t kPrefixes = 24;
  uint64_t prefix_hash[kPrefixes + 1];
  for (uint32_t t = first_token; t < end; ++t) {
    std::string_view token = doc.token_text(doc.tokens[t]);
    uint64_t h = WordTable::kHashStart;
    prefix_hash[0] = h;
    for (size_t i = 0; i < token.size(); ++i) {
      h = WordTable::hash_step(h, token[i]);
      if (i < kPrefixes) prefix_hash[i + 1] = h;
    }
    if (k.may_be_discard_hash(h)) {
      for (uint32_t e = k.discard_first.get(h); e != FlatMap::kMissing; e = k.discard_next[e]) {
        if (check(e, t, false)) return {e, t, static_cast<uint32_t>(k.discards[e].words.size())};
      }
    }
    for (uint32_t len : k.stem_lengths) {
      if (len >= token.size()) break;
      const uint64_t stem_hash = len <= kPrefixes ? prefix_hash[len] : WordTable::hash(token.substr(0, len));
      if (!k.may_be_discard_hash(stem_hash)) continue;
      for (uint32_t e = k.discard_first.get(stem_hash); e != FlatMap::kMissing; e = k.discard_next[e]) {
        if (check(e, t, true)) return {e, t, 1};
      }
    }
  }
  return {};
}

PhraseMatch Knowledge::find_document_discard(const Document& doc) const {
  uint32_t t = 0;
  uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  while (t < n) {
    PhraseMatch m = find_discard(doc, t, n - t);
    if (!m) return {};
    if (impl_->discards[m.entry].view.level == DiscardLevel::kDocument) return m;
    t = m.start + 1;
  }
  return {};
}

Discard Knowledge::discard(uint32_t entry) const { return impl_->discards[entry].view; }

// ---- verbs ----

std::span<const uint32_t> Knowledge::verbs_with_form(WordId form) const {
  const Impl& k = *impl_;
  if (form == kNoWord || form + 1 >= k.form_offsets.size()) return {};
  return std::span<const uint32_t>(k.form_verbs.data() + k.form_offsets[form],
                                   k.form_offsets[form + 1] - k.form_offsets[form]);
}

VerbMatch Knowledge::match_verb(std::span<const WordId> words, size_t verb_pos, WordId lemma) const {
  const Impl& k = *impl_;
  VerbMatch best;
  auto try_form = [&](WordId form) {
    for (uint32_t v : verbs_with_form(form)) {
      const Impl::VerbRec& r = k.verbs[v];
      if (r.before_count > verb_pos || verb_pos + 1 + r.after_count > words.size()) continue;
      bool ok = true;
      for (uint32_t i = 0; ok && i < r.before_count; ++i) {
        ok = words[verb_pos - r.before_count + i] == k.particle_pool[r.before_first + i];
      }
      for (uint32_t i = 0; ok && i < r.after_count; ++i) {
        ok = words[verb_pos + 1 + i] == k.particle_pool[r.after_first + i];
      }
      if (!ok) continue;
      uint32_t length = 1 + r.before_count + r.after_count;
      if (length > best.length) best = {v, static_cast<uint32_t>(verb_pos - r.before_count), length};
      return;  // candidates are ordered most specific first
    }
  };
  if (verb_pos < words.size()) try_form(words[verb_pos]);
  if (lemma != kNoWord && (verb_pos >= words.size() || lemma != words[verb_pos])) try_form(lemma);
  return best;
}

Verb Knowledge::verb(uint32_t id) const { return impl_->verbs[id].view; }
VerbBlockView Knowledge::block(uint32_t id) const { return impl_->blocks[id].view; }
uint32_t Knowledge::verb_block_of(uint32_t verb) const { return impl_->verbs[verb].view.block; }

std::span<const CompiledElement> Knowledge::children(const CompiledElement& e) const {
  return std::span<const CompiledElement>(impl_->elements.data() + e.first_child, e.child_count);
}

std::span<const Pattern> Knowledge::all_patterns() const { return impl_->patterns; }

// ---- synsets ----

uint32_t Knowledge::synset(std::string_view name) const {
  if (!name.empty() && name.front() == '&') name.remove_prefix(1);
  uint32_t id = impl_->synset_names.find(name);
  return id == WordTable::kNone ? kNoEntry : id;
}

std::string_view Knowledge::synset_name(uint32_t id) const { return impl_->synset_names.text(id); }

uint32_t Knowledge::match_synset(uint32_t id, std::span<const WordId> words, size_t pos) const {
  return impl_->synset_trie.longest(words, pos, impl_->synset_roots[id]).length;
}

bool Knowledge::synset_has_word(uint32_t id, WordId word) const {
  return impl_->synset_trie.longest(std::span<const WordId>(&word, 1), 0, impl_->synset_roots[id]).length == 1;
}

bool Knowledge::may_begin_synset(WordId word) const { return impl_->synset_trie.may_begin_phrase(word); }

std::span<const Transformation> Knowledge::transformations() const { return impl_->transformations; }

KnowledgeCounts Knowledge::counts() const {
  const Impl& k = *impl_;
  KnowledgeCounts c;
  c.words = k.words.size();
  c.actors = k.actors.size();
  c.actor_phrases = k.actor_phrases;
  c.dated_codes = k.dated_codes;
  c.agents = k.agents.size();
  c.agent_phrases = k.agent_phrases;
  c.discards = k.discards.size();
  c.synsets = k.synset_roots.size();
  c.synset_phrases = k.synset_phrases;
  c.verb_blocks = k.blocks.size();
  c.verbs = k.verbs.size();
  c.verb_forms = k.verb_forms;
  c.patterns = k.patterns.size();
  c.transformations = k.transformations.size();
  return c;
}

size_t Knowledge::verb_count() const { return impl_->verbs.size(); }
size_t Knowledge::verb_block_count() const { return impl_->blocks.size(); }
size_t Knowledge::actor_count() const { return impl_->actors.size(); }
size_t Knowledge::agent_count() const { return impl_->agents.size(); }
size_t Knowledge::discard_count() const { return impl_->discards.size(); }
size_t Knowledge::synset_count() const { return impl_->synset_roots.size(); }

}  // namespace faultline
