// What the coder knows about the sentence it is coding: its tokens as dictionary words, the clause
// structure and the actor / agent mentions found in it. Filled once per sentence into reused
// vectors; the actor resolver and the pattern matcher read it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "coding/clause_analysis.h"
#include "faultline/document.h"
#include "knowledge/knowledge.h"

namespace faultline::coding {

// A dictionary phrase found in the sentence: tokens [first, last] name an actor or an agent.
struct Mention {
  uint32_t first = 0;
  uint32_t last = 0;
  uint32_t entry = kNoEntry;
  bool agent = false;
  // >= 0: an actor the document itself taught (coding/document_actors.h), its code in
  // SentenceContext::learned_codes; `entry` is then kNoEntry.
  int learned = -1;
};

struct SentenceContext {
  const Document* doc = nullptr;
  const Knowledge* knowledge = nullptr;
  const ClauseAnalyzer* clauses = nullptr;
  const ClauseStructure* structure = nullptr;
  uint32_t first = 0;  // document index of sentence token 0
  uint32_t size = 0;
  DateKey date = kUnknownDate;
  std::vector<WordId> words;   // PTB forms
  std::vector<WordId> lemmas;  // lemmas (forms where there is none)
  // Per token: 1 when its form or lemma begins a member phrase of some synset. Patterns try their
  // synsets at every token of a clause; elsewhere no trie look-up is needed.
  std::vector<uint8_t> synset_start;
  std::vector<Mention> mentions;
  std::vector<int> mention_at;  // per token: index of the mention covering it, -1 when none
  std::vector<std::string> learned_codes;  // codes of learned mentions (may join actors with '/')

  // The code of an actor mention on the sentence's date.
  std::string_view actor_code(const Mention& m) const {
    return m.learned >= 0 ? std::string_view(learned_codes[static_cast<size_t>(m.learned)])
                          : knowledge->actor_code(m.entry, date);
  }

  const Token& token(uint32_t i) const { return doc->tokens[first + i]; }
  PosTag tag(uint32_t i) const { return doc->tokens[first + i].tag; }
  std::string_view lemma(uint32_t i) const {
    const Token& t = token(i);
    return t.lemma.length ? doc->lemma(t) : doc->form(t);
  }
  // Bytes of tokens [a, b] in the document text.
  ByteSpan span(uint32_t a, uint32_t b) const { return {token(a).span.begin, token(b).span.end}; }
};

}  // namespace faultline::coding
