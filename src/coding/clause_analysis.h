// Clause analysis over a chunked sentence: verb groups with their main verb, negation, modality and
// voice; for each verb group its subject (a noun group before it, or inherited from the clause it
// is coordinated with or embedded in) and the window after it where its objects, prepositional
// phrases and target lie.
//
// Why flat and not a parse tree: the pipeline gives POS tags and base chunks, and PETRARCH-style
// patterns only ask "which words come before the verb, which nouns and prepositional phrases after
// it" — a window per verb group answers that. The structure is computed once per sentence into
// reused vectors (no per-token allocation), indices are sentence-relative token numbers.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "faultline/document.h"

namespace faultline::coding {

inline constexpr uint32_t kNoToken = UINT32_MAX;

// How a verb group hangs on the rest of the sentence.
enum class ClauseLink : uint8_t {
  kMain = 0,     // a finite clause of its own
  kCoordinated,  // "... and promised aid": shares the subject of the verb before
  kInfinitive,   // "urged Kosovo to resume": subject is the object or subject of the verb above
  kComplement,   // "said (that) Serbia will ...": a clause reported or believed by the verb above
  kRelative,     // "..., which rejected ...": subject is the noun group the pronoun refers to
  kSubordinate,  // "after crowds trashed ...", "if Kosovo agrees ..."
  kParticipial,  // "Rebuked by Serbia, ..." or a reduced relative ("the roads leading into ...")
};
std::string_view clause_link_name(ClauseLink link);

// A range of sentence-relative tokens [first, last], both inclusive; empty when first == kNoToken.
struct TokenRange {
  uint32_t first = kNoToken;
  uint32_t last = kNoToken;
  bool empty() const { return first == kNoToken; }
  bool contains(uint32_t i) const { return !empty() && i >= first && i <= last; }
};

struct VerbGroup {
  TokenRange tokens;               // auxiliaries, adverbs, the main verb and its particle
  uint32_t main = kNoToken;        // the lexical verb ("detained" in "had not been detained")
  uint32_t particle = kNoToken;    // a particle right after the main verb ("cordoned off")
  uint32_t negation = kNoToken;    // what negates it: "not", "n't", "never", or "refused"/"failed" above
  uint32_t modality = kNoToken;    // what makes it hypothetical: a modal, "threatened", "if", ...
  bool negated = false;
  bool hypothetical = false;
  bool future = false;             // "will meet", "is set to visit", "are due to discuss": not yet happened
  bool inverted = false;           // ", said the minister": a reporting verb before its subject
  bool passive = false;            // be/get + past participle
  uint32_t by_agent = kNoToken;    // passive: the "by" that introduces the agent, when there is one
  bool infinitive = false;         // "to resume"
  ClauseLink link = ClauseLink::kMain;
  int parent = -1;                 // the verb group this one is coordinated with / embedded in
  TokenRange subject;              // the subject noun group (possibly the parent's)
  bool subject_inherited = false;
  uint32_t window_end = 0;         // objects and PPs lie in (tokens.last, window_end)
};

// The analysis of one sentence.
struct ClauseStructure {
  uint32_t first_token = 0;  // document index of sentence token 0
  uint32_t size = 0;         // number of tokens
  std::vector<VerbGroup> verbs;
};

// Which words the verb dictionary knows, asked only of the rare word whose tag the sentence's
// shape puts in doubt (sentence-relative token index).
class VerbLexicon {
 public:
  virtual bool knows_verb(uint32_t token) const = 0;

 protected:
  ~VerbLexicon() = default;
};

// Reusable analyser: keeps its scratch vectors between sentences.
class ClauseAnalyzer {
 public:
  void analyze(const Document& doc, const Sentence& sentence, ClauseStructure& out,
               const VerbLexicon* verbs = nullptr);

  // The noun group (a base NP with possessives, "of/in/from" attachments and coordination) that
  // ends at token `last` of the current sentence, extended to the left. Valid after analyze().
  TokenRange noun_group_ending_at(uint32_t last) const;
  // The noun group that starts at token `first`, extended to the right, not beyond `limit`.
  TokenRange noun_group_starting_at(uint32_t first, uint32_t limit) const;

  bool in_noun_chunk(uint32_t i) const { return chunk_[i] == ChunkType::NP; }
  uint32_t chunk_start(uint32_t i) const { return chunk_start_[i]; }
  uint32_t chunk_end(uint32_t i) const { return chunk_end_[i]; }

 private:
  uint32_t verb_hidden_in_subject(const VerbLexicon& verbs) const;
  uint32_t finite_verb_inside_noun_chunk(const VerbLexicon& verbs) const;
  void retag_verbs_after_auxiliaries();
  void build_verb_groups(ClauseStructure& out);
  void mark_negation_and_modality(ClauseStructure& out);
  void find_subjects(ClauseStructure& out);
  void find_windows(ClauseStructure& out);
  TokenRange subject_before(uint32_t pos) const;
  int verb_before_that(uint32_t that) const;
  std::string_view lemma(uint32_t i) const;

  const Document* doc_ = nullptr;
  uint32_t first_ = 0;
  uint32_t n_ = 0;
  std::vector<PosTag> tag_;
  std::vector<ChunkType> chunk_;
  std::vector<uint32_t> chunk_start_;
  std::vector<uint32_t> chunk_end_;
  std::vector<uint8_t> attributive_;  // a participle retagged as the adjective of the noun after it
  std::vector<int> verb_of_;  // verb group index covering each token, -1 when none
};

}  // namespace faultline::coding
