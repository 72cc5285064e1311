// Knowledge: the compiled, immutable dictionaries the coder queries (actors, agents, discards,
// verbs with their patterns and synsets, transformations).
//
// Contract
// - Built once by load_knowledge() (files) or compile_knowledge() (a DictionarySet), then shared
//   read-only between threads (std::shared_ptr<const Knowledge>); every query is const and
//   thread-safe, and no query allocates.
// - Words are interned: every word that occurs anywhere in the dictionaries gets a WordId. Matching
//   is case-insensitive for ASCII letters (dictionaries write "SLOBODAN_MILOSEVIC", text writes
//   "Slobodan Milosevic"); other bytes must be equal. A word no dictionary uses has kNoWord, and
//   kNoWord never matches anything.
// - The usual flow: turn a sentence's tokens into WordIds once (token_words(), lemma_words()) and
//   run the phrase queries over that span. Phrase words are consecutive tokens.
// - Dates are DateKey (YYYYMMDD as an integer, 0 = unknown; see date_key()).
// - Entries are numbered from 0 in load order; ids stay valid for the Knowledge's lifetime. Every
//   entry has `rule`, "file:line" of the dictionary line that defined it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "faultline/document.h"
#include "faultline/status.h"
#include "knowledge/diagnostics.h"
#include "knowledge/dictionary_model.h"

namespace faultline {

using WordId = uint32_t;
inline constexpr WordId kNoWord = UINT32_MAX;
inline constexpr uint32_t kNoEntry = UINT32_MAX;

// "2008-02-17", "2008-02-17T10:00:00Z", "20080217" -> 20080217; "080217" (PETRARCH's YYMMDD,
// 00-30 = 20YY) -> 20080217; anything else, or an impossible day -> kUnknownDate.
DateKey date_key(std::string_view text);
// 20080217 -> "2008-02-17"
std::string date_key_to_iso(DateKey date);

// A phrase found in a word span: words [start, start + length).
struct PhraseMatch {
  uint32_t entry = kNoEntry;  // index of the actor / agent / discard entry
  uint32_t start = 0;
  uint32_t length = 0;  // 0: no match
  explicit operator bool() const { return length > 0; }
};

struct Actor {
  std::string_view name;  // the primary phrase, words joined by ' ' ("KOSOVO")
  std::span<const DatedCode> codes;
  std::string_view rule;
};

struct Agent {
  std::string_view name;  // the singular phrase ("FOREIGN MINISTER")
  std::string_view code;  // "GOVFRM"
  AgentPlacement placement;
  std::string_view rule;
};

struct Discard {
  std::string_view phrase;
  DiscardLevel level;
  std::string_view rule;
};

// An event code, split: primary "0256" / "---" (the null code: no event) / "" and the TABARI paired
// code after ':' ("032:033" -> "032" + "033"), empty when absent.
struct EventCode {
  std::string_view primary;
  std::string_view paired;
  bool is_null() const { return primary.empty() || primary == "---"; }
};

// A compiled pattern element; `value` is a WordId (kWord), a synset id (kSynset) or unused.
// kNounPhrase and kPrepPhrase have children (Knowledge::children()); a prepositional phrase's first
// child is the preposition (a word or synset), the rest its object.
struct CompiledElement {
  PatternElementKind kind = PatternElementKind::kWord;
  bool joined_next = false;  // '_' to the next element: adjacent, nothing in between
  uint32_t value = 0;
  uint32_t first_child = 0;
  uint32_t child_count = 0;
};

struct Pattern {
  std::span<const CompiledElement> pre;   // elements before the verb, in text order
  std::span<const CompiledElement> post;  // elements after the verb, in text order
  bool pre_joined_to_verb = false;        // "IN_*": the last pre element directly precedes the verb
  bool verb_joined_next = false;          // "*_OUT": the first post element directly follows it
  EventCode code;
  uint32_t block = 0;
  std::string_view text;  // as written, for --explain ("* (TO BORDER)")
  std::string_view rule;  // "CAMEO.2.0.txt:731"
};

// A verb of the verb dictionary. Multi-word verbs carry words before/after the verb word
// ("+CORDON_OFF": after = {OFF}; "WIRE_+TAP": before = {WIRE}).
struct Verb {
  std::string_view name;      // all words joined by ' ' ("CORDON OFF")
  WordId verb_word = kNoWord; // the base form of the verb word
  std::span<const WordId> before;
  std::span<const WordId> after;
  EventCode code;  // the verb's own code or, without one, its block's
  uint32_t block = 0;
  std::string_view rule;
};

struct VerbBlockView {
  std::string_view name;
  EventCode code;
  std::span<const Pattern> patterns;
  std::string_view rule;
};

// A verb found at a token: words [start, start + length) cover the verb word and its particles.
struct VerbMatch {
  uint32_t verb = kNoEntry;
  uint32_t start = 0;
  uint32_t length = 0;
  explicit operator bool() const { return length > 0; }
};

struct Transformation {
  const TransformationEntry* entry = nullptr;  // variables and names as written
  EventCode inner_code;   // code of the inner verb (null when it is "Q": any verb)
  EventCode upper_code;   // code of the upper verb
  std::string_view rule;
};

struct KnowledgeCounts {
  size_t words = 0;
  size_t actors = 0, actor_phrases = 0, dated_codes = 0;
  size_t agents = 0, agent_phrases = 0;
  size_t discards = 0;
  size_t synsets = 0, synset_phrases = 0;
  size_t verb_blocks = 0, verbs = 0, verb_forms = 0, patterns = 0, transformations = 0;
};

class Knowledge {
 public:
  ~Knowledge();
  Knowledge(const Knowledge&) = delete;
  Knowledge& operator=(const Knowledge&) = delete;

  // ---- words ----
  WordId word(std::string_view text) const;  // case-insensitive; kNoWord when unknown
  std::string_view word_text(WordId id) const;  // upper case as the dictionaries write it
  // out[i] = WordId of the PTB form of token first + i (out is resized, reusing its capacity).
  void token_words(const Document& doc, uint32_t first_token, uint32_t count, std::vector<WordId>& out) const;
  // Same with the lemmas (tokens without a lemma use their form).
  void lemma_words(const Document& doc, uint32_t first_token, uint32_t count, std::vector<WordId>& out) const;

  // ---- actors ----
  // The longest actor phrase starting at words[pos].
  PhraseMatch match_actor(std::span<const WordId> words, size_t pos) const;
  Actor actor(uint32_t entry) const;
  // The actor's code on `date`: the first dated code (in dictionary order) whose bounds contain the
  // day, else its default code. With an unknown date: the default code, unless the dated code with
  // the latest upper bound (an open upper bound counts as latest) is an international post with a
  // start (IGOUNO for Kofi Annan, whose default is GHA); with no default, that latest dated code.
  // "" when there is none.
  std::string_view actor_code(uint32_t entry, DateKey date) const;

  // ---- agents ----
  PhraseMatch match_agent(std::span<const WordId> words, size_t pos) const;  // singular or plural
  Agent agent(uint32_t entry) const;
  // Puts the agent's code on an actor code: "SRB" + ~COP -> "SRBCOP", "SRB" + NGO~ -> "NGOSRB".
  // With an empty actor code the result is the agent code alone.
  static void apply_agent(std::string_view actor_code, const Agent& agent, std::string& out);

  // ---- discards ----
  // The first discard phrase found in tokens [first_token, first_token + count) of the document
  // (the last word of a stem entry may continue: "basketball" matches "basketballs"). The match's
  // start is a token index of the document.
  PhraseMatch find_discard(const Document& doc, uint32_t first_token, uint32_t count) const;
  // The first document-level discard found anywhere in the document.
  PhraseMatch find_document_discard(const Document& doc) const;
  Discard discard(uint32_t entry) const;

  // ---- verbs ----
  // Verbs whose verb word has this form: base, generated or irregular form ("detained", "broke"),
  // looked up by WordId of either the token or its lemma. Multi-word verbs come first, longest
  // first, so the first one whose particles match is the most specific.
  std::span<const uint32_t> verbs_with_form(WordId form) const;
  // The most specific verb at words[verb_pos]: tries the form words[verb_pos] and, when given, the
  // lemma; a multi-word verb needs its before/after words adjacent.
  VerbMatch match_verb(std::span<const WordId> words, size_t verb_pos, WordId lemma = kNoWord) const;
  Verb verb(uint32_t id) const;
  VerbBlockView block(uint32_t id) const;
  // The patterns that apply to a verb: those of its block (PETRARCH attaches patterns to blocks).
  std::span<const Pattern> patterns_for(uint32_t verb) const { return block(verb_block_of(verb)).patterns; }
  std::span<const CompiledElement> children(const CompiledElement& e) const;
  // Every pattern of every block (patterns_for() returns parts of it).
  std::span<const Pattern> all_patterns() const;

  // ---- synsets ----
  uint32_t synset(std::string_view name) const;  // "&CURRENCY" or "CURRENCY"; kNoEntry when unknown
  std::string_view synset_name(uint32_t id) const;
  // Length of the longest member phrase (plurals included, nested synsets expanded) starting at
  // words[pos]; 0 when none.
  uint32_t match_synset(uint32_t id, std::span<const WordId> words, size_t pos) const;
  bool synset_has_word(uint32_t id, WordId word) const;  // a one-word member equals `word`
  // False when no member phrase of any synset begins with `word`: match_synset is then 0 there.
  bool may_begin_synset(WordId word) const;

  // ---- transformations ----
  std::span<const Transformation> transformations() const;

  KnowledgeCounts counts() const;
  size_t verb_count() const;
  size_t verb_block_count() const;
  size_t actor_count() const;
  size_t agent_count() const;
  size_t discard_count() const;
  size_t synset_count() const;

  struct Impl;

 private:
  friend std::shared_ptr<const Knowledge> compile_knowledge(DictionarySet set, Diagnostics& diagnostics);
  explicit Knowledge(std::unique_ptr<Impl> impl);
  uint32_t verb_block_of(uint32_t verb) const;
  std::unique_ptr<Impl> impl_;
};

// Compiles a dictionary set; problems found while compiling (an undefined synset, a pattern on no
// verb) are added to `diagnostics`, and the offending entry is left out.
std::shared_ptr<const Knowledge> compile_knowledge(DictionarySet set, Diagnostics& diagnostics);

// The dictionary files of one run. Each may be PETRARCH2/TABARI or native (detected by content);
// a native file may hold any mix of sections, so `actors` may also name native files with verbs.
struct KnowledgeFiles {
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents;
  std::string discards;
};

// Reads and compiles. Fails only when a file cannot be read; malformed lines are reported in
// `diagnostics` (file:line: reason) and skipped.
Result<std::shared_ptr<const Knowledge>> load_knowledge(const KnowledgeFiles& files, Diagnostics& diagnostics);

}  // namespace faultline
