#include "coding/act_nouns.h"

#include <algorithm>
#include <iterator>

namespace faultline::coding {
namespace {

// Sorted for binary search.
constexpr std::string_view kPatientActs[] = {
    "abduction",  "arrest",      "deportation", "detention", "disappearance", "dismissal",
    "execution",  "expulsion",   "extradition", "handover",  "imprisonment",  "ouster",
    "release",    "removal",     "resignation", "sale",      "sentencing",    "transfer",
};
constexpr std::string_view kRequests[] = {
    "appeal", "bid", "call", "clamour", "demand", "plea", "push", "request",
};

static_assert(std::is_sorted(std::begin(kPatientActs), std::end(kPatientActs)));
static_assert(std::is_sorted(std::begin(kRequests), std::end(kRequests)));

}  // namespace

bool patient_act_noun(std::string_view lemma) {
  return std::binary_search(std::begin(kPatientActs), std::end(kPatientActs), lemma);
}

bool request_noun(std::string_view lemma) {
  return std::binary_search(std::begin(kRequests), std::end(kRequests), lemma);
}

}  // namespace faultline::coding
