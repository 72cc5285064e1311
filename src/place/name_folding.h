// Place-name keys: lower case, without diacritics, typographic apostrophes made plain, so that
// "ZVEČAN", "Zvečan" and "Zvecan" share one key. Letters that carry no combining mark but are
// written without one in English (đ, ł, ø, ı, ħ) are folded to their base letter too.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace faultline {

// Appends the folded form of `name` to `out`. Allocation-free once `out` has capacity.
void append_folded_name(std::string_view name, std::string& out);

// The lookup key of an already folded name.
uint64_t folded_name_key(std::string_view folded);

}  // namespace faultline
