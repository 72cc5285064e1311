// Readers for PETRARCH2's dictionary files (which also read most TABARI dictionaries): the actor
// file, the agent file, the discard list and the verb dictionary (synsets, verb blocks, patterns,
// transformations). See docs/dictionaries.md for what each construct becomes.
//
// Each reader appends what it reads to `out` and reports malformed lines to `diagnostics` as
// "file:line: reason"; it never stops early. `file` names the file in SourceLocations.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "knowledge/diagnostics.h"
#include "knowledge/dictionary_model.h"

namespace faultline {

using FileName = std::shared_ptr<const std::string>;

void read_petrarch_actors(std::string_view text, const FileName& file, DictionarySet& out, Diagnostics& diagnostics);
void read_petrarch_agents(std::string_view text, const FileName& file, DictionarySet& out, Diagnostics& diagnostics);
void read_petrarch_discards(std::string_view text, const FileName& file, DictionarySet& out, Diagnostics& diagnostics);
void read_petrarch_verbs(std::string_view text, const FileName& file, DictionarySet& out, Diagnostics& diagnostics);

// A line PETRARCH skips entirely: XML-style "<!-- ... -->" banners.
bool is_petrarch_banner(std::string_view trimmed_line);

}  // namespace faultline
