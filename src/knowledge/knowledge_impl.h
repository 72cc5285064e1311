// The inside of Knowledge: compiled tables shared by knowledge.cc (queries) and
// knowledge_compiler.cc (construction). Not part of the query API.
#pragma once

#include <array>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/flat_map.h"
#include "knowledge/knowledge.h"
#include "knowledge/phrase_trie.h"
#include "knowledge/word_table.h"

namespace faultline {

struct Knowledge::Impl {
  DictionarySet set;  // the entries as loaded; spans and pointers below refer into it
  WordTable words;
  std::deque<std::string> strings;  // stable storage for names and rule ids

  std::string_view keep(std::string s) {
    strings.push_back(std::move(s));
    return strings.back();
  }

  // Actors and agents.
  PhraseTrie actor_trie;
  std::vector<Actor> actors;
  size_t actor_phrases = 0, dated_codes = 0;
  PhraseTrie agent_trie;
  std::vector<Agent> agents;
  size_t agent_phrases = 0;

  // Discards: first word (hash of the upper-cased word) -> chain of entries through discard_next.
  struct DiscardRec {
    Discard view;
    std::vector<std::string> words;  // upper case
    bool stem = true;
  };
  std::vector<DiscardRec> discards;
  FlatMap discard_first;
  std::vector<uint32_t> discard_next;
  std::vector<uint32_t> stem_lengths;  // distinct lengths of one-word stem entries, ascending
  // One bit per first-word hash (its top bits) of every discard: find_discard probes discard_first
  // for every token and every stem length, nearly always in vain, and a probe that misses walks
  // the map's run of occupied slots; a clear bit ends it at one load (1 KB, in L1).
  static constexpr unsigned kDiscardFilterShift = 64 - 13;
  std::array<uint64_t, (1u << 13) / 64> discard_filter{};
  void note_discard_hash(uint64_t h) {
    const uint64_t bit = h >> kDiscardFilterShift;
    discard_filter[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  bool may_be_discard_hash(uint64_t h) const {
    const uint64_t bit = h >> kDiscardFilterShift;
    return (discard_filter[bit / 64] >> (bit % 64)) & 1;
  }

  // Verbs.
  struct VerbRec {
    Verb view;
    uint32_t before_first = 0, before_count = 0, after_first = 0, after_count = 0;
  };
  std::vector<VerbRec> verbs;
  std::vector<WordId> particle_pool;
  std::vector<uint32_t> form_offsets;  // per WordId: [form_offsets[w], form_offsets[w + 1]) in form_verbs
  std::vector<uint32_t> form_verbs;
  size_t verb_forms = 0;

  struct BlockRec {
    VerbBlockView view;
    uint32_t first_pattern = 0, pattern_count = 0;
  };
  std::vector<BlockRec> blocks;
  std::vector<Pattern> patterns;
  std::vector<CompiledElement> elements;

  // Synsets: one trie root per synset; a member phrase ends in value 1.
  WordTable synset_names;  // names without '&'; id = synset id
  PhraseTrie synset_trie;
  std::vector<uint32_t> synset_roots;
  size_t synset_phrases = 0;

  std::vector<Transformation> transformations;
};

}  // namespace faultline
