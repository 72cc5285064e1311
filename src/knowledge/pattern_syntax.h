// The verb-pattern language shared by PETRARCH2 dictionaries and the native format:
//
//   PRE-VERB ELEMENTS * POST-VERB ELEMENTS
//
// Elements are words, &SYNSETS, the slots $ (source) + (target) % (compound) ^ (skip a noun
// phrase), {noun phrases with the head last} and (PREPOSITION object...) phrases. Blanks separate
// elements that may have other words between them; '_' joins elements that must be adjacent
// (TABARI's convention, still used by PETRARCH2's validation dictionaries: "IN_*", "*_OUT").
#pragma once

#include <string>
#include <string_view>

#include "knowledge/dictionary_model.h"

namespace faultline {

// Parses `text` (the pattern without its leading '-', code and comment) into pattern.pre/post and
// the verb adjacency flags. Returns an empty string on success, else the reason it is malformed.
std::string parse_pattern_text(std::string_view text, PatternEntry& pattern);

// Parses a code as written inside [...] ("0256", "---", "032:033", ":173"; TABARI also writes
// "###" for a discard and "025?" for an uncertain code, kept as written). Returns an empty
// string on success, else the reason.
std::string parse_code_text(std::string_view text, CodeText& code);

// Writes elements back in the pattern language ("* (FOR {FINANCIAL AID})").
std::string format_pattern(const PatternEntry& pattern);

}  // namespace faultline
