// In-document actor learning: what a report has already said about who its people are.
//
// A report introduces a person once ("Serbian President Aleksandar Vucic", "Josep Borrell, the EU's
// foreign policy chief", "Alexander Vucic, President of Serbia") and then names them short ("Vucic
// said"), describes them ("the president", "the two leaders") or uses a pronoun ("he", "they").
// Dictionaries know only some people, and a pronoun names no one; this memory carries what earlier
// sentences taught into later ones, for one document.
//
// Contract
// - Per sentence, after find_mentions(): prepare(ctx) learns the sentence's introductions and adds
//   mentions with learned codes (Mention::learned, codes in ctx.learned_codes); the sentence is
//   coded; then remember(ctx) records its actors as antecedents for the sentences after it.
//   clear() starts a new document; nothing carries across documents.
// - An introduction is a capitalised name no dictionary knows (or a person the dictionaries know)
//   next to an actor-and-agent group that names exactly one actor with a country or organisation:
//   before it ("Serbian President X", "Serbia's foreign minister X") or as an apposition after it
//   ("X, the EU's foreign policy chief", "X, President of Serbia") or before it with "the" ("the
//   EU's envoy, X"). The full name and the surname (its last word) take the group's code for the
//   rest of the document. A dictionary mention always wins over a learned one.
// - "he / she / him / her": the nearest earlier person — earlier in this sentence (leftmost
//   first), else in the latest of the previous three sentences that had one (subjects first) —
//   of a fitting gender where the text gives one ("Mr. Annan", "his wife", "the chairwoman", an
//   earlier "she"). A person whom no party stands for ("Annan's wife Nane") is an antecedent too,
//   and a pronoun pointing to them names no one.
//   "they / them": likewise the nearest group of several actors or plural agent noun. A person is a
//   learned name, a pronoun resolved to one, or a dictionary actor with a default code and a dated
//   role (a code ending in a government, military, legislative, judicial, opposition or police
//   sector, or an IGO) — how office holders are written.
// - "the <agent>" with no "of" / "'s" after it ("the president") is the latest person introduced
//   with that agent, or the latest role of that agent described with its actor ("the US
//   President", "Serbia's president"), whichever came last — an unnamed one within six sentences,
//   a named one within thirty; "the two <agents>" / "both <agents>" are the latest two people.
// - No allocation per token; a few per introduction or resolved reference.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "coding/actor_groups.h"
#include "coding/sentence_context.h"

namespace faultline::coding {

class DocumentActors {
 public:
  void clear();
  void prepare(SentenceContext& ctx);
  void remember(const SentenceContext& ctx);

 private:
  struct Name {
    std::vector<std::string> words;  // lower case
    std::string code;
    uint32_t agent = kNoEntry;  // the agent entry it was introduced with
  };
  // A role described with its actor ("Serbian President X", "the US President"), in document order.
  struct Description {
    uint32_t agent = kNoEntry;
    std::string code;
    uint32_t sentence = 0;
    bool named = false;  // introduced a name ("Serbian President X")
  };
  enum class Gender : uint8_t { kUnknown, kFemale, kMale };
  struct Referent {
    std::string code;  // empty: a person no party stands for ("Annan's wife Nane")
    uint32_t sentence = 0;
    bool person = false;
    bool plural = false;
    Gender gender = Gender::kUnknown;
  };

  void learn(SentenceContext& ctx);
  void learn_name(const SentenceContext& ctx, TokenRange name, TokenRange description);
  void describe(uint32_t agent, const std::string& code, bool named);
  void add_mentions(SentenceContext& ctx);
  uint32_t match_name(const SentenceContext& ctx, uint32_t at, const Name** found) const;
  const Referent* antecedent(bool plural, Gender gender) const;
  static Gender gender_of(const SentenceContext& ctx, TokenRange group);
  static bool agrees(Gender a, Gender b) { return a == Gender::kUnknown || b == Gender::kUnknown || a == b; }
  Gender mention_gender(const SentenceContext& ctx, const Mention& m) const;
  bool is_person(const SentenceContext& ctx, const Mention& m) const;
  bool is_plural_group(const SentenceContext& ctx, TokenRange group, size_t actors) const;
  int add_learned(SentenceContext& ctx, std::string_view code, bool person, Gender gender = Gender::kUnknown);

  std::vector<Name> names_;
  std::unordered_map<std::string, std::vector<uint32_t>> names_by_first_word_;  // into names_
  mutable std::string word_;  // scratch for look-ups
  std::vector<Description> descriptions_;
  std::vector<Referent> referents_;
  std::vector<uint8_t> learned_person_;  // per ctx.learned_codes entry of the current sentence
  std::vector<Gender> learned_gender_;   // ... and the gender a pronoun gave it
  std::vector<ResolvedActor> scratch_;
  uint32_t sentence_ = 0;
};

}  // namespace faultline::coding
