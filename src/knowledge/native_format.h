// Faultline's own dictionary format: plain text meant to be read and reviewed in a diff, one
// statement per line, ISO dates, '#' comments. docs/dictionaries.md describes it with examples.
//
//   faultline-dictionary 1
//   [actors]
//   KOSOVO -> KSV from 2008-02-17
//     + PRISTINA
//     -> KSVUNO 1999-06-10 to 2008-02-16
//   [agents]
//   POLICE -> ~COP (no plural)
//   [discards]
//   sentence WORLD CUP
//   document BASKETBALL*
//   [synset CURRENCY]
//   DINAR
//   [verbs ARREST -> 173]
//   DETAIN
//   - * + (ON CHARGES) -> 173
//   [transformations]
//   a (a b ATTACK) SAY = a b 015
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "knowledge/diagnostics.h"
#include "knowledge/dictionary_model.h"

namespace faultline {

inline constexpr std::string_view kNativeHeader = "faultline-dictionary 1";

void read_native_dictionary(std::string_view text, const std::shared_ptr<const std::string>& file, DictionarySet& out,
                            Diagnostics& diagnostics);

// Writes every section that has entries; sections come in the order above.
std::string write_native_dictionary(const DictionarySet& set);

}  // namespace faultline
