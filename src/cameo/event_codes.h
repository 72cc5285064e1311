// The CAMEO event-code table: every code with a short name, its Goldstein score and the classes
// derived from it (root, QuadClass, Phoenix PentaClass, PLOVER event type, mode and context).
//
// Contract: lookups are O(1), allocation-free and thread-safe (the table is compiled in and
// immutable). A code is valid only when the CAMEO 1.1b3 codebook defines it: 2-4 ASCII digits,
// "0256" is valid, "256", "02560" or "99" are not.
#pragma once

#include <span>
#include <string_view>

#include "faultline/event.h"

namespace faultline {

struct CameoCode {
  std::string_view code;       // "0256"
  std::string_view name;       // short English name ("appeal to de-escalate militarily")
  double goldstein = 0;        // Goldstein conflict-cooperation score, -10..+10
  std::string_view plover;     // PLOVER event type ("REQUEST"); empty where the crosswalk has none
  std::string_view plover_mode;     // PLOVER mode ("arrest"); often empty
  std::string_view plover_context;  // PLOVER context ("legal", "crime; corruption"); often empty
  int quad = 0;   // QuadClass 1-4
  int penta = 0;  // Phoenix PentaClass 0-4

  std::string_view root() const { return code.substr(0, 2); }
};

// The entry for `code`, or nullptr when CAMEO does not define it.
const CameoCode* find_cameo_code(std::string_view code);
inline bool is_valid_cameo_code(std::string_view code) { return find_cameo_code(code) != nullptr; }

// All codes in ascending string order ("01", "010", ..., "2042").
std::span<const CameoCode> all_cameo_codes();

// Classes of a root code ("01".."20"); 0 for quad and -1 for penta when the root is not one.
// QuadClass: 01-05 verbal cooperation (1), 06-08 material cooperation (2), 09-13 verbal conflict (3),
// 14-20 material conflict (4). PentaClass: 0 = 01-02 (statements, appeals), 1 = 03-05 (verbal
// cooperation), 2 = 06-08 (material cooperation), 3 = 09-13 and 16 (verbal conflict, reduced
// relations), 4 = 14-15 and 17-20 (material conflict).
int quad_class_of_root(int root);
int penta_class_of_root(int root);
std::string_view quad_class_name(int quad);    // "verbal cooperation", ...; empty outside 1-4
std::string_view penta_class_name(int penta);  // "statement or appeal", ...; empty outside 0-4

// Sets event.root, quad, penta, goldstein, plover and plover_mode from event.code. Returns false
// and clears those fields when the code is not a CAMEO code.
bool fill_derived(Event& event);

}  // namespace faultline
