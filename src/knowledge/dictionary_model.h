// The dictionary data model: what a political scientist writes down, before compilation.
//
// Importers (PETRARCH2, TABARI, the native format) fill a DictionarySet; the native writer prints
// one; compile_knowledge() turns one into the immutable Knowledge the coder queries. Words are kept
// as written but upper-cased (PETRARCH's convention); matching is case-insensitive anyway. Every
// entry remembers where it was written (file:line) so a coded event can name the rule behind it.
//
// Dates are DateKey values: the day as the integer YYYYMMDD (20080217), 0 when unknown. Integers
// of that shape order like the days they name, which is all a date bound needs, and they read as
// dates in a debugger.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace faultline {

using DateKey = int32_t;
inline constexpr DateKey kUnknownDate = 0;

// Where an entry was written. `file` is shared by all entries of one file.
struct SourceLocation {
  std::shared_ptr<const std::string> file;
  uint32_t line = 0;
  std::string to_string() const;  // "file:line"
};

// ---- Actors ----------------------------------------------------------------------------------

// A code valid between two days (both inclusive). from == kUnknownDate: no lower bound;
// to == kUnknownDate: no upper bound; neither: the entry's default code, used when no dated code
// covers the day.
struct DatedCode {
  std::string code;  // "SRBGOV"; TABARI joins several actors with '/' ("SRB/KSV"), kept verbatim
  DateKey from = kUnknownDate;
  DateKey to = kUnknownDate;
  SourceLocation where;
  bool is_default() const { return from == kUnknownDate && to == kUnknownDate; }
};

// A phrase is a sequence of words that must be consecutive tokens ("ALEKSANDAR VUCIC").
using Phrase = std::vector<std::string>;

struct ActorEntry {
  std::vector<Phrase> phrases;  // phrases[0] is the primary phrase, the rest are synonyms
  std::vector<SourceLocation> phrase_where;
  std::vector<DatedCode> codes;  // in the order written; the first one covering a day wins
  SourceLocation where;          // the primary phrase's line
};

// ---- Agents ----------------------------------------------------------------------------------

// Where an agent code goes relative to the actor's code: PETRARCH's "~COP" (suffix: SRB + COP =
// SRBCOP) or "NGO~" (prefix: NGO + SRB = NGOSRB).
enum class AgentPlacement : uint8_t { kSuffix = 0, kPrefix };

struct AgentEntry {
  Phrase phrase;                 // singular ("FOREIGN MINISTER")
  std::vector<Phrase> plurals;   // explicit or generated; empty when the file says there is none
  std::string code;              // without the '~' ("GOVFRM")
  AgentPlacement placement = AgentPlacement::kSuffix;
  SourceLocation where;
};

// ---- Discards --------------------------------------------------------------------------------

enum class DiscardLevel : uint8_t { kSentence = 0, kDocument };

struct DiscardEntry {
  Phrase phrase;
  // The last word may be followed by more letters ("BASKETBALL" also matches "basketballs");
  // PETRARCH's default, switched off by a trailing '_'.
  bool last_word_is_stem = true;
  DiscardLevel level = DiscardLevel::kSentence;
  SourceLocation where;
};

// ---- Verbs -----------------------------------------------------------------------------------

// A synonym set (&CURRENCY): members are phrases; a member may name another synset ("&TIETYPES").
struct SynsetEntry {
  std::string name;  // with the leading '&', without a trailing '_'
  struct Member {
    Phrase phrase;
    bool plural = true;  // generate the regular plural of the last word
    SourceLocation where;
  };
  std::vector<Member> members;
  SourceLocation where;
};

// An event code as dictionaries write it: "0256", "---" (no event), "032:033" (TABARI paired code:
// the second applies to the reverse direction), ":173".
struct CodeText {
  std::string primary;  // may be "---" or empty (":173")
  std::string paired;   // empty unless the code had a ':'
  std::string text() const { return paired.empty() ? primary : primary + ":" + paired; }
};

// One verb of a block: a single word ("DETAIN") or a multi-word verb whose verb word is marked
// ("+CORDON_OFF": verb "CORDON", particle "OFF"; "WIRE_+TAP": verb "TAP" preceded by "WIRE").
struct VerbEntry {
  Phrase words;                    // all words in order
  uint32_t verb_index = 0;         // which of `words` is the verb
  std::vector<std::string> forms;  // inflected forms of the verb word; given in {...} or generated
  bool forms_given = false;        // forms came from {...} (irregular) rather than the rules
  bool has_code = false;           // the line carried its own code; otherwise the block's applies
  CodeText code;
  SourceLocation where;
};

// One element of a verb pattern (see docs/dictionaries.md, "Patterns").
enum class PatternElementKind : uint8_t {
  kWord = 0,     // a literal word ("AID", "N'T")
  kSynset,       // &NAME: any member phrase of the synset
  kSource,       // $  the source actor goes here
  kTarget,       // +  the target actor goes here
  kCompound,     // %  a compound actor (both source and target) goes here
  kSkip,         // ^  skip a noun phrase
  kNounPhrase,   // {A B HEAD}: children are the words, the last one the head
  kPrepPhrase,   // (PREP OBJECT ...): children[0] is the preposition, the rest its object
};

struct PatternElement {
  PatternElementKind kind = PatternElementKind::kWord;
  std::string text;  // the word, or the synset name with '&'; empty for the slot kinds
  // Joined to the next element by '_': no words may come between (TABARI adjacency). For the last
  // element before the verb, it means "immediately before the verb".
  bool joined_next = false;
  std::vector<PatternElement> children;
};

struct PatternEntry {
  std::vector<PatternElement> pre;   // before the verb (in text order)
  std::vector<PatternElement> post;  // after the verb (in text order)
  bool pre_joined_to_verb = false;   // "IN_*": the last pre element directly precedes the verb
  bool verb_joined_next = false;     // "*_OUT": the first post element follows the verb directly
  CodeText code;
  std::string text;     // the pattern as written, without '-', code and comment
  std::string comment;  // the trailing comment ("# RUSH")
  SourceLocation where;
};

struct VerbBlock {
  std::string name;  // the heading ("ACCELERATE")
  CodeText code;     // the block code; "---" when the heading has none
  std::vector<VerbEntry> verbs;
  std::vector<PatternEntry> patterns;
  SourceLocation where;
};

// "~ a (a b ATTACK) SAY = a b 015": when the lower verb event (inner) is the complement of the upper
// verb, rewrite both to one event. Actor variables are letters; "." means any actor, "_" no actor.
// A verb "Q" means any verb.
struct TransformationEntry {
  std::string upper_source;
  std::string inner_source;
  std::string inner_target;
  std::string inner_verb;  // a verb word, "Q", or words joined by '_' ("WILL_ATTACK")
  std::string upper_verb;
  std::string result_source;
  std::string result_target;
  std::string result_code;  // a code or "Q" (the inner event's code)
  SourceLocation where;
};

// Everything loaded from a set of dictionary files.
struct DictionarySet {
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<DiscardEntry> discards;
  std::vector<SynsetEntry> synsets;
  std::vector<VerbBlock> verb_blocks;
  std::vector<TransformationEntry> transformations;

  void append(DictionarySet&& other);
};

}  // namespace faultline
