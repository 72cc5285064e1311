// Gold standards for `faultline eval`: what a coder should have produced for a set of texts.
//
// Four formats, each read into the same GoldSet of records (one record = one text to code):
//  * PETRARCH validation XML: <Sentence id date> with zero or more <EventCoding sourcecode
//    targetcode eventcode>, a <Text>, and <Config option value> elements between sentences that set
//    coder options for the sentences after them; <Environment> names the dictionary files, which are
//    resolved relative to the gold file's folder.
//  * JSON Lines gold events: one object per record,
//      {"id": "r1", "date": "2023-05-26", "text": "...", "events": [{"source": "SRBCOP",
//       "target": "KSV", "code": "173"}, ...]}
//    ("doc" is accepted for "id"; "date" and "events" may be missing; other keys are ignored).
//  * Sentence-label TSV: "sentence<TAB>PentaClass" (0-4) per line, no header.
//  * CoNLL role spans: "token<SPACE>label" per line, label O, B-S/I-S (source), B-T/I-T (target),
//    B-R/I-R (an actor that is both source and target); a blank line ends a sentence.
//
// Contract: read_gold() never throws; a malformed line or element fails the whole read with a Status
// whose message starts with "path:line:". Codes are kept as written (PETRARCH's test dictionaries use
// codes outside CAMEO such as "903" or "174L", and actors the dictionaries do not know are coded as
// the quoted noun phrase); scoring compares them as strings. The one exception is PETRARCH's "---"
// for a missing actor, read as empty like the event record's missing actor.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "faultline/document.h"
#include "faultline/status.h"

namespace faultline {

enum class GoldFormat { kPetrarchXml, kJsonl, kPentaTsv, kRolesConll };

const char* gold_format_name(GoldFormat format);                 // "petrarch-xml", "jsonl", "penta-tsv", "roles-conll"
Result<GoldFormat> parse_gold_format(std::string_view name);     // the names above
// From the extension (.xml, .jsonl/.json, .tsv, .conll) and, failing that, from the first bytes.
Result<GoldFormat> detect_gold_format(const std::filesystem::path& path, std::string_view content);

struct GoldEvent {
  std::string source;
  std::string target;
  std::string code;
  friend bool operator==(const GoldEvent&, const GoldEvent&) = default;
};

// Role of one token in the CoNLL format.
enum class TokenRole : uint8_t { kNone = 0, kSource, kTarget, kBoth };

struct GoldToken {
  ByteSpan span;  // into GoldRecord::text
  TokenRole role = TokenRole::kNone;
};

using CoderOptions = std::vector<std::pair<std::string, std::string>>;

struct GoldRecord {
  std::string id;
  std::string date;      // ISO 8601 when the format gives one
  std::string text;      // the text to code, trimmed
  size_t line = 0;       // where the record starts in the gold file (1-based)

  // Expected events (every format but the TSV). Empty means "no event expected".
  std::vector<GoldEvent> events;

  // PETRARCH XML only.
  std::string category;  // the category attribute ("DEMO", "COMPOUND", ...)
  std::string error;     // an expected coding error ("dateline", "storydiscard", ...): no events
  CoderOptions options;  // <Config> options in force for this record, in the order they were set

  // Sentence-label TSV only: the gold PentaClass, 0-4.
  int penta = -1;

  // CoNLL only: the tokens, joined by single spaces into `text`, with their gold roles.
  std::vector<GoldToken> tokens;
};

struct GoldDictionaries {
  std::filesystem::path verbs;
  std::vector<std::filesystem::path> actors;
  std::filesystem::path agents;
  std::filesystem::path discards;
  bool empty() const { return verbs.empty() && actors.empty() && agents.empty() && discards.empty(); }
};

struct GoldSet {
  std::filesystem::path path;
  GoldFormat format = GoldFormat::kJsonl;
  std::vector<GoldRecord> records;
  // PETRARCH XML only: the <Environment>'s dictionaries and options.
  GoldDictionaries dictionaries;
  CoderOptions environment_options;
};

// Reads a gold file, detecting its format or in the format given.
Result<GoldSet> read_gold(const std::filesystem::path& path);
Result<GoldSet> read_gold(const std::filesystem::path& path, GoldFormat format);

// Parsers of the formats from text already read; `path` is used in messages and, for PETRARCH XML,
// to resolve the dictionary files.
Result<GoldSet> parse_petrarch_gold(std::string_view content, const std::filesystem::path& path);
Result<GoldSet> parse_jsonl_gold(std::string_view content, const std::filesystem::path& path);
Result<GoldSet> parse_penta_tsv_gold(std::string_view content, const std::filesystem::path& path);
Result<GoldSet> parse_roles_conll_gold(std::string_view content, const std::filesystem::path& path);

// A document ready for the coder: id, date and text of the record, origin "path:line". A PETRARCH
// record is one sentence: the line breaks of its wrapped text become spaces.
Document gold_document(const GoldSet& gold, const GoldRecord& record);

}  // namespace faultline
