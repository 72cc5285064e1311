// Lemmatizer: the dictionary form of each tagged token, after WordNet's morphy.
//
// Contract:
//  * load() reads WordNet's index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc once; the loaded
//    Lemmatizer is immutable and may be used from many threads at once. A missing or unreadable
//    file fails the load with a Status naming it.
//  * Every lemma is lower case (ASCII and Unicode letters), proper nouns included, so that
//    dictionaries can match lemmas without caring how a headline capitalised a word.
//  * Which rules apply is decided by the Penn tag:
//      - our own table (nlp/irregular_forms.h) first: clitics ('s 're 've 'd 'll n't, also without
//        the apostrophe as web text writes them), clipped modals (ca wo sha), and a few plurals
//        WordNet maps to the wrong sense for news ("media", "bases");
//      - NN: the form itself, or its entry in the noun exception list; never a detachment, since
//        a singular-tagged word WordNet does not know is usually a name or an abbreviation
//        ("pos", "EWS") that stripping would damage;
//      - VB, VBP, JJ, RB (base forms): the form itself if WordNet lists it for that part of
//        speech, else as for the inflected tags;
//      - NNS, VBD, VBG, VBN, VBZ, JJR, JJS, RBR, RBS (inflected forms): morphy — the exception list
//        of the part of speech (where it gives several bases, the one sharing the longest
//        beginning with the form), then its detachment rules, accepting the first candidate
//        WordNet lists for that part of speech ("talks" -> "talk"), then the form itself ("news").
//        Between "-ed"/"-ing" -> "-e" and the bare stem, both listed, the "-e" stem wins unless
//        the bare stem ends in vowel + consonant ("hoped" -> "hope", "singing" -> "sing");
//      - NNPS: the form if WordNet lists it as a noun ("philippines", "olympics"), else the noun
//        rules, else as an unknown plural ("serbs" -> "serb", "sunnis" -> "sunni");
//      - unknown plurals (NNS, NNPS, VBZ that WordNet cannot place): a plain -s, -'s or
//        -sses/-xes/-ches/-shes/-zes ending is dropped by spelling ("bloggers" -> "blogger",
//        "CD's" -> "cd"); -ss, -us, -is and -ies words are left whole;
//      - NNP, numbers, punctuation, pronouns, modals and all other tags: the lower-cased form.
//    When nothing applies the lemma is the lower-cased form.
//  * lemma() does not allocate in the common case: it returns a view into the lemmatizer's own
//    tables, or into `scratch`, whose capacity callers reuse from call to call.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/huge_page_allocator.h"
#include "faultline/document.h"
#include "faultline/status.h"
#include "faultline/tags.h"

namespace faultline {

class Lemmatizer {
 public:
  // Loads WordNet's index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc from wordnet_dir
  // (Debian package wordnet-base installs them in /usr/share/wordnet).
  static Result<std::unique_ptr<Lemmatizer>> load(const std::string& wordnet_dir);

  // The lemma of one word form with its Penn tag, lower case. The view points into the
  // lemmatizer's tables (valid as long as the lemmatizer) or into `scratch` (valid until scratch
  // changes); never into `form`.
  std::string_view lemma(std::string_view form, PosTag tag, std::string& scratch) const;

  // Sets Token::lemma of every token from its form and tag. A lemma equal to the token's bytes
  // refers to them in the text; any other is added to the document's string pool.
  void apply(Document& doc) const;

  // Number of distinct words known (index entries, exception forms and our own forms).
  size_t word_count() const { return word_count_; }

 private:
  Lemmatizer() = default;

  // One known word. `pos_mask` says in which WordNet indexes it appears; `details` (when non-zero)
  // is 1 + the index of its exception and own-table entries in details_.
  // A word of up to kInlineBytes (nine in ten of WordNet's, nearly every word of running text) is
  // also held in its slot: a look-up compares it there and the lemma is a view of it, so a hit
  // touches the slot's cache line, which apply() fetched ahead, and not a second line of arena_
  // that no one could fetch before the slot arrived.
  static constexpr size_t kInlineBytes = 18;
  struct alignas(32) Slot {
    uint32_t check = 0;  // high bits of the hash; 0 marks an empty slot
    uint32_t offset = 0;  // the word in arena_
    uint32_t details = 0;
    uint8_t length = 0;
    uint8_t pos_mask = 0;
    char inline_word[kInlineBytes] = {};  // the word's bytes when length <= kInlineBytes
  };
  static_assert(sizeof(Slot) == 32, "two slots to a cache line, none across two");
  struct TextSpan {
    uint32_t offset = 0;  // in arena_
    uint32_t length = 0;
  };
  struct OwnLemma {
    PosTag tag = PosTag::kNone;
    std::string_view lemma;  // static storage
  };
  struct Details {
    TextSpan exception[4];     // first base form from each part of speech's exception list
    uint32_t own_first = 0;    // own_lemmas_[own_first, own_first + own_count)
    uint32_t own_count = 0;
  };

  // Loading: adds `word` (or finds it) and returns its slot; the details record of a slot.
  Slot& insert(std::string_view word);
  Details& details_of(Slot& slot);
  void add_index(std::string_view contents, int pos);
  void add_exceptions(std::string_view contents, int pos);
  void add_own_forms();

  const Slot* find(std::string_view word) const { return find(word, hash_of(word)); }
  const Slot* find(std::string_view word, uint64_t hash) const;
  static uint64_t hash_of(std::string_view word);
  // The table is several MB, so the slot where a look-up starts is usually a cache miss: apply()
  // asks for the slot of the word a few tokens on, and detach() for those of all its candidates,
  // so that the misses overlap instead of following each other.
  void prefetch_slot(uint64_t hash) const;
  // The hash of the look-up lemma() makes for this token, when it makes one of an ASCII word (a
  // word with other bytes is folded by utf8proc there; rare, and left to lemma()).
  static constexpr uint64_t kNoHash = 0;
  uint64_t form_hash(std::string_view form, PosTag tag) const;
  // lemma(), given form_hash() when it is not kNoHash.
  std::string_view lemma(std::string_view form, PosTag tag, std::string& scratch, uint64_t hash) const;
  std::string_view text(uint32_t offset, uint32_t length) const {
    return std::string_view(arena_).substr(offset, length);
  }
  std::string_view word(const Slot& s) const {
    return s.length <= kInlineBytes ? std::string_view(s.inline_word, s.length) : text(s.offset, s.length);
  }
  // What the tag says of the form: a singular noun (no detachment), a base form (the form itself
  // when listed, else morphy) or an inflected form (morphy, the form itself last).
  enum class Inflection : uint8_t { kSingular, kBase, kInflected };
  // morphy for one part of speech (0 noun, 1 verb, 2 adjective, 3 adverb); empty when WordNet
  // offers nothing.
  std::string_view morphy(std::string_view word, const Slot* slot, int pos, Inflection inflection) const;
  std::string_view detach(std::string_view word, int pos) const;
  // Whether a token of this tag needs its word's slot: the tags of our own table and those that
  // morphy reads. Every other tag's lemma is the lower-cased form, known or not, so those tokens
  // (names, numbers, punctuation, determiners, prepositions: about half of news text) skip the
  // table, whose slot and word are usually two cache misses.
  bool needs_slot(PosTag tag) const { return (slot_tags_ >> static_cast<unsigned>(tag)) & 1u; }

  std::string arena_;
  std::vector<Slot, HugePageAllocator<Slot>> slots_;  // 8 MB read at random, a token at a time
  uint32_t slot_mask_ = 0;
  std::vector<Details> details_;
  std::vector<OwnLemma> own_lemmas_;
  static_assert(kPosTagCount <= 64, "slot_tags_ has one bit per tag");
  uint64_t slot_tags_ = 0;  // bit t: needs_slot(PosTag(t))
  size_t word_count_ = 0;
};

}  // namespace faultline
